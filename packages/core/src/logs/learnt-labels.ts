/**
 * Applies a lexicon's learnt models (label-model.ts) to a log the lexicon has classified: each
 * entry's lexicon reading (its framing, event, agencies, framing cue labels, the framing the log
 * had established, the framing prevailing over the whole log and its author tag) and its words go
 * to the event model, the framing model and each agency's model, whose labels replace the
 * lexicon's. All read the lexicon's decisions, never each other's, as in training. Where a model
 * agrees with the lexicon the lexicon's cue words stay the evidence; where it differs its
 * strongest words are.
 */
import type { EntryAnalysis } from './analysis-types.js';
import { EVIDENCE, type LabelModel, type LexiconReading, type ModelLabel } from './label-model.js';
import {
  bestOf,
  stackEvidence,
  stackOf,
  stackReadingScores,
  type ModelStack,
} from './model-stack.js';
import type { Lexicon } from './lexicon.js';
import type { EventType, Framing } from './vocabulary.js';

/** The lexicon's reading of each entry, from entries the lexicon alone has classified. */
export function lexiconReadings(
  entries: readonly EntryAnalysis[],
  authors: readonly { author: string | null }[],
): LexiconReading[] {
  let established: LexiconReading['established'] = 'none';
  const out: LexiconReading[] = [];
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    const cueLabels: string[] = [];
    for (const t of a.triggers.framing) cueLabels.push(t.label);
    const author = authors[i]?.author ?? null;
    const { framing, event, agencies } = a;
    out.push({ framing, event, agencies: [...agencies], cueLabels, established, author });
    if (a.framing !== 'unclear') established = a.framing;
  }
  const prevailing = prevailingFraming(entries);
  for (const r of out) r.prevailing = prevailing;
  return out;
}

/**
 * The framing the lexicon gave most entries, `unclear` left out; a tie goes to the framing the log
 * reached first. Tried as a feature beside the previous and next entries' framings: only this one
 * raised framing when each set was scored by models trained without it (docs/log-analysis.md).
 */
function prevailingFraming(entries: readonly EntryAnalysis[]): Framing | 'none' {
  const counts = new Map<Framing, number>();
  for (const e of entries) {
    if (e.framing !== 'unclear') counts.set(e.framing, (counts.get(e.framing) ?? 0) + 1);
  }
  let best: Framing | 'none' = 'none';
  let most = 0;
  for (const [framing, n] of counts) if (n > most) [best, most] = [framing, n];
  return best;
}

/** Labels of an agency model: the agency takes no part in the entry, or does. */
export const AGENCY_MODEL_LABELS = ['absent', 'present'] as const;

type Models = Pick<Lexicon, 'eventModel' | 'framingModel' | 'agencyModels'>;

/** The lexicon's models in stack order: event, framing, then each agency's. */
function modelsOf(lexicon: Models): { models: LabelModel[]; agencies: string[] } {
  const models: LabelModel[] = [];
  if (lexicon.eventModel) models.push(lexicon.eventModel);
  if (lexicon.framingModel) models.push(lexicon.framingModel);
  const agencies = Object.keys(lexicon.agencyModels ?? {});
  for (const a of agencies) models.push(lexicon.agencyModels![a]!);
  return { models, agencies };
}

/** One entry's scores, and what a model's best label and its evidence are. */
interface EntryScores {
  stack: ModelStack;
  scores: Float64Array;
  text: string;
}

/** Model `m`'s label when it differs from `current`, with its evidence; else null. */
function relabel(e: EntryScores, m: number, current: string): ModelLabel | null {
  const model = e.stack.models[m]!;
  const k = bestOf(e.stack, e.scores, m);
  const label = model.labels[k]!;
  return label === current
    ? null
    : { label, evidence: stackEvidence(e.stack, m, k, e.text, EVIDENCE) };
}

/**
 * Adds each agency that has a model and that the lexicon did not list, when its model says it
 * takes part; its triggers are the model's evidence words, labelled with the agency. The models
 * never remove an agency: one the lexicon lists rests on a cue word or a name the log taught it,
 * and removing those cost more than it gained when each set was scored by models trained without
 * it (docs/log-analysis.md).
 */
function withLearntAgencies(a: EntryAnalysis, e: EntryScores, agencies: string[], from: number) {
  // A loop rather than `forEach` with a closure, which tsx's keep-names transform wraps per entry.
  for (let i = 0; i < agencies.length; i++) {
    const agency = agencies[i]!;
    if (a.agencies.includes(agency)) continue;
    const change = relabel(e, from + i, 'absent');
    if (!change) continue;
    a.agencies.push(agency);
    for (const t of change.evidence) a.triggers.agencies.push({ ...t, label: agency });
  }
}

/** Sets each entry's labels (and their triggers where they change) from the lexicon's models. */
export function withLearntLabels(
  entries: EntryAnalysis[],
  lines: readonly { text: string; author: string | null }[],
  lexicon: Models,
): void {
  const { models, agencies } = modelsOf(lexicon);
  if (models.length === 0) return;
  const stack = stackOf(lexicon, models);
  const readings = lexiconReadings(entries, lines);
  const framingAt = lexicon.eventModel ? 1 : 0;
  const agenciesAt = framingAt + (lexicon.framingModel ? 1 : 0);
  // One holder for every entry: the scores are the stack's own vector, rewritten per entry.
  const e: EntryScores = { stack, scores: stack.scores, text: '' };
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    e.text = lines[i]!.text;
    e.scores = stackReadingScores(stack, readings[i]!, e.text);
    const event = lexicon.eventModel && relabel(e, 0, a.event);
    const framing = lexicon.framingModel && relabel(e, framingAt, a.framing);
    if (event) [a.event, a.triggers.event] = [event.label as EventType, event.evidence];
    if (framing) [a.framing, a.triggers.framing] = [framing.label as Framing, framing.evidence];
    withLearntAgencies(a, e, agencies, agenciesAt);
  }
}
