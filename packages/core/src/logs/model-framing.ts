/**
 * Applies a lexicon's `framingModel` to a classified log: each entry's lexicon reading (its
 * framing, event, agencies, cue labels and the framing the log had established) and its words go
 * to the model, whose framing replaces the lexicon's. Where the two agree the lexicon's cue words
 * stay the evidence; where the model differs its strongest words are.
 */
import type { EntryAnalysis } from './analysis-types.js';
import { predictFraming, type FramingModel, type LexiconReading } from './framing-model.js';

/** The lexicon's reading of each entry, from entries the lexicon alone has classified. */
export function framingReadings(entries: readonly EntryAnalysis[]): LexiconReading[] {
  let established: LexiconReading['established'] = 'none';
  const out: LexiconReading[] = [];
  for (const a of entries) {
    const cueLabels = a.triggers.framing.map((t) => t.label);
    out.push({ framing: a.framing, event: a.event, agencies: a.agencies, cueLabels, established });
    if (a.framing !== 'unclear') established = a.framing;
  }
  return out;
}

/** Sets each entry's framing (and, when it changes, its framing triggers) from the model. */
export function withModelFraming(
  entries: EntryAnalysis[],
  readings: readonly LexiconReading[],
  texts: readonly { text: string }[],
  model: FramingModel,
): void {
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    const text = texts[i]!.text;
    const m = predictFraming(model, readings[i]!, text, false);
    if (m.framing === a.framing) continue;
    a.framing = m.framing;
    a.triggers.framing = predictFraming(model, readings[i]!, text).evidence;
  }
}
