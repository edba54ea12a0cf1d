/**
 * Checks a continuum scale read from JSON (`liaison logs scale set <file>`, `PUT
 * /api/continuum-scale`) without a schema library, so core stays dependency-free. Errors name the
 * JSON path and say what to write instead. Beyond the shape, a scale must be usable: level
 * numbers and labels are unique, rules use only the features `placeOnContinuum` computes, and the
 * lowest level always holds (an empty alternative), so every log is placed somewhere on it.
 */
import { CONTINUUM_FEATURES, type ContinuumLevel, type ContinuumScale } from './continuum.js';

export type ContinuumScaleValidation =
  { ok: true; scale: ContinuumScale } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

const FEATURES: readonly string[] = CONTINUUM_FEATURES;

function checkRule(requires: unknown, path: string, errors: string[]): void {
  if (!Array.isArray(requires) || requires.length === 0)
    return void errors.push(`${path}: expected a list of alternatives, each a list of features`);
  requires.forEach((alt: unknown, i) => {
    if (!Array.isArray(alt)) return void errors.push(`${path}[${i}]: expected a list of features`);
    alt.forEach((f: unknown, j) => {
      if (typeof f !== 'string' || !FEATURES.includes(f))
        errors.push(`${path}[${i}][${j}]: expected one of ${FEATURES.join(', ')}`);
    });
  });
}

function checkLevel(v: unknown, path: string, errors: string[]): void {
  if (!isObject(v)) return void errors.push(`${path}: expected an object`);
  if (!Number.isInteger(v.level) || (v.level as number) < 0)
    errors.push(`${path}.level: expected a whole number ≥ 0`);
  if (!isText(v.label)) errors.push(`${path}.label: expected a non-empty string`);
  if (typeof v.rationale !== 'string')
    errors.push(`${path}.rationale: expected a string ({entries} is replaced by the evidence)`);
  checkRule(v.requires, `${path}.requires`, errors);
}

function duplicates(values: unknown[]): unknown[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** Whole-scale rules, checked once every level has the right shape. */
function checkUsable(levels: ContinuumLevel[], errors: string[]): void {
  for (const n of duplicates(levels.map((l) => l.level)))
    errors.push(`levels: level ${String(n)} is given twice; each level number must be unique`);
  for (const label of duplicates(levels.map((l) => l.label)))
    errors.push(`levels: label "${String(label)}" is given twice; each label must be unique`);
  const lowest = [...levels].sort((a, b) => a.level - b.level)[0];
  if (lowest && !lowest.requires.some((alt) => alt.length === 0))
    errors.push(
      `levels: the lowest level (${lowest.level}) must always hold; add [] to its "requires"`,
    );
}

function checkIgnore(v: unknown, errors: string[]): void {
  if (v === undefined) return;
  if (!Array.isArray(v) || !v.every(isText))
    errors.push('ignoreAgencies: expected a list of agency labels');
}

export function validateContinuumScale(json: unknown): ContinuumScaleValidation {
  const errors: string[] = [];
  if (!isObject(json)) return { ok: false, errors: ['(root): expected a JSON object'] };
  if (!isText(json.version)) errors.push('version: expected a non-empty string');
  checkIgnore(json.ignoreAgencies, errors);
  if (!Array.isArray(json.levels) || json.levels.length === 0)
    errors.push('levels: expected a non-empty list of levels');
  else json.levels.forEach((l: unknown, i) => checkLevel(l, `levels[${i}]`, errors));
  if (errors.length > 0) return { ok: false, errors };
  checkUsable(json.levels as ContinuumLevel[], errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scale: normalised(json) };
}

/** Only the scale's own fields (unknown keys dropped), levels highest first. */
function normalised(json: Record<string, unknown>): ContinuumScale {
  const levels = (json.levels as ContinuumLevel[])
    .map(({ level, label, requires, rationale }) => ({ level, label, requires, rationale }))
    .sort((a, b) => b.level - a.level);
  const ignoreAgencies = (json.ignoreAgencies as string[] | undefined) ?? [];
  return { version: json.version as string, levels, ignoreAgencies: [...ignoreAgencies] };
}
