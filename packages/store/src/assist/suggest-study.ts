/**
 * Code suggestions for a coder, learnt from that coder's own codings in the study (core's
 * trainSuggester). Training units are the units of every source the coder has coded (uncoded
 * units there count as "no code"); suggestions are for the units of the sources asked about.
 * Nothing is stored: suggestions are shown for review, never applied.
 */
import {
  suggestCodes,
  trainSuggester,
  unitCodes,
  type Id,
  type Suggester,
  type SuggesterOptions,
  type Suggestion,
  type TrainingUnit,
} from '@liaison/core';
import type { StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';
import { coderSpans, loadStudyTexts, usableCodeIds, type StudyText } from './study-units.js';

export interface UnitSuggestions {
  sourceId: Id;
  sourceName: string;
  unitIndex: number;
  /** The unit's span in the current text version (UTF-16 offsets). */
  start: number;
  end: number;
  suggestions: (Suggestion & { codeName: string })[];
}

export interface StudySuggestions {
  coder: string;
  trainingUnits: number;
  codesLearnt: number;
  /** Codes the coder used too rarely to learn (names). */
  untrained: string[];
  units: UnitSuggestions[];
}

/** Training units from the texts the coder has coded, with the codes applied to each. */
export async function trainingUnitsFor(
  store: StudyStore,
  texts: StudyText[],
  coder: string,
): Promise<TrainingUnit[]> {
  const usable = await usableCodeIds(store);
  const units: TrainingUnit[] = [];
  for (const t of texts) {
    const spans = await coderSpans(store, t, coder, usable);
    if (spans.length === 0) continue;
    const labels = unitCodes(t.units, spans);
    t.units.forEach((u, i) =>
      units.push({ text: t.text.slice(u.start, u.end), codes: labels[i] ?? [] }),
    );
  }
  return units;
}

export async function trainForCoder(
  store: StudyStore,
  coder: string,
  options?: SuggesterOptions,
): Promise<Suggester> {
  const units = await trainingUnitsFor(store, await loadStudyTexts(store), coder);
  if (units.length === 0)
    throw new StoreError(
      'store.invalid_input',
      `${coder} has no codings to learn from: code some text first.`,
    );
  return trainSuggester(units, options);
}

/** Top-k suggestions for every unit of the chosen sources (codes already applied left out). */
export async function suggestForSources(
  store: StudyStore,
  coder: string,
  sourceIds: Id[] | undefined,
  k: number,
  /** A model already trained for this coder on the current codings (see ModelCache). */
  trained?: Suggester,
): Promise<StudySuggestions> {
  const model = trained ?? (await trainForCoder(store, coder));
  const names = new Map((await store.codes.list()).map((c) => [c.id, c.name]));
  const usable = await usableCodeIds(store);
  const units: UnitSuggestions[] = [];
  for (const t of await loadStudyTexts(store, sourceIds ? { sourceIds } : {})) {
    const applied = unitCodes(t.units, await coderSpans(store, t, coder, usable));
    t.units.forEach((u, i) => {
      const exclude = new Set(applied[i]);
      const suggestions = suggestCodes(model, t.text.slice(u.start, u.end), k, exclude).map(
        (s) => ({
          ...s,
          codeName: names.get(s.code) ?? s.code,
        }),
      );
      units.push({
        sourceId: t.sourceId,
        sourceName: t.sourceName,
        unitIndex: i,
        ...u,
        suggestions,
      });
    });
  }
  const untrained = model.untrained.map((c) => names.get(c) ?? c);
  return {
    coder,
    trainingUnits: model.trainingUnits,
    codesLearnt: model.codes.length,
    untrained,
    units,
  };
}

/**
 * Keeps each coder's trained model until the study changes: any new audit event (a coding, a
 * code edit, a new text version) may change what the model should learn, so the model is reused
 * only while the study's newest event sequence number is the one it was trained at.
 */
export class ModelCache {
  private readonly models = new Map<string, { seq: number; model: Suggester }>();

  async get(store: StudyStore, coder: string): Promise<Suggester> {
    const cached = this.models.get(coder);
    const seq = await latestSeq(store, cached?.seq ?? 0);
    if (cached && cached.seq === seq) return cached.model;
    const model = await trainForCoder(store, coder);
    this.models.set(coder, { seq, model });
    return model;
  }
}

/** The newest event's sequence number, reading only the events after `from`. */
async function latestSeq(store: StudyStore, from: number): Promise<number> {
  let seq = from;
  for (;;) {
    const page = await store.events.list({ afterSeq: seq, limit: 10_000 });
    if (page.length === 0) return seq;
    seq = page[page.length - 1]?.seq ?? seq;
  }
}
