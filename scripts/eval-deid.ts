/**
 * `npm run eval:deid`: scores `detectIdentifiers` on ../shared/deid/eval_dev.jsonl and
 * ../shared/deid/presidio_uk_cases.jsonl and prints, per type and overall, precision, recall
 * (any overlap), typed exact recall and the share of hard negatives tagged. Targets (issue 4):
 * structured identifiers recall >= 0.99, PERSON recall >= 0.9, overall precision >= 0.9, hard
 * negatives <= 5%. Prints counts and metrics only; `--verbose` adds every miss and false positive
 * with its text (the sets are fictional or public test data); naming sets (`dev presidio fresh
 * fresh2` … `fresh37`) scores only those. Also scores the held-out sets eval/deid/fresh.jsonl and
 * fresh2.jsonl to fresh37.jsonl (templates the detector was not written against;
 * eval/deid/README.md).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectIdentifiers, type EntityType } from '@liaison/core';
import { loadDevSet, loadFreshSet, loadPresidioCases, type EvalDoc } from './deid-eval/datasets.js';
import { withoutGuideExclusions } from './deid-eval/guide-exclusions.js';
import { emptyScore, scoreDoc, total, type Score, type TypeCounts } from './deid-eval/scoring.js';
import { errorLines } from './deid-eval/verbose.js';

const SHARED = resolve(import.meta.dirname, '../../shared/deid');
const FRESH = resolve(import.meta.dirname, '../eval/deid/fresh.jsonl');
/** Later held-out sets, scored when present (eval/deid/README.md). */
const LATER_SETS = [
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
  'fresh36',
  'fresh37',
];
const TEXT_TYPES = new Set<EntityType>(['PERSON', 'ADDRESS', 'LOCATION', 'ORGANISATION']);
const VERBOSE = process.argv.includes('--verbose');

const ratio = (n: number, d: number) => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));

function row(label: string, c: TypeCounts): string {
  return (
    `${label.padEnd(14)} gold ${String(c.gold).padStart(4)}  recall ${ratio(c.recalled, c.gold)}` +
    `  exact ${ratio(c.exact, c.gold)}  pred ${String(c.predicted).padStart(4)}` +
    `  precision ${ratio(c.correct, c.predicted)}`
  );
}

function evaluate(docs: EvalDoc[], verbose = VERBOSE): Score {
  const score = emptyScore();
  for (const doc of docs) {
    const predictions = detectIdentifiers(doc.text);
    scoreDoc(score, doc, predictions);
    if (!verbose) continue;
    const scored = predictions.filter((p) => !doc.scoredTypes || doc.scoredTypes.includes(p.type));
    for (const line of errorLines(doc, scored)) console.log(line);
  }
  return score;
}

/**
 * Presidio labels dates the annotation guide leaves out (partial dates, timestamps at an entry
 * start or in a CSV cell): recall is printed again without those gold spans, so the share of
 * the DATE miss that is policy is plain.
 */
function printGuideView(docs: EvalDoc[]): void {
  const { docs: kept, removed } = withoutGuideExclusions(docs);
  const why = [...removed].map(([kind, n]) => `${n} ${kind}`).join(', ');
  console.log(`-- without gold spans ANNOTATION.md excludes (${why || 'none'}):`);
  const score = evaluate(kept, false);
  const date = total(score, new Set<EntityType>(['DATE']));
  const structured = new Set([...score.byType.keys()].filter((t) => !TEXT_TYPES.has(t)));
  console.log(row('DATE (guide)', date));
  console.log(row('STRUCT (guide)', total(score, structured)));
  console.log(row('OVERALL (guide)', total(score)));
}

function print(name: string, score: Score): void {
  console.log(`\n== ${name}`);
  for (const [type, c] of [...score.byType].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(row(type, c));
  }
  const structured = new Set([...score.byType.keys()].filter((t) => !TEXT_TYPES.has(t)));
  console.log(row('STRUCTURED', total(score, structured)));
  console.log(row('OVERALL', total(score)));
  const { hardNegatives: n, hardNegativesHit: hit } = score;
  console.log(`hard negatives tagged: ${hit}/${n} (${ratio(hit, n).trim()})`);
}

/** Set names given on the command line (`dev`, `presidio`, `fresh`, `fresh2` …); none = all. */
const CHOSEN = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wanted = (name: string) => CHOSEN.length === 0 || CHOSEN.includes(name);

function main(): void {
  const dev = resolve(SHARED, 'eval_dev.jsonl');
  const presidio = resolve(SHARED, 'presidio_uk_cases.jsonl');
  if (!existsSync(dev) || !existsSync(presidio)) {
    console.error(`eval:deid needs ${dev} and ${presidio}; check out ../shared next to the repo.`);
    process.exit(1);
  }
  if (wanted('dev')) print('eval_dev.jsonl', evaluate(loadDevSet(dev)));
  if (wanted('presidio')) {
    const cases = loadPresidioCases(presidio);
    print('presidio_uk_cases.jsonl (mapped types)', evaluate(cases));
    printGuideView(cases);
  }
  if (wanted('fresh')) print('fresh (eval/deid/fresh.jsonl)', evaluate(loadFreshSet(FRESH)));
  for (const name of LATER_SETS) {
    const path = resolve(import.meta.dirname, `../eval/deid/${name}.jsonl`);
    if (wanted(name) && existsSync(path)) {
      print(`${name} (eval/deid/${name}.jsonl)`, evaluate(loadFreshSet(path)));
    }
  }
}

main();
