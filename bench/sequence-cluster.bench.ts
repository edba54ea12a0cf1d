/**
 * Ward clustering (R's hclust ward.D2) on TraMineR's OM-TRATE matrix for mvad (712 sequences,
 * ../shared/seq), against R 4.2.2's `hclust` time on the same kind of machine (README §5: median
 * 8 ms); then on mvad4x (2,848 sequences, HAM distances computed here), whose baseline is the
 * 712 median scaled by (2848/712)², the growth of the pair count. Also `cutree` + silhouette.
 * Run: `npx tsx bench/sequence-cluster.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  condensedFromRows,
  cutTree,
  expandDistances,
  readWideSequences,
  sequenceDistances,
  silhouette,
  wardD2,
  type CondensedDistances,
} from '@liaison/core';
import { peakRssMb, report, time } from './lib/measure.js';

const SEQ_DIR = join(import.meta.dirname, '../../shared/seq');
const R_HCLUST_712_MS = 8;

function referenceMatrix(): CondensedDistances {
  const text = gunzipSync(readFileSync(join(SEQ_DIR, 'dist_om_trate_indel1.csv.gz'))).toString();
  const rows = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(1).map(Number));
  return condensedFromRows(rows);
}

function mvad4xHamming(): CondensedDistances {
  const outcome = readWideSequences(readFileSync(join(SEQ_DIR, 'mvad4x.csv'), 'utf8'), 'mvad4x', {
    cols: [4, 73],
  });
  if (!outcome.ok) throw new Error('mvad4x.csv unreadable');
  return expandDistances(sequenceDistances(outcome.structure, { method: 'HAM' }));
}

const small = referenceMatrix();
const ward712 = await time(() => wardD2(small), 7, 2);
report('ward.D2 712 (mvad OM-TRATE)', ward712, { name: 'R hclust', ms: R_HCLUST_712_MS });
const tree = wardD2(small);
const cut = await time(() => silhouette(small, cutTree(tree, 4)), 7, 2);
report('cutree + silhouette 712', cut, { name: 'ward.D2 712', ms: ward712.medianMs });

const large = mvad4xHamming();
const ward2848 = await time(() => wardD2(large), 3, 1);
report('ward.D2 2848 (mvad4x HAM)', ward2848, {
  name: 'ward 712 × 16',
  ms: ward712.medianMs * 16,
});
console.log(`peak RSS ${peakRssMb().toFixed(0)} MB`);
