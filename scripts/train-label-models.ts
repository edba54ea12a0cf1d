/**
 * `npx tsx scripts/train-label-models.ts`: trains the default event, framing and agency models
 * (label-model.ts) on every labelled log set and writes
 * packages/core/src/logs/default-label-models.ts. Run it after the lexicon's rules change (the
 * models read the lexicon's decisions) or a set is added, and bump the lexicon version.
 * `--without <set>` leaves a set out; the sets of MODEL_HELD_OUT are always left out.
 */
import { writeFileSync } from 'node:fs';
import {
  DEFAULT_LEXICON,
  lexiconTrainedOn,
  type LabelModel,
} from '../packages/core/src/logs/index.js';
import { LOG_SETS, MODEL_HELD_OUT, asReviewed, readSet } from './logs-sets.js';

const OUT = 'packages/core/src/logs/default-label-models.ts';

const without = process.argv.flatMap((a, i, all) => (all[i - 1] === '--without' ? [a] : []));
const sets = LOG_SETS.filter((s) => !without.includes(s) && !MODEL_HELD_OUT.includes(s));
const logs = sets.flatMap((s) => readSet(s) ?? []);
const entries = logs.reduce((n, l) => n + l.log.entries.length, 0);
const trainedOn = `${entries} entries of ${logs.length} labelled logs (eval/logs: ${sets.join(', ')})`;
const { eventModel, framingModel, agencyModels } = lexiconTrainedOn(
  asReviewed(logs),
  DEFAULT_LEXICON,
  { trainedOn },
);

/** A model as TypeScript, one weighted feature a line: prettier would put each number on its own. */
function modelLines(m: LabelModel): string[] {
  const weights = Object.entries(m.weights).map(
    ([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)},`,
  );
  return [
    `  labels: ${JSON.stringify(m.labels)},`,
    `  bias: ${JSON.stringify(m.bias)},`,
    `  trainedOn: ${JSON.stringify(m.trainedOn)},`,
    '  weights: {',
    ...weights,
    '  },',
  ];
}

function modelSource(name: string, m: LabelModel): string {
  return [`export const ${name}: LabelModel = {`, ...modelLines(m), '};'].join('\n');
}

/** The agency models as one record, each model's lines indented under its agency. */
function agencySource(models: Record<string, LabelModel>): string {
  const entries = Object.entries(models).flatMap(([agency, m]) => [
    `  ${agency}: {`,
    ...modelLines(m).map((line) => `  ${line}`),
    '  },',
  ]);
  return [
    'export const DEFAULT_AGENCY_MODELS: Record<string, LabelModel> = {',
    ...entries,
    '};',
  ].join('\n');
}

const header = `/**
 * The default event, framing and agency models, trained by scripts/train-label-models.ts on
 * ${trainedOn}.
 * Generated (and left out of prettier, .prettierignore): do not edit by hand; retrain instead.
 */
import type { LabelModel } from './label-model.js';
`;

writeFileSync(
  OUT,
  [
    header,
    modelSource('DEFAULT_EVENT_MODEL', eventModel!),
    '',
    modelSource('DEFAULT_FRAMING_MODEL', framingModel!),
    '',
    agencySource(agencyModels!),
    '',
  ].join('\n'),
);
const size = (m: LabelModel) => Object.keys(m.weights).length;
console.log(
  `${OUT}: ${size(eventModel!)} event and ${size(framingModel!)} framing features from ${entries} entries`,
);
