/**
 * Checking and keying researcher corrections of a police log's analysis. Each correction has a
 * target (`entry:3`, `turning_point:5:escalation`, `continuum`); the store keeps the one in force
 * per target, merging successive corrections of one entry so that correcting the framing after
 * the event keeps both.
 */
import {
  AGENCIES,
  CORRECTED_ENTRY_FIELDS,
  DEFAULT_CONTINUUM_SCALE,
  EVENT_TYPES,
  FRAMINGS,
  TURNING_POINT_TYPES,
  type ContinuumScale,
  type Correction,
  type CorrectionTarget,
  type Lexicon,
  type LogAnalysis,
} from '@liaison/core';
import { StoreError } from '../errors.js';
import { requireOneOf, requireText } from '../validate.js';

const invalid = (message: string) => new StoreError('store.invalid_input', message);

export function targetKey(c: Correction | CorrectionTarget): string {
  if (c.target === 'entry') return `entry:${c.index}`;
  if (c.target === 'turning_point') return `turning_point:${c.entry}:${c.type}`;
  return 'continuum';
}

function requireEntryIndex(value: unknown, analysis: LogAnalysis, what: string): number {
  const count = analysis.entries.length;
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) < count)
    return value as number;
  throw invalid(`${what} must be an entry index from 0 to ${count - 1} (got ${String(value)}).`);
}

function checkAgencies(agencies: unknown, known: readonly string[]): void {
  if (!Array.isArray(agencies)) throw invalid('Corrected agencies must be a list.');
  for (const a of agencies) requireOneOf(a, known, 'A corrected agency');
}

function checkEntry(
  c: Extract<Correction, { target: 'entry' }>,
  analysis: LogAnalysis,
  agencies: readonly string[],
): void {
  requireEntryIndex(c.index, analysis, 'The corrected entry');
  if (c.agencies === undefined && c.event === undefined && c.framing === undefined)
    throw invalid('An entry correction must give at least one of agencies, event or framing.');
  if (c.agencies !== undefined) checkAgencies(c.agencies, agencies);
  if (c.event !== undefined) requireOneOf(c.event, EVENT_TYPES, 'The corrected event');
  if (c.framing !== undefined) requireOneOf(c.framing, FRAMINGS, 'The corrected framing');
}

function checkTurningPoint(
  c: Extract<Correction, { target: 'turning_point' }>,
  analysis: LogAnalysis,
): void {
  requireEntryIndex(c.entry, analysis, 'The turning point entry');
  requireOneOf(c.type, TURNING_POINT_TYPES, 'The turning point type');
  requireOneOf(c.action, ['add', 'remove'] as const, 'The turning point action');
  for (const e of c.evidence ?? []) requireEntryIndex(e, analysis, 'Turning point evidence');
}

function checkContinuum(
  c: Extract<Correction, { target: 'continuum' }>,
  scale: ContinuumScale,
): void {
  const levels = scale.levels.map((l) => l.level).sort((a, b) => a - b);
  if (!levels.includes(c.level))
    throw invalid(`The continuum level must be one of ${levels.join(', ')} (got ${c.level}).`);
  requireText(c.reason, 'The reason for overriding the continuum');
}

/** DOMAIN.md's agencies plus any the study's lexicon adds (it may name local services). */
export function knownAgencies(lexicon: Lexicon): string[] {
  const labels = [...lexicon.agencies, ...lexicon.authors].map((t) => t.label);
  return [...new Set([...AGENCIES, ...labels])];
}

/** Refuses a correction that names an entry, label or level the analysis cannot have. */
export function checkCorrection(
  c: Correction,
  analysis: LogAnalysis,
  agencies: readonly string[] = AGENCIES,
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): void {
  if (c.target === 'entry') return checkEntry(c, analysis, agencies);
  if (c.target === 'turning_point') return checkTurningPoint(c, analysis);
  if (c.target === 'continuum') return checkContinuum(c, scale);
  throw invalid('A correction target must be entry, turning_point or continuum.');
}

/** Only the fields a correction sets, so stored JSON holds no `undefined`. */
function definedFields(c: Correction): Correction {
  return Object.fromEntries(
    Object.entries(c).filter(([, v]) => v !== undefined),
  ) as unknown as Correction;
}

/** The correction to keep for a target: an entry's fields merge; others replace. */
export function mergeCorrection(previous: Correction | undefined, next: Correction): Correction {
  const clean = definedFields(next);
  if (previous?.target === 'entry' && clean.target === 'entry') return { ...previous, ...clean };
  return clean;
}

/** What a correction changes, as the analysis shows it (for the event's before and after). */
export function valueAt(analysis: LogAnalysis, c: Correction): unknown {
  if (c.target === 'entry') {
    const e = analysis.entries[c.index];
    return e && { agencies: e.agencies, event: e.event, framing: e.framing };
  }
  if (c.target === 'turning_point')
    return {
      present: analysis.turningPoints.some((p) => p.entry === c.entry && p.type === c.type),
    };
  const { level, label, override } = analysis.continuum;
  return { level, label, ...(override ? { override } : {}) };
}

/** Refuses an undo whose target or fields are not ones a correction can have. */
export function checkTarget(t: CorrectionTarget): void {
  requireOneOf(t.target, ['entry', 'turning_point', 'continuum'] as const, 'The target to undo');
  if (t.target !== 'entry') return;
  if (!Number.isInteger(t.index) || t.index < 0)
    throw invalid(`The entry to undo must be an entry index ≥ 0 (got ${String(t.index)}).`);
  for (const f of t.fields ?? []) requireOneOf(f, CORRECTED_ENTRY_FIELDS, 'A field to undo');
}

/**
 * The correction left once `target` is undone: an entry keeps the fields not undone; undefined
 * when nothing is left (the classifier's result applies again).
 */
export function withoutTarget(c: Correction, t: CorrectionTarget): Correction | undefined {
  if (c.target !== 'entry' || t.target !== 'entry' || t.fields === undefined) return undefined;
  const kept = Object.fromEntries(
    Object.entries(c).filter(([k]) => !(t.fields as string[]).includes(k)),
  ) as Correction;
  const left = CORRECTED_ENTRY_FIELDS.some((f) => f in kept);
  return left ? kept : undefined;
}
