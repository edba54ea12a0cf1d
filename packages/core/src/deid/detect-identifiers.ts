/**
 * Runs every recognizer over a text and resolves overlaps: the one call the CLI, the server and
 * the evaluation use. Offsets are UTF-16 code units over the text as given, end exclusive.
 */
import type { DeidSettings, Detection, Recognizer } from './entity-types.js';
import { personRecognizer } from './names/person-recognizer.js';
import { addressRecognizer } from './places/address-recognizer.js';
import { locationRecognizer } from './places/location-recognizer.js';
import { organisationRecognizer } from './places/organisation-recognizer.js';
import { townEchoes, townsBeforePostcodes } from './places/towns-before-postcodes.js';
import { structuredRecognizer } from './recognizers/index.js';
import { resolveDetections } from './resolve-detections.js';

/** Names, addresses, places and organisations (the rule- and gazetteer-based recognizers). */
export const TEXT_RECOGNIZERS: Recognizer[] = [
  personRecognizer,
  addressRecognizer,
  locationRecognizer,
  organisationRecognizer,
];

/**
 * The structured recognizers as one merged scan (recognizers/structured-scan.ts: same detections
 * as STRUCTURED_RECOGNIZERS one by one, in the same order), then the text recognizers.
 */
export const ALL_RECOGNIZERS: Recognizer[] = [structuredRecognizer, ...TEXT_RECOGNIZERS];

export function detectIdentifiers(
  text: string,
  settings: DeidSettings = {},
  recognizers: readonly Recognizer[] = ALL_RECOGNIZERS,
): Detection[] {
  const found: Detection[] = [];
  for (const recognizer of recognizers) {
    // A loop, not push(...list): a long file can yield more detections than a call has arguments.
    for (const d of recognizer.detect(text, settings)) found.push(d);
  }
  // Context one recognizer gives another: the post town before each postcode found.
  const towns = townsBeforePostcodes(text, found);
  for (const d of towns) found.push(d);
  for (const d of townEchoes(text, towns)) found.push(d);
  return resolveDetections(found);
}
