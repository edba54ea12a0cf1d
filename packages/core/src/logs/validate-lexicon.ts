/**
 * Checks a lexicon read from JSON (the CLI's `--lexicon <file>`) without a schema library, so
 * core stays dependency-free. Errors name the JSON path and say what to write instead.
 */
import { PATTERN_FLAGS } from './compile-lexicon.js';
import { AGENCY_MODEL_LABELS } from './learnt-labels.js';
import type { Lexicon } from './lexicon.js';
import { EVENT_TYPES, FRAMINGS } from './vocabulary.js';

export type LexiconValidation = { ok: true; lexicon: Lexicon } | { ok: false; errors: string[] };

type Check = (value: unknown, path: string, errors: string[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, path: string, errors: string[]): void {
  if (typeof v !== 'string' || v.trim() === '') errors.push(`${path}: expected a non-empty string`);
}

function pattern(v: unknown, path: string, errors: string[]): void {
  if (typeof v !== 'string' || v === '')
    return void errors.push(`${path}: expected a RegExp source string`);
  try {
    new RegExp(v, PATTERN_FLAGS);
  } catch (e) {
    errors.push(`${path}: invalid pattern (${(e as Error).message}); fix the regular expression`);
  }
}

function list(check: Check): Check {
  return (v, path, errors) => {
    if (!Array.isArray(v)) return void errors.push(`${path}: expected an array`);
    v.forEach((item, i) => check(item, `${path}[${i}]`, errors));
  };
}

function oneOf(allowed: readonly string[]): Check {
  return (v, path, errors) => {
    if (typeof v !== 'string' || !allowed.includes(v))
      errors.push(`${path}: expected one of ${allowed.join(', ')}`);
  };
}

function fields(shape: Record<string, Check>): Check {
  return (v, path, errors) => {
    if (!isObject(v)) return void errors.push(`${path}: expected an object`);
    for (const [key, check] of Object.entries(shape)) check(v[key], `${path}.${key}`, errors);
  };
}

function optional(check: Check): Check {
  return (v, path, errors) => (v === undefined ? undefined : check(v, path, errors));
}

function termList(labels?: readonly string[]): Check {
  return list(fields({ label: labels ? oneOf(labels) : str, patterns: list(pattern) }));
}

const number: Check = (v, path, errors) => {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    errors.push(`${path}: expected a number ≥ 0`);
};

const cueWindow = fields({
  before: list(pattern),
  after: list(pattern),
  windowUtf16: number,
  hedges: optional(list(pattern)),
});

const eventFramings: Check = (v, path, errors) => {
  if (!isObject(v)) return void errors.push(`${path}: expected an object of event → framing`);
  for (const [k, f] of Object.entries(v)) {
    oneOf(EVENT_TYPES)(k, `${path} key "${k}"`, errors);
    oneOf(FRAMINGS)(f, `${path}.${k}`, errors);
  }
};

const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** A vector of one finite number per label of the model. */
function scoreVector(v: unknown, n: number, path: string, errors: string[]): void {
  if (!Array.isArray(v) || v.length !== n || !v.every(finite))
    errors.push(`${path}: expected ${n} finite numbers, one per label of the model's labels`);
}

/**
 * A learnt model: labels from `allowed` without repeats, a bias and weight vectors of one number
 * per label. Errors stop at the first few bad weights: a model has thousands.
 */
const labelModel =
  (allowed: readonly string[]): Check =>
  (v, path, errors) => {
    if (!isObject(v)) return void errors.push(`${path}: expected an object (or leave it out)`);
    list(oneOf(allowed))(v.labels, `${path}.labels`, errors);
    const labels = Array.isArray(v.labels) ? v.labels : [];
    if (new Set(labels).size !== labels.length) errors.push(`${path}.labels: repeats a framing`);
    scoreVector(v.bias, labels.length, `${path}.bias`, errors);
    str(v.trainedOn, `${path}.trainedOn`, errors);
    if (!isObject(v.weights)) return void errors.push(`${path}.weights: expected an object`);
    const bad = Object.entries(v.weights).filter(
      ([, w]) => !Array.isArray(w) || w.length !== labels.length || !w.every(finite),
    );
    for (const [name, w] of bad.slice(0, 5))
      scoreVector(w, labels.length, `${path}.weights["${name}"]`, errors);
    if (bad.length > 5) errors.push(`${path}.weights: ${bad.length - 5} more bad weight vectors`);
  };

const LEXICON = fields({
  name: str,
  version: str,
  agencies: termList(),
  authors: termList(),
  events: termList(EVENT_TYPES),
  framings: termList(FRAMINGS),
  instruments: termList(),
  signals: termList(),
  negation: cueWindow,
  background: cueWindow,
  history: optional(fields({ lineStart: list(pattern), inline: list(pattern) })),
  refusal: list(pattern),
  ambiguities: list(
    fields({
      term: str,
      pattern,
      windowUtf16: number,
      senses: list(fields({ sense: str, adds: list(str), context: list(pattern) })),
      defaultSense: str,
    }),
  ),
  eventFramings,
  framingPriority: list(oneOf(FRAMINGS)),
  framingCarryEvents: list(oneOf(EVENT_TYPES)),
  agencyFramings: (v, path, errors) => {
    if (!isObject(v)) return void errors.push(`${path}: expected an object of agency → framing`);
    for (const [k, f] of Object.entries(v)) oneOf(FRAMINGS)(f, `${path}.${k}`, errors);
  },
  eventModel: optional(labelModel(EVENT_TYPES)),
  framingModel: optional(labelModel(FRAMINGS)),
  agencyModels: optional((v, path, errors) => {
    if (!isObject(v)) return void errors.push(`${path}: expected an object of agency → model`);
    for (const [agency, m] of Object.entries(v))
      labelModel(AGENCY_MODEL_LABELS)(m, `${path}.${agency}`, errors);
  }),
});

/** Validates parsed JSON as a lexicon; every error is reported, not just the first. */
export function validateLexicon(json: unknown): LexiconValidation {
  const errors: string[] = [];
  LEXICON(json, 'lexicon', errors);
  if (isObject(json) && Array.isArray(json.events)) {
    json.events.forEach((t, i) =>
      optional(boolean)(
        isObject(t) ? t.requiresPartner : undefined,
        `lexicon.events[${i}].requiresPartner`,
        errors,
      ),
    );
  }
  yieldsToOf(json, 'events', EVENT_TYPES, errors);
  yieldsToOf(json, 'framings', FRAMINGS, errors);
  return errors.length ? { ok: false, errors } : { ok: true, lexicon: json as Lexicon };
}

/** A term's optional `yieldsTo`: labels of the same list (events give way to events). */
function yieldsToOf(
  json: unknown,
  key: 'events' | 'framings',
  labels: readonly string[],
  errors: string[],
): void {
  if (!isObject(json) || !Array.isArray(json[key])) return;
  (json[key] as unknown[]).forEach((t, i) =>
    optional(list(oneOf(labels)))(
      isObject(t) ? t.yieldsTo : undefined,
      `lexicon.${key}[${i}].yieldsTo`,
      errors,
    ),
  );
}

const boolean: Check = (v, path, errors) => {
  if (typeof v !== 'boolean') errors.push(`${path}: expected true or false`);
};
