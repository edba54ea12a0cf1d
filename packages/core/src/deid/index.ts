export * from './entity-types.js';
export * from './recognizers/index.js';
export {
  ALL_RECOGNIZERS,
  TEXT_RECOGNIZERS,
  detectIdentifiers,
  detectIdentifiersBatch,
} from './detect-identifiers.js';
export { TYPE_TIER, comparePrecedence, resolveDetections } from './resolve-detections.js';
export { personRecognizer } from './names/person-recognizer.js';
export { addressRecognizer } from './places/address-recognizer.js';
export { locationRecognizer } from './places/location-recognizer.js';
export { organisationRecognizer } from './places/organisation-recognizer.js';
export * from './pseudonyms/index.js';
export {
  deidSettingsProblems,
  detectionSettingsProblems,
  policyProblems,
} from './settings-problems.js';
