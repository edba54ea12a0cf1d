/**
 * Runs every recognizer over a text and resolves overlaps: the one call the CLI, the server and
 * the evaluation use. Offsets are UTF-16 code units over the text as given, end exclusive.
 */
import type { DeidSettings, Detection, Recognizer } from './entity-types.js';
import { contactCardRecognizer } from './contact-cards.js';
import { personRecognizer } from './names/person-recognizer.js';
import { addressRecognizer } from './places/address-recognizer.js';
import { locationRecognizer } from './places/location-recognizer.js';
import { organisationRecognizer } from './places/organisation-recognizer.js';
import { townFields } from './places/town-fields.js';
import { townEchoes, townsBeforePostcodes } from './places/towns-before-postcodes.js';
import { structuredRecognizer } from './recognizers/index.js';
import { spokenNumberRecognizer } from './recognizers/spoken-numbers.js';
import { ocrDigitsRecognizer } from './recognizers/ocr-digits.js';
import { collarEchoes } from './recognizers/collar-echoes.js';
import { resolveDetections } from './resolve-detections.js';
import { inTextBatch } from './text-memo.js';

/**
 * Names, addresses, places and organisations (the rule- and gazetteer-based recognizers), phone
 * and collar numbers spoken as words, which read words, not digits, and structured identifiers
 * whose digits a scan's character recognition read as letters (ocr-digits.ts).
 */
export const TEXT_RECOGNIZERS: Recognizer[] = [
  personRecognizer,
  addressRecognizer,
  locationRecognizer,
  organisationRecognizer,
  contactCardRecognizer,
  spokenNumberRecognizer,
  ocrDigitsRecognizer,
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
  return resolveFound(text, found);
}

/**
 * `detectIdentifiers` over each of `texts` (entries of a log, the files or sources of a study):
 * the same detections per text, in the same order, as calling it on each. Each recognizer runs
 * over a group of texts before the next one starts, which on short texts (log entries) is faster:
 * most of the cost of a short text is running some hundred functions and sixty regexes one after
 * another, each cold again by the next text, rather than any one scan (docs/deid.md, Speed).
 */
export function detectIdentifiersBatch(
  texts: readonly string[],
  settings: DeidSettings = {},
  recognizers: readonly Recognizer[] = ALL_RECOGNIZERS,
): Detection[][] {
  const out: Detection[][] = [];
  for (const group of textGroups(texts)) {
    for (const detections of detectGroup(group, settings, recognizers)) out.push(detections);
  }
  return out;
}

/**
 * Bounds of a group: the per-text passes kept for a group (text-memo.ts: sites, triples, word
 * starts, header cells) grow with its characters. On log entries of about 170 characters, groups
 * of 256 to 1024 came out within the noise of each other, 64 about 10% slower and 4096 about 7%
 * slower.
 */
const GROUP_TEXTS = 256;
const GROUP_CHARS = 1 << 18;

/** `texts` in order, cut into groups within the bounds (a longer text forms a group alone). */
function textGroups(texts: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (group.length > 0 && (group.length === GROUP_TEXTS || chars + text.length > GROUP_CHARS)) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(text);
    chars += text.length;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** One group, recognizer by recognizer, with every text's shared passes kept until the end. */
function detectGroup(
  texts: readonly string[],
  settings: DeidSettings,
  recognizers: readonly Recognizer[],
): Detection[][] {
  return inTextBatch(() => {
    const found = texts.map((): Detection[] => []);
    for (const recognizer of recognizers) {
      const each = detectEach(recognizer, texts, settings);
      for (let i = 0; i < texts.length; i++) for (const d of each[i]!) found[i]!.push(d);
    }
    return texts.map((text, i) => resolveFound(text, found[i]!));
  }, texts);
}

/** Each text's detections by `recognizer`, rule by rule over all of them when it can. */
function detectEach(
  recognizer: Recognizer,
  texts: readonly string[],
  settings: DeidSettings,
): Detection[][] {
  if (recognizer.detectEach) return recognizer.detectEach(texts, settings);
  return texts.map((text) => recognizer.detect(text, settings));
}

/** Adds the context one recognizer gives another, then resolves overlaps. */
function resolveFound(text: string, found: Detection[]): Detection[] {
  // The post town before each postcode found, and the towns that export fields name.
  const towns = [...townsBeforePostcodes(text, found), ...townFields(text)];
  for (const d of towns) found.push(d);
  for (const d of townEchoes(text, towns)) found.push(d);
  // An officer's collar number, wherever the text repeats it alone.
  for (const d of collarEchoes(text, found)) found.push(d);
  return resolveDetections(found);
}
