/**
 * Applies a lexicon's learnt models (label-model.ts) to a log the lexicon has classified: each
 * entry's lexicon reading (its framing, event, agencies, framing cue labels and the framing the
 * log had established) and its words go to the event model and the framing model, whose labels
 * replace the lexicon's. Both read the lexicon's decisions, never each other's, as in training.
 * Where a model agrees with the lexicon the lexicon's cue words stay the evidence; where it
 * differs its strongest words are.
 */
import type { EntryAnalysis } from './analysis-types.js';
import {
  entryWords,
  predictLabel,
  readingFeatures,
  type EntryWords,
  type LabelModel,
  type LexiconReading,
} from './label-model.js';
import type { Lexicon } from './lexicon.js';
import type { EventType, Framing } from './vocabulary.js';

/** The lexicon's reading of each entry, from entries the lexicon alone has classified. */
export function lexiconReadings(entries: readonly EntryAnalysis[]): LexiconReading[] {
  let established: LexiconReading['established'] = 'none';
  const out: LexiconReading[] = [];
  for (const a of entries) {
    const cueLabels = a.triggers.framing.map((t) => t.label);
    out.push({ framing: a.framing, event: a.event, agencies: a.agencies, cueLabels, established });
    if (a.framing !== 'unclear') established = a.framing;
  }
  return out;
}

/** The label `model` gives, with evidence when it differs from `current`, or null when it agrees. */
function relabel(
  model: LabelModel,
  reading: LexiconReading,
  text: string,
  words: EntryWords,
  names: readonly string[],
  current: string,
) {
  const m = predictLabel(model, reading, text, false, words, names);
  return m.label === current ? null : predictLabel(model, reading, text, true, words, names);
}

/** Sets each entry's event and framing (and their triggers where they change) from the models. */
export function withLearntLabels(
  entries: EntryAnalysis[],
  texts: readonly { text: string }[],
  lexicon: Pick<Lexicon, 'eventModel' | 'framingModel'>,
): void {
  const { eventModel, framingModel } = lexicon;
  if (!eventModel && !framingModel) return;
  const readings = lexiconReadings(entries);
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    const [reading, text] = [readings[i]!, texts[i]!.text];
    const [words, names] = [entryWords(text), readingFeatures(reading)];
    const event = eventModel && relabel(eventModel, reading, text, words, names, a.event);
    const framing = framingModel && relabel(framingModel, reading, text, words, names, a.framing);
    if (event) [a.event, a.triggers.event] = [event.label as EventType, event.evidence];
    if (framing) [a.framing, a.triggers.framing] = [framing.label as Framing, framing.evidence];
  }
}
