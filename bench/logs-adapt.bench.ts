/**
 * Adapting the learnt models to a study's reviewed logs (`adaptLexicon`: a 5-fold
 * cross-validation at each of three penalty strengths, then the adaptation on every log), as
 * `liaison logs train` and `POST /api/analysis/adapt` run it, over 20, 50 and 100 labelled logs
 * of eval/logs (fictional, annotated by ANNOTATING-LOGS.md) standing in for a study's reviewed
 * logs. Baseline: analysing the same logs once with the current lexicon (`analyseLog`), what the
 * study's logs cost anyway; the ratio says how many such passes the adaptation costs. The request
 * runs in the server's event loop, so this is how long the Analysis page's check takes.
 */
import {
  adaptLexicon,
  analyseLog,
  DEFAULT_LEXICON,
  type ReviewedLog,
} from '../packages/core/src/logs/index.js';
import { asReviewed, LOG_SETS, MODEL_HELD_OUT, readSet } from '../scripts/logs-sets.js';
import { peakRssMb, report, time } from './lib/measure.js';

const SIZES = [20, 50, 100];
const all: ReviewedLog[] = asReviewed(
  LOG_SETS.filter((s) => !MODEL_HELD_OUT.includes(s)).flatMap((s) => readSet(s) ?? []),
);

for (const size of SIZES) {
  const logs = all.slice(0, size);
  const entries = logs.reduce((n, l) => n + l.gold.length, 0);
  const once = await time(() => logs.forEach((l) => analyseLog(l.log, DEFAULT_LEXICON)), 5, 1);
  const adapt = await time(
    () => adaptLexicon(logs, { lexicon: DEFAULT_LEXICON, number: 0 }, { folds: 5 }),
    3,
    1,
  );
  report(`logs adapt ${size} reviewed logs (${entries} entries), 5 folds x 3 strengths`, adapt, {
    name: `analysing them once (${once.medianMs.toFixed(1)} ms)`,
    ms: once.medianMs,
  });
}
console.log(`logs adapt: peak RSS ${peakRssMb().toFixed(0)} MB`);
