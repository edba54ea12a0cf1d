/**
 * `npm run eval:logs`: scores the default log analysis against the labelled sets in eval/logs/dev,
 * holdout, fresh, fresh2 … fresh28 (labels.json in each, annotated by ANNOTATING-LOGS.md).
 * Metrics follow issue 3: event macro-F1, agency F1 (micro over entry × agency pairs), framing
 * accuracy, turning-point precision/recall/F1 (±1 entry), type accuracy over matched points,
 * continuum exact and within-one accuracy. `--verbose` lists disagreements (labels only, never
 * log text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Direct module imports keep the evaluation independent of unrelated parts of core.
import {
  analyseLog,
  DEFAULT_LEXICON,
  type Lexicon,
  lexiconTrainedOn,
  type LogAnalysis,
} from '../packages/core/src/logs/index.js';
import { scoreSet, type Scores } from './eval-logs-score.js';
import { LOG_SETS, MODEL_HELD_OUT, asReviewed, readLogFile, readSet, setDir } from './logs-sets.js';

const TARGETS: Record<string, number> = {
  eventMacroF1: 0.85,
  agencyF1: 0.9,
  framingAccuracy: 0.85,
  turningPointF1: 0.8,
  continuumExact: 0.7,
  continuumWithinOne: 0.95,
};

function analyseFile(path: string): LogAnalysis {
  return analyseLog(readLogFile(path));
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

function runSet(set: string, verbose: boolean, lexicon: Lexicon, label = setDir(set)): void {
  const logs = readSet(set);
  if (!logs) return void console.log(`\n${setDir(set)}: no labels.json yet`);
  const predicted = logs.map(({ log }) => analyseLog(log, lexicon));
  const scores = scoreSet(
    logs.map((l) => l.gold),
    predicted,
  );
  printScores(label, scores);
  if (verbose) for (const line of scores.disagreements) console.log(`    ${line}`);
}

/**
 * The default event and framing models are trained on every labelled set, so scores on those
 * sets are training scores. `--cross-validate` gives each set the score of a model trained on all the
 * other sets (leave one set out): what the model does on logs it has not seen.
 */
function lexiconWithout(set: string): Lexicon {
  const others = LOG_SETS.filter((s) => s !== set && !MODEL_HELD_OUT.includes(s)).flatMap(
    (s) => readSet(s) ?? [],
  );
  return lexiconTrainedOn(asReviewed(others), DEFAULT_LEXICON);
}

const verbose = process.argv.includes('--verbose');
const crossValidate = process.argv.includes('--cross-validate');
const only = process.argv.find((a) => LOG_SETS.includes(a));
for (const set of only ? [only] : LOG_SETS) {
  if (MODEL_HELD_OUT.includes(set))
    runSet(set, verbose, DEFAULT_LEXICON, `${setDir(set)} (held out: models never trained on it)`);
  else if (crossValidate)
    runSet(set, verbose, lexiconWithout(set), `${setDir(set)} (models trained without it)`);
  else runSet(set, verbose, DEFAULT_LEXICON);
}

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
