/**
 * `npm run eval:logs`: scores the default log analysis against the labelled sets in eval/logs/dev,
 * holdout, fresh, fresh2 … fresh15 (labels.json in each, annotated by ANNOTATING-LOGS.md).
 * Metrics follow issue 3: event macro-F1, agency F1 (micro over entry × agency pairs), framing
 * accuracy, turning-point precision/recall/F1 (±1 entry), type accuracy over matched points,
 * continuum exact and within-one accuracy. `--verbose` lists disagreements (labels only, never
 * log text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Direct module imports keep the evaluation independent of unrelated parts of core.
import { analyseLog, type LogAnalysis } from '../packages/core/src/logs/index.js';
import {
  decodeText,
  parsePoliceLogCsv,
  parsePoliceLogText,
} from '../packages/core/src/sources/index.js';
import { scoreSet, type GoldLog, type Scores } from './eval-logs-score.js';

const TARGETS: Record<string, number> = {
  eventMacroF1: 0.85,
  agencyF1: 0.9,
  framingAccuracy: 0.85,
  turningPointF1: 0.8,
  continuumExact: 0.7,
  continuumWithinOne: 0.95,
};

function analyseFile(path: string): LogAnalysis {
  const decoded = decodeText(new Uint8Array(readFileSync(path)), path);
  if (!decoded.ok) throw new Error(`${path}: cannot decode`);
  const parsed = /\.csv$/i.test(path)
    ? parsePoliceLogCsv(decoded.text, path)
    : parsePoliceLogText(decoded.text, path);
  if (!parsed.ok) throw new Error(`${path}: cannot parse`);
  return analyseLog(parsed.structure);
}

function printScores(name: string, s: Scores): void {
  console.log(`\n${name}: ${s.logs} logs, ${s.entries} entries`);
  for (const [key, value] of Object.entries(s.metrics)) {
    const target = TARGETS[key];
    const mark =
      target === undefined
        ? ''
        : value >= target
          ? `  (target ${target}: met)`
          : `  (target ${target}: MISSED)`;
    console.log(`  ${key.padEnd(22)} ${value.toFixed(3)}${mark}`);
  }
}

function runSet(dir: string, verbose: boolean): void {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) {
    console.log(`\n${dir}: no labels.json yet`);
    return;
  }
  const gold = JSON.parse(readFileSync(labelsPath, 'utf8')) as GoldLog[];
  const predicted = gold.map((g) => analyseFile(join(dir, g.file)));
  const scores = scoreSet(gold, predicted);
  printScores(dir, scores);
  if (verbose) for (const line of scores.disagreements) console.log(`    ${line}`);
}

const verbose = process.argv.includes('--verbose');
const SETS = [
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
];
const only = process.argv.find((a) => SETS.includes(a));
for (const set of only ? [only] : SETS) runSet(join('eval', 'logs', set), verbose);

/**
 * The demo study's INDEX.md files give each demo log's intended continuum level: a second,
 * independent check of continuum placement on logs written by another hand.
 */
function demoContinuum(): void {
  let exact = 0;
  let near = 0;
  let n = 0;
  for (const site of ['easthaven', 'northmoor']) {
    const dir = join('examples', 'demo-study', 'logs', site);
    if (!existsSync(join(dir, 'INDEX.md'))) continue;
    for (const [file, gold] of indexRows(readFileSync(join(dir, 'INDEX.md'), 'utf8'))) {
      const level = analyseFile(join(dir, file)).continuum.level;
      n++;
      if (level === gold) exact++;
      if (Math.abs(level - gold) <= 1) near++;
    }
  }
  if (n === 0) return;
  console.log(`\ndemo study continuum (INDEX.md): ${n} logs`);
  console.log(`  ${'continuumExact'.padEnd(22)} ${(exact / n).toFixed(3)}`);
  console.log(`  ${'continuumWithinOne'.padEnd(22)} ${(near / n).toFixed(3)}`);
}

/** `| file | synopsis | level |` table rows. */
function indexRows(markdown: string): [string, number][] {
  return markdown
    .split('\n')
    .map((line) => line.split('|').map((c) => c.trim()))
    .filter((cells) => /\.(txt|csv)$/.test(cells[1] ?? '') && /^\d$/.test(cells[3] ?? ''))
    .map((cells) => [cells[1] as string, Number(cells[3])]);
}

if (!only) demoContinuum();
