/**
 * The personal identifiers Liaison detects (../shared/deid/ANNOTATION.md), and the shape of a
 * detection. Offsets are UTF-16 code units over the text as decoded (BOM removed, CR kept);
 * `endUtf16` is exclusive.
 */
export const ENTITY_TYPES = [
  'PERSON',
  'DATE_OF_BIRTH',
  'DATE',
  'AGE',
  'ADDRESS',
  'POSTCODE',
  'LOCATION',
  'ORGANISATION',
  'PHONE',
  'EMAIL',
  'NHS_NUMBER',
  'NINO',
  'PNC_ID',
  'CRO_NUMBER',
  'VRM',
  'CARD_NUMBER',
  'COLLAR_NUMBER',
  'CRIME_REF',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Detection {
  type: EntityType;
  startUtf16: number;
  endUtf16: number;
  /** `text.slice(startUtf16, endUtf16)`. */
  text: string;
  /** Confidence 0..1; checksummed identifiers score high, context-only guesses low. */
  score: number;
  /** Name of the recognizer that found it, e.g. `nhs-number`. */
  recognizer: string;
}

/** Per-study settings that recognizers read (force-specific formats, gazetteers). */
export interface DeidSettings {
  /** Regular-expression sources for a force's crime / incident references (matched with context). */
  crimeRefPatterns?: string[];
  /** Extra place names (a study's own gazetteer). */
  places?: string[];
  /** Extra organisation names. */
  organisations?: string[];
  /**
   * Also tag public bodies (`X Police`, `X Council`, `X NHS Trust`, hospitals, schools) as
   * ORGANISATION. Off by default: ANNOTATION.md does not treat them as identifiers.
   */
  agencies?: boolean;
}

/** A recognizer: a small pure module that finds one family of identifiers. */
export interface Recognizer {
  name: string;
  types: readonly EntityType[];
  detect(text: string, settings: DeidSettings): Detection[];
  /**
   * Optional: `detect` on each text, with the same result per text, for recognizers made of many
   * rules, which then run each rule over all the texts before the next (`detectIdentifiersBatch`;
   * on short texts that is faster than all the rules text by text).
   */
  detectEach?(texts: readonly string[], settings: DeidSettings): Detection[][];
}
