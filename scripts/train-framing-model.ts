/**
 * `npx tsx scripts/train-framing-model.ts`: trains the default framing model (framing-model.ts)
 * on every labelled log set and writes packages/core/src/logs/default-framing-model.ts. Run it
 * after the lexicon's rules change (the model reads the lexicon's decisions) or a set is added,
 * and bump the lexicon version. `--without <set>` leaves a set out.
 */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import {
  DEFAULT_LEXICON,
  trainFramingModel,
  type FramingModel,
} from '../packages/core/src/logs/index.js';
import { framingExamples } from './framing-examples.js';
import { LOG_SETS, readSet } from './logs-sets.js';

const OUT = 'packages/core/src/logs/default-framing-model.ts';

const without = process.argv.flatMap((a, i, all) => (all[i - 1] === '--without' ? [a] : []));
const sets = LOG_SETS.filter((s) => !without.includes(s));
const logs = sets.flatMap((s) => readSet(s) ?? []);
const examples = framingExamples(logs, DEFAULT_LEXICON);
const model = trainFramingModel(examples, {
  trainedOn: `${examples.length} entries of ${logs.length} labelled logs (eval/logs: ${sets.join(', ')})`,
});

function source(m: FramingModel): string {
  return `/**
 * The default framing model, trained by scripts/train-framing-model.ts on ${m.trainedOn}.
 * Generated: do not edit by hand; retrain instead.
 */
import type { FramingModel } from './framing-model.js';

export const DEFAULT_FRAMING_MODEL: FramingModel = ${JSON.stringify(m)};
`;
}

writeFileSync(
  OUT,
  await format(source(model), {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 100,
    trailingComma: 'all',
  }),
);
console.log(
  `${OUT}: ${Object.keys(model.weights).length} weighted features from ${examples.length} entries`,
);
