/**
 * Researcher corrections merged over a computed analysis: corrected entry labels replace the
 * classifier's, turning points and the continuum are recomputed from the corrected labels, then
 * turning-point additions/removals and a continuum override apply. Pure; storing corrections as
 * study events is the store's job.
 */
import type { LogAnalysis, TurningPoint } from './analysis-types.js';
import {
  DEFAULT_CONTINUUM_SCALE,
  overrideContinuum,
  placeOnContinuum,
  type ContinuumScale,
} from './continuum.js';
import { detectTurningPoints } from './turning-points.js';
import type { EventType, Framing, TurningPointType } from './vocabulary.js';

export type Correction =
  | { target: 'entry'; index: number; agencies?: string[]; event?: EventType; framing?: Framing }
  | {
      target: 'turning_point';
      entry: number;
      type: TurningPointType;
      action: 'add' | 'remove';
      evidence?: number[];
    }
  | { target: 'continuum'; level: number; reason: string };

/** The entry fields a correction can set. */
export const CORRECTED_ENTRY_FIELDS = ['agencies', 'event', 'framing'] as const;
export type CorrectedEntryField = (typeof CORRECTED_ENTRY_FIELDS)[number];

/**
 * What a researcher undoes to return to the classifier's result: an entry's correction (only the
 * listed fields, or all), a turning-point correction, or the continuum override.
 */
export type CorrectionTarget =
  | { target: 'entry'; index: number; fields?: CorrectedEntryField[] }
  | { target: 'turning_point'; entry: number; type: TurningPointType }
  | { target: 'continuum' };

function correctEntries(analysis: LogAnalysis, corrections: Correction[]): LogAnalysis['entries'] {
  return analysis.entries.map((e) => {
    let out = e;
    for (const c of corrections) {
      if (c.target !== 'entry' || c.index !== e.index) continue;
      out = {
        ...out,
        ...(c.agencies ? { agencies: [...c.agencies].sort() } : {}),
        ...(c.event ? { event: c.event } : {}),
        ...(c.framing ? { framing: c.framing } : {}),
      };
    }
    return out;
  });
}

function correctTurningPoints(points: TurningPoint[], corrections: Correction[]): TurningPoint[] {
  let out = points;
  for (const c of corrections) {
    if (c.target !== 'turning_point') continue;
    out = out.filter((p) => !(p.entry === c.entry && p.type === c.type));
    if (c.action === 'add')
      out = [...out, { entry: c.entry, type: c.type, evidence: c.evidence ?? [c.entry] }];
  }
  return out.sort((a, b) => a.entry - b.entry);
}

/** Applies corrections in order (a later one on the same target wins). */
export function applyCorrections(
  analysis: LogAnalysis,
  corrections: Correction[],
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): LogAnalysis {
  const entries = correctEntries(analysis, corrections);
  const turningPoints = correctTurningPoints(detectTurningPoints(entries), corrections);
  let continuum = placeOnContinuum(entries, scale);
  // An override to a level the (since edited) scale no longer has is ignored, as is a
  // correction of an entry a new text version no longer has.
  const onScale = (level: number) => scale.levels.some((l) => l.level === level);
  for (const c of corrections) {
    if (c.target === 'continuum' && onScale(c.level))
      continuum = overrideContinuum(continuum, c.level, c.reason, scale);
  }
  return { ...analysis, entries, turningPoints, continuum };
}

/** One log in the labelled-set format of eval/logs (`labels.json`), e.g. after corrections. */
export interface LabelledLog {
  file: string;
  entries: { index: number; agencies: string[]; event: string; framing: string }[];
  turningPoints: { entry: number; type: string }[];
  continuum: number;
  notes: string;
}

/** Exports a (corrected) analysis as a labelled log, so corrections can grow an evaluation set. */
export function toLabelledLog(file: string, analysis: LogAnalysis, notes = ''): LabelledLog {
  return {
    file,
    entries: analysis.entries.map((e) => ({
      index: e.index,
      agencies: [...e.agencies],
      event: e.event,
      framing: e.framing,
    })),
    turningPoints: analysis.turningPoints.map((t) => ({ entry: t.entry, type: t.type })),
    continuum: analysis.continuum.level,
    notes,
  };
}
