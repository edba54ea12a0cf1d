/**
 * The merged scan of the structured recognizers: one pass over the text finds its digit and letter
 * runs (text-sites.ts), then each recognizer runs its regexes only where they can start (sticky,
 * match-finder.ts `atSites`) instead of scanning the whole text with each of about twenty regexes.
 * It returns exactly what the recognizers of STRUCTURED_RECOGNIZERS return one after the other,
 * in the same order (structured-scan.property.test.ts checks this on random text); each
 * recognizer's module export still scans the whole text on its own. A text longer than
 * MERGED_LIMIT is left to those exports (see there).
 */
import type { Detection, DeidSettings, EntityType, Recognizer } from '../entity-types.js';
import { ageRecognizer, agesAtSites } from './age.js';
import { cardNumberRecognizer, cardNumbersAtSites } from './card-number.js';
import { collarNumberRecognizer, collarNumbersAtSites } from './collar-number.js';
import { crimeRefRecognizer, crimeRefsAtSites } from './crime-ref.js';
import { croNumberRecognizer, croNumbersAtSites } from './cro-number.js';
import { dateRecognizer, datesAtSites } from './date.js';
import { emailRecognizer } from './email.js';
import { fieldValuesRecognizer } from './field-values.js';
import { nhsNumberRecognizer, nhsNumbersAtSites } from './nhs-number.js';
import { ninoRecognizer, ninosAtSites } from './nino.js';
import { phoneRecognizer, phonesAtSites } from './phone.js';
import { pncIdRecognizer, pncIdsAtSites } from './pnc-id.js';
import { postcodeRecognizer, postcodesAtSites } from './postcode.js';
import { findTextSites, sharedTextSites, type SiteDetector } from './text-sites.js';
import { vrmRecognizer, vrmsAtSites } from './vrm.js';

/** In the order of STRUCTURED_RECOGNIZERS. E-mail already looks only around each `@`. */
const DETECTORS: readonly SiteDetector[] = [
  nhsNumbersAtSites,
  ninosAtSites,
  pncIdsAtSites,
  croNumbersAtSites,
  vrmsAtSites,
  postcodesAtSites,
  phonesAtSites,
  (text, settings) => emailRecognizer.detect(text, settings),
  cardNumbersAtSites,
  datesAtSites,
  agesAtSites,
  collarNumbersAtSites,
  crimeRefsAtSites,
  (text, settings) => fieldValuesRecognizer.detect(text, settings),
];

/**
 * The same recognizers, each scanning the whole text and ungated, in the same order (also the
 * oracle the property tests compare the merged scan and the gates with).
 */
export const WHOLE_TEXT_RECOGNIZERS: readonly Recognizer[] = [
  nhsNumberRecognizer,
  ninoRecognizer,
  pncIdRecognizer,
  croNumberRecognizer,
  vrmRecognizer,
  postcodeRecognizer,
  phoneRecognizer,
  emailRecognizer,
  cardNumberRecognizer,
  dateRecognizer,
  ageRecognizer,
  collarNumberRecognizer,
  crimeRefRecognizer,
  fieldValuesRecognizer,
];

/**
 * Longest text (UTF-16 code units) the merged scan takes. Its sites cost memory in proportion to
 * the text (a few numbers per digit run and trigger word: about 190 MB more at the peak for one
 * 20 MB log in bench/deid-structured.bench.ts), while its gain is largest on short texts (the
 * per-text cost of a dozen regex scans); a whole file longer than this is scanned recognizer by
 * recognizer, as before, with the same result.
 */
const MERGED_LIMIT = 1 << 20;

const TYPES: readonly EntityType[] = [
  ...(['NHS_NUMBER', 'NINO', 'PNC_ID', 'CRO_NUMBER', 'VRM', 'POSTCODE', 'PHONE', 'EMAIL'] as const),
  ...(['CARD_NUMBER', 'DATE', 'DATE_OF_BIRTH', 'AGE', 'COLLAR_NUMBER', 'CRIME_REF'] as const),
];

function detectStructured(text: string, settings: DeidSettings): Detection[] {
  return detectStructuredEach([text], settings)[0]!;
}

/**
 * `detectStructured` on each text, detector by detector over all of them (see
 * `Recognizer.detectEach`): the same detections per text, in the same order.
 */
function detectStructuredEach(texts: readonly string[], settings: DeidSettings): Detection[][] {
  const found = texts.map((): Detection[] => []);
  // Kept for the name and place rules that run next on the same text (text-sites.ts).
  const sites = texts.map((text) =>
    text.length > MERGED_LIMIT ? null : (sharedTextSites(text) ?? findTextSites(text)),
  );
  for (const detect of DETECTORS) {
    for (let i = 0; i < texts.length; i++) {
      const at = sites[i];
      // A loop, not push(...list): a long file can yield more detections than a call has arguments.
      if (at) for (const d of detect(texts[i]!, settings, at)) found[i]!.push(d);
    }
  }
  for (let i = 0; i < texts.length; i++) {
    if (sites[i] !== null) continue;
    for (const r of WHOLE_TEXT_RECOGNIZERS)
      for (const d of r.detect(texts[i]!, settings)) found[i]!.push(d);
  }
  return found;
}

/** Every structured recognizer in one scan (see the module comment). */
export const structuredRecognizer: Recognizer = {
  name: 'structured',
  types: TYPES,
  detect: detectStructured,
  detectEach: detectStructuredEach,
};
