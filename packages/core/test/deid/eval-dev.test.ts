/**
 * The labelled development set (../shared/deid/eval_dev.jsonl) as a regression guard for issue
 * 4's targets. The held-out set that checks generalisation is not in this repository.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '../../src/deid/index.js';
import { loadDevSet } from '../../../../scripts/deid-eval/datasets.js';
import { emptyScore, scoreDoc, total } from '../../../../scripts/deid-eval/scoring.js';

const DEV = resolve(import.meta.dirname, '../../../../../shared/deid/eval_dev.jsonl');

describe('eval_dev.jsonl', () => {
  it('meets the issue 4 targets for names, precision and hard negatives', () => {
    const score = emptyScore();
    for (const doc of loadDevSet(DEV)) scoreDoc(score, doc, detectIdentifiers(doc.text));
    const person = total(score, new Set(['PERSON']));
    const all = total(score);
    expect(person.recalled / person.gold).toBeGreaterThanOrEqual(0.9);
    expect(all.correct / all.predicted).toBeGreaterThanOrEqual(0.9);
    expect(score.hardNegativesHit / score.hardNegatives).toBeLessThanOrEqual(0.05);
  });
});
