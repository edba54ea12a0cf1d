/**
 * Training examples for the learnt label models from labelled logs: each entry's lexicon reading
 * (the lexicon alone, without any model) and words, with its gold event and framing.
 */
import {
  classifyLog,
  lexiconReadings,
  modelFeatureNames,
  trainLabelModel,
  EVENT_TYPES,
  FRAMINGS,
  type LabelExample,
  type Lexicon,
} from '../packages/core/src/logs/index.js';
import type { LabelledLog } from './logs-sets.js';

export interface ModelExamples {
  event: LabelExample[];
  framing: LabelExample[];
}

export function modelExamples(logs: readonly LabelledLog[], lexicon: Lexicon): ModelExamples {
  const plain: Lexicon = { ...lexicon, eventModel: undefined, framingModel: undefined };
  const out: ModelExamples = { event: [], framing: [] };
  for (const { gold, log } of logs) {
    const readings = lexiconReadings(classifyLog(log, plain));
    readings.forEach((r, i) => {
      const g = gold.entries[i];
      if (!g) throw new Error(`${gold.file}: entry ${i} has no gold labels`);
      const features = modelFeatureNames(r, log.entries[i]!.text);
      out.event.push({ features, label: g.event });
      out.framing.push({ features, label: g.framing });
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
  return {
    ...lexicon,
    eventModel: trainLabelModel(examples.event, EVENT_TYPES, { trainedOn }),
    framingModel: trainLabelModel(examples.framing, FRAMINGS, { trainedOn }),
  };
}
