/**
 * Training examples for the framing model from labelled logs: each entry's lexicon reading (the
 * lexicon alone, without any model) and words, with its gold framing.
 */
import {
  classifyLog,
  framingFeatureNames,
  framingReadings,
  type FramingExample,
  type Framing,
  type Lexicon,
} from '../packages/core/src/logs/index.js';
import type { LabelledLog } from './logs-sets.js';

export function framingExamples(logs: readonly LabelledLog[], lexicon: Lexicon): FramingExample[] {
  const plain: Lexicon = { ...lexicon, framingModel: undefined };
  const out: FramingExample[] = [];
  for (const { gold, log } of logs) {
    const readings = framingReadings(classifyLog(log, plain));
    readings.forEach((r, i) => {
      const framing = gold.entries[i]?.framing as Framing | undefined;
      if (!framing) throw new Error(`${gold.file}: entry ${i} has no gold framing`);
      out.push({ features: framingFeatureNames(r, log.entries[i]!.text), framing });
    });
  }
  return out;
}
