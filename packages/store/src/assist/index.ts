/** Assisted coding over a stored study: autocode preview/apply and code suggestions. */
export type { StudyText, UnitFilter } from './study-units.js';
export { coderSpans, loadStudyTexts, structureUnits, usableCodeIds } from './study-units.js';
export type { AutocodePreview, AutocodePreviewHit } from './autocode-study.js';
export { applyAutocode, previewAutocode } from './autocode-study.js';
export type { StudySuggestions, UnitSuggestions } from './suggest-study.js';
export { ModelCache, suggestForSources, trainForCoder, trainingUnitsFor } from './suggest-study.js';
