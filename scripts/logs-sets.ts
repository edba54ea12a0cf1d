/**
 * The labelled log sets under eval/logs (each a folder with labels.json, annotated by
 * ANNOTATING-LOGS.md) and how to read one: shared by `npm run eval:logs` and the framing model's
 * training script, so both read the same files the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewedLog } from '../packages/core/src/logs/index.js';
import type { LogStructure } from '../packages/core/src/model/source.js';
import {
  decodeText,
  parsePoliceLogCsv,
  parsePoliceLogText,
} from '../packages/core/src/sources/index.js';
import type { GoldLog } from './eval-logs-score.js';

/** Every labelled set, in the order they were written. */
export const LOG_SETS = [
  'dev',
  'holdout',
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh8',
  'fresh9',
  'fresh10',
  'fresh11',
  'fresh12',
  'fresh13',
  'fresh14',
  'fresh15',
  'fresh16',
  'fresh17',
  'fresh18',
  'fresh19',
  'fresh20',
  'fresh21',
  'fresh22',
  'fresh23',
  'fresh24',
  'fresh25',
  'fresh26',
  'fresh27',
  'fresh28',
  'fresh29',
  'fresh30',
  'fresh31',
  'fresh32',
  'fresh33',
  'fresh34',
  'fresh35',
];

/**
 * Sets the learnt models are never trained on (scripts/train-label-models.ts), so that they stay
 * an unseen check of the models. A set leaves this list once it has been scored at first sight and
 * the models are retrained with it (docs/log-analysis.md, lexicon 1.18.0 to 1.34.0): fresh16 to
 * fresh21 in the eighteenth session, fresh22 to fresh24 in the nineteenth, fresh25 and fresh26 in
 * the twentieth, fresh27 and fresh28 in the twenty-first, fresh29 (written code-blind in the
 * twenty-first, scored at first sight with 1.26.0) and fresh30 (written code-blind in the
 * twenty-second, scored there at first sight with 1.27.0) in the twenty-second, fresh31
 * (written code-blind in the twenty-second, scored at first sight with 1.29.0) in the
 * twenty-third, fresh32 (written code-blind in the twenty-third, scored at first sight with
 * 1.30.0) in the twenty-fourth, and fresh33 (written code-blind in the twenty-fourth, scored at
 * first sight with 1.31.0) in the twenty-fifth, fresh34 (written code-blind in the
 * twenty-fifth, scored at first sight with 1.32.0) in the twenty-sixth, and fresh35 (written
 * code-blind in the twenty-sixth, scored at first sight with 1.33.0) in the twenty-seventh.
 * fresh36 was written code-blind in the twenty-seventh session for the next one's first sight (it
 * joins LOG_SETS then).
 */
export const MODEL_HELD_OUT: string[] = ['fresh36'];

export const setDir = (set: string) => join('eval', 'logs', set);

/** A log file parsed into entries; throws naming the file when it cannot be read. */
export function readLogFile(path: string): LogStructure {
  const decoded = decodeText(new Uint8Array(readFileSync(path)), path);
  if (!decoded.ok) throw new Error(`${path}: cannot decode`);
  const parsed = /\.csv$/i.test(path)
    ? parsePoliceLogCsv(decoded.text, path)
    : parsePoliceLogText(decoded.text, path);
  if (!parsed.ok) throw new Error(`${path}: cannot parse`);
  return parsed.structure;
}

export interface LabelledLog {
  gold: GoldLog;
  log: LogStructure;
}

/** A set's logs with their gold labels, or null when the folder has no labels.json. */
export function readSet(set: string): LabelledLog[] | null {
  const dir = setDir(set);
  const labels = join(dir, 'labels.json');
  if (!existsSync(labels)) return null;
  const gold = JSON.parse(readFileSync(labels, 'utf8')) as GoldLog[];
  return gold.map((g) => ({ gold: g, log: readLogFile(join(dir, g.file)) }));
}

/** Labelled logs as core's training takes them: each log with its entries' gold labels. */
export const asReviewed = (logs: readonly LabelledLog[]): ReviewedLog[] =>
  logs.map(({ gold, log }) => ({ log, gold: gold.entries }));
