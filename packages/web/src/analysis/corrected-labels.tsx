/**
 * Which of an entry's labels a researcher corrected, and what the classifier had said, so the
 * table, the timeline and the editor can mark corrected labels and offer to undo them.
 */
import type { CorrectedEntryField, Correction, EntryLabels } from '@liaison/core';
import type { SourceAnalysis } from '../api/types.js';
import { labelOf } from './palette.js';

export interface CorrectedLabels {
  fields: CorrectedEntryField[];
  /** The classifier's labels for the entry. */
  original: EntryLabels;
}

const FIELDS: readonly CorrectedEntryField[] = ['agencies', 'event', 'framing'];

/** Per entry index: its corrected fields and original labels, or undefined when uncorrected. */
export function correctedLabels(analysis: SourceAnalysis): (CorrectedLabels | undefined)[] {
  const out: (CorrectedLabels | undefined)[] = analysis.entries.map(() => undefined);
  for (const c of analysis.corrections) {
    const original = c.target === 'entry' ? analysis.computed.entries[c.index] : undefined;
    if (c.target !== 'entry' || !original) continue;
    out[c.index] = { fields: FIELDS.filter((f) => fieldSet(c, f)), original };
  }
  return out;
}

function fieldSet(c: Extract<Correction, { target: 'entry' }>, field: CorrectedEntryField) {
  return c[field] !== undefined;
}

/** The classifier's value of one field in words, e.g. `Referral` or `Police, Mental health`. */
export function originalText(original: EntryLabels, field: CorrectedEntryField): string {
  if (field === 'agencies') return original.agencies.map(labelOf).join(', ') || 'no agency';
  return labelOf(original[field]);
}

/**
 * A visible "corrected" marker after a corrected label; the classifier's value is its tooltip
 * and is also read out to screen readers (a title alone is not reliably announced).
 */
export function CorrectedMark(props: {
  corrected: CorrectedLabels | undefined;
  field: CorrectedEntryField;
}) {
  const { corrected, field } = props;
  if (!corrected?.fields.includes(field)) return null;
  const was = originalText(corrected.original, field);
  return (
    <span className="corrected-mark" title={`Corrected; the classifier said: ${was}`}>
      corrected<span className="visually-hidden"> (the classifier said: {was})</span>
    </span>
  );
}
