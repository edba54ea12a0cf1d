/**
 * Training examples for the learnt label models from labelled logs: each entry's lexicon reading
 * (the lexicon alone, without any model) and words, with its gold event and framing.
 */
import {
  classifyLog,
  lexiconReadings,
  modelFeatureNames,
  trainLabelModel,
  AGENCIES,
  AGENCY_MODEL_LABELS,
  EVENT_TYPES,
  FRAMINGS,
  type LabelExample,
  type Lexicon,
} from '../packages/core/src/logs/index.js';
import type { LabelledLog } from './logs-sets.js';

export interface ModelExamples {
  event: LabelExample[];
  framing: LabelExample[];
  /** Per agency of the vocabulary: present or absent in each entry. */
  agencies: Record<string, LabelExample[]>;
}

export function modelExamples(logs: readonly LabelledLog[], lexicon: Lexicon): ModelExamples {
  const plain: Lexicon = {
    ...lexicon,
    eventModel: undefined,
    framingModel: undefined,
    agencyModels: undefined,
  };
  const agencies = Object.fromEntries(AGENCIES.map((a) => [a, [] as LabelExample[]]));
  const out: ModelExamples = { event: [], framing: [], agencies };
  for (const { gold, log } of logs) {
    const readings = lexiconReadings(classifyLog(log, plain), log.entries);
    readings.forEach((r, i) => {
      const g = gold.entries[i];
      if (!g) throw new Error(`${gold.file}: entry ${i} has no gold labels`);
      const features = modelFeatureNames(r, log.entries[i]!.text);
      out.event.push({ features, label: g.event });
      out.framing.push({ features, label: g.framing });
      for (const a of AGENCIES)
        agencies[a]!.push({ features, label: g.agencies.includes(a) ? 'present' : 'absent' });
    });
  }
  return out;
}

/** The lexicon with both models trained on `logs`. */
export function lexiconTrainedOn(
  logs: readonly LabelledLog[],
  lexicon: Lexicon,
  trainedOn?: string,
): Lexicon {
  const examples = modelExamples(logs, lexicon);
  const agencyModels = Object.fromEntries(
    Object.entries(examples.agencies).map(([a, xs]) => [
      a,
      trainLabelModel(xs, AGENCY_MODEL_LABELS, { trainedOn }),
    ]),
  );
  return {
    ...lexicon,
    eventModel: trainLabelModel(examples.event, EVENT_TYPES, { trainedOn }),
    framingModel: trainLabelModel(examples.framing, FRAMINGS, { trainedOn }),
    agencyModels,
  };
}
