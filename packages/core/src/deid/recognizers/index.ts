/**
 * The structured recognizers: identifiers with a fixed shape, a check character or a trigger word.
 * Names, places, organisations and addresses are found elsewhere.
 */
import type { Recognizer } from '../entity-types.js';
import { ageRecognizer } from './age.js';
import { cardNumberRecognizer } from './card-number.js';
import { collarNumberRecognizer } from './collar-number.js';
import { fieldValuesRecognizer } from './field-values.js';
import { crimeRefRecognizer } from './crime-ref.js';
import { croNumberRecognizer } from './cro-number.js';
import { dateRecognizer } from './date.js';
import { emailRecognizer } from './email.js';
import { nhsNumberRecognizer } from './nhs-number.js';
import { ninoRecognizer } from './nino.js';
import { phoneRecognizer } from './phone.js';
import { pncIdRecognizer } from './pnc-id.js';
import { postcodeRecognizer } from './postcode.js';
import {
  gatedRecognizer,
  hasDigit,
  hasDigitOrForcePatterns,
  hasDigitOrMonth,
  hasDigitOrToldAge,
  hasDigitThenCapital,
  hasPostcodeCore,
} from './trigger-gates.js';
import { vrmRecognizer } from './vrm.js';

export { ageRecognizer } from './age.js';
export { cardNumberRecognizer, isValidCardNumber, passesLuhn } from './card-number.js';
export { collarNumberRecognizer, createCollarNumberRecognizer } from './collar-number.js';
export { fieldValuesRecognizer } from './field-values.js';
export type { CollarNumberOptions } from './collar-number.js';
export { crimeRefRecognizer, DEFAULT_CRIME_REF_PATTERNS } from './crime-ref.js';
export { croNumberRecognizer, isValidCroNumber } from './cro-number.js';
export { dateRecognizer, isCalendarDay } from './date.js';
export { emailRecognizer } from './email.js';
export { mod23CheckLetter } from './mod23.js';
export { isValidNhsNumber, nhsNumberRecognizer } from './nhs-number.js';
export { isValidNino, ninoRecognizer } from './nino.js';
export { isPhoneNumberShape, phoneRecognizer } from './phone.js';
export { isValidPncId, parsePncId, pncIdRecognizer } from './pnc-id.js';
export { postcodeRecognizer } from './postcode.js';
export { structuredRecognizer, WHOLE_TEXT_RECOGNIZERS } from './structured-scan.js';
export {
  createVrmRecognizer,
  isIssuedAgeIdentifier,
  latestAgeIdentifiers,
  vrmRecognizer,
} from './vrm.js';
export type { VrmOptions } from './vrm.js';

/**
 * Every structured recognizer, in no particular order (the resolver decides between overlaps),
 * each behind a gate that skips texts it cannot find anything in (trigger-gates.ts). Email is not
 * gated: it already looks only around each `@`.
 */
export const STRUCTURED_RECOGNIZERS: Recognizer[] = [
  gatedRecognizer(nhsNumberRecognizer, hasDigit),
  gatedRecognizer(ninoRecognizer, hasDigit),
  gatedRecognizer(pncIdRecognizer, hasDigitThenCapital),
  gatedRecognizer(croNumberRecognizer, hasDigitThenCapital),
  gatedRecognizer(vrmRecognizer, hasDigit),
  gatedRecognizer(postcodeRecognizer, hasPostcodeCore),
  gatedRecognizer(phoneRecognizer, hasDigit),
  emailRecognizer,
  gatedRecognizer(cardNumberRecognizer, hasDigit),
  gatedRecognizer(dateRecognizer, hasDigitOrMonth),
  gatedRecognizer(ageRecognizer, hasDigitOrToldAge),
  gatedRecognizer(collarNumberRecognizer, hasDigit),
  gatedRecognizer(crimeRefRecognizer, hasDigitOrForcePatterns),
  gatedRecognizer(fieldValuesRecognizer, hasDigit),
];
