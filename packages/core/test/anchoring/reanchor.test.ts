import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../src/index.js';
import {
  MIN_ANCHOR_SCORE,
  anchorFromResult,
  describeAnchor,
  reanchor,
  reanchorAll,
} from '../../src/index.js';
import { expectWellFormed } from './well-formed.js';

const LOG = [
  '09:14 Call from Ms Ẅinter (fictional) reporting her neighbour shouting in the stairwell.',
  '09:31 Officers attended. Male calm, says he has not slept for days. Crisis team informed.',
  '10:02 Crisis team unable to attend before 14:00. Officers remain on scene.',
  '10:45 Łucja from the crisis team called back: bed found at Straße 12 unit.',
  '11:20 No further action for police. Handed over to ambulance crew 🚑 at 11:18.',
].join('\r\n');

/** Anchor for the `n`-th occurrence (0-based) of `quote` in `text`. */
function anchorOf(text: string, quote: string, n = 0): Anchor {
  let at = text.indexOf(quote);
  for (let i = 0; i < n; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`test setup: ${JSON.stringify(quote)} not in text`);
  return describeAnchor(text, at, at + quote.length);
}

function foundText(text: string, r: { startUtf16: number | null; endUtf16: number | null }) {
  return r.startUtf16 === null ? null : text.slice(r.startUtf16, r.endUtf16 ?? undefined);
}

describe('reanchor: position and exact search', () => {
  it('finds an unchanged text at the stored position, score 1', () => {
    const anchor = anchorOf(LOG, 'Crisis team informed.');
    const r = reanchor(anchor, LOG);
    expect(r).toEqual({
      status: 'exact',
      score: 1,
      startUtf16: anchor.position.startUtf16,
      endUtf16: anchor.position.endUtf16,
      method: 'position',
    });
  });

  it('follows text moved by an insertion before it, score 1', () => {
    const anchor = anchorOf(LOG, 'Officers remain on scene.');
    const inserted = 'Log exported 2024-05-02.\r\n';
    const r = reanchor(anchor, inserted + LOG);
    expect(r).toMatchObject({ status: 'exact', score: 1, method: 'exact_search' });
    expect(r.startUtf16).toBe(anchor.position.startUtf16 + inserted.length);
  });

  it('scores a moved quote below 1 when its context changed, and stays exact', () => {
    const anchor = anchorOf(LOG, 'bed found at Straße 12 unit');
    const edited = LOG.replace('crisis team called back: ', 'crisis team rang: ');
    const r = reanchor(anchor, edited);
    expect(r.status).toBe('exact');
    expect(r.score).toBeLessThan(1);
    expect(r.score).toBeGreaterThan(MIN_ANCHOR_SCORE);
    expect(foundText(edited, r)).toBe('bed found at Straße 12 unit');
  });

  it('tells two copies of a quote apart by their context', () => {
    const text = 'P1: I rang them. Nobody came.\r\nP2: We waited. Nobody came.\r\nP1: Right.';
    const second = anchorOf(text, 'Nobody came.', 1);
    const edited = 'Header line.\r\n' + text;
    const r = reanchor(second, edited);
    expect(r.startUtf16).toBe(edited.lastIndexOf('Nobody came.'));
    const first = reanchor(anchorOf(text, 'Nobody came.', 0), edited);
    expect(first.startUtf16).toBe(edited.indexOf('Nobody came.'));
  });

  it('does not stick to another copy that an edit moved into its old place', () => {
    const anchor = anchorOf('A: yes. B: no.', 'yes');
    const edited = 'B: yes, said C. A: yes. B: no.';
    expect(edited.slice(3, 6)).toBe('yes');
    expect(reanchor(anchor, edited)).toMatchObject({ status: 'exact', score: 1, startUtf16: 19 });
  });

  it('prefers the copy nearest the expected position when contexts are identical', () => {
    const block = 'Officers attended. No further action. ';
    const text = block.repeat(6);
    const anchor = anchorOf(text, 'No further action.', 4);
    const r = reanchor(anchor, 'Shift 2. ' + text);
    expect(r.startUtf16).toBe(anchor.position.startUtf16 + 'Shift 2. '.length);
  });

  it('handles an edit that converts CRLF line ends to LF', () => {
    const lf = LOG.replace(/\r\n/g, '\n');
    const oneLine = reanchor(anchorOf(LOG, 'Officers remain on scene.'), lf);
    expect(oneLine.status).toBe('exact');
    const acrossLines = anchorOf(LOG, 'Officers remain on scene.\r\n10:45 Łucja');
    const r = reanchor(acrossLines, lf);
    expect(r.status).toBe('fuzzy');
    expect(foundText(lf, r)).toBe('Officers remain on scene.\n10:45 Łucja');
  });

  it('finds quotes with emoji and accented letters after a shift', () => {
    const anchor = anchorOf(LOG, 'Handed over to ambulance crew 🚑 at 11:18.');
    const edited = '😀é\r\n' + LOG;
    const r = reanchor(anchor, edited);
    expect(r).toMatchObject({ status: 'exact', score: 1 });
    expect(foundText(edited, r)).toBe('Handed over to ambulance crew 🚑 at 11:18.');
  });
});

describe('reanchor: fuzzy search and orphans', () => {
  it('finds a quote after typo corrections as fuzzy, covering the corrected text', () => {
    const anchor = anchorOf(LOG, 'Male calm, says he has not slept for days.');
    const edited = LOG.replace('Male calm, says he has not', 'Male calm; says he hasn’t');
    const r = reanchor(anchor, edited);
    expect(r.status).toBe('fuzzy');
    expect(r.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
    expect(r.score).toBeLessThan(1);
    expect(foundText(edited, r)).toBe('Male calm; says he hasn’t slept for days.');
  });

  it('finds a quote when an emoji inside it was replaced by another', () => {
    const anchor = anchorOf(LOG, 'ambulance crew 🚑 at 11:18');
    const edited = LOG.replace('🚑', '🚓');
    const r = reanchor(anchor, edited);
    expect(r.status).toBe('fuzzy');
    expect(foundText(edited, r)).toBe('ambulance crew 🚓 at 11:18');
    expectWellFormed(r, anchor, edited);
  });

  it('keeps a replaced emoji whole at the edge of a fuzzy match', () => {
    // 😀 is D83D DE00 and 𝔄 is D835 DD04: the match could otherwise start on a low surrogate.
    const text = LOG.replace('Crisis team informed.', '😀 Crisis team informed.');
    const anchor = anchorOf(text, '😀 Crisis team informed.');
    const edited = text.replace('😀', '𝔄');
    const r = reanchor(anchor, edited);
    expectWellFormed(r, anchor, edited);
    expect(foundText(edited, r)).toBe('𝔄 Crisis team informed.');
  });

  it('orphans a coding whose text was deleted', () => {
    const anchor = anchorOf(LOG, 'Crisis team unable to attend before 14:00.');
    const edited = LOG.replace('Crisis team unable to attend before 14:00. ', '');
    expect(reanchor(anchor, edited)).toEqual({
      status: 'orphaned',
      score: 0,
      startUtf16: null,
      endUtf16: null,
      method: 'none',
    });
  });

  it('orphans a deleted short quote instead of moving it to another copy elsewhere', () => {
    const text =
      'P1: Did they come? P2: yes, at noon.\r\nP1: And the nurse? P2: yes, later that day.';
    const anchor = anchorOf(text, 'yes', 1);
    const edited = text.replace('P2: yes, later that day.', 'P2: She rang instead.');
    expect(reanchor(anchor, edited).status).toBe('orphaned');
  });

  it('orphans a quote rewritten beyond half its length', () => {
    const anchor = anchorOf(LOG, 'Officers remain on scene.');
    const edited = LOG.replace('Officers remain on scene.', 'Patrol left to attend RTC.');
    expect(reanchor(anchor, edited).status).toBe('orphaned');
  });

  it('keeps a long verbatim quote exact even when both sides of its context changed', () => {
    const anchor = anchorOf(LOG, 'Male calm, says he has not slept for days.');
    const edited = LOG.replace(
      '09:31 Officers attended. Male calm, says he has not slept for days. Crisis team informed.',
      'Update from PC 4471 (fictional): Male calm, says he has not slept for days. Then he left.',
    );
    const r = reanchor(anchor, edited);
    expect(r.status).toBe('exact');
    expect(r.score).toBeLessThan(MIN_ANCHOR_SCORE);
  });

  it('never throws on stored positions that no longer fit the text', () => {
    const anchor = anchorOf(LOG, 'No further action for police.');
    const corrupt = { ...anchor, position: { ...anchor.position, startUtf16: NaN, endUtf16: 1e9 } };
    const r = reanchor(corrupt, LOG);
    expect(foundText(LOG, r)).toBe('No further action for police.');
    expect(reanchor(anchor, '')).toMatchObject({ status: 'orphaned' });
  });
});

describe('reanchor: zero-length codings (position and context only)', () => {
  const at = LOG.indexOf('10:02');
  const point = describeAnchor(LOG, at, at);

  it('stays at its position, then follows its context when moved', () => {
    expect(reanchor(point, LOG)).toMatchObject({ status: 'exact', method: 'position', score: 1 });
    const r = reanchor(point, 'New first line.\r\n' + LOG);
    expect(r).toMatchObject({ status: 'exact', score: 1, startUtf16: at + 17, endUtf16: at + 17 });
  });

  it('is found fuzzily after a small edit in its context, orphaned when the context is gone', () => {
    const edited = LOG.replace('Crisis team informed.', 'Crisis team told.');
    const r = reanchor(point, edited);
    expect(r.status).toBe('fuzzy');
    expect(r.startUtf16).toBe(edited.indexOf('10:02'));
    const gone = LOG.slice(0, at - 40) + LOG.slice(at + 40);
    expect(reanchor(point, gone).status).toBe('orphaned');
  });
});

describe('reanchorAll', () => {
  const quotes = [
    'Officers attended.',
    'Crisis team informed.',
    'Łucja from the crisis team',
    'ambulance crew 🚑',
  ];
  const anchors = quotes.map((q) => anchorOf(LOG, q));

  it('returns one result per anchor, in input order, after a shift', () => {
    const edited = 'Exported.\r\n' + LOG;
    const results = reanchorAll([...anchors].reverse(), edited);
    expect(results.map((r) => foundText(edited, r))).toEqual([...quotes].reverse());
    expect(results.every((r) => r.status === 'exact' && r.score === 1)).toBe(true);
  });

  it('agrees with reanchor one by one when each expects the stored position', () => {
    const edited = LOG.replace('not slept', 'not really slept').replace('🚑', '🚒');
    const all = reanchorAll(anchors, edited);
    expect(all).toEqual(anchors.map((a) => reanchor(a, edited)));
    expect(all.map((r) => r.status)).toEqual(['exact', 'exact', 'exact', 'fuzzy']);
  });

  it('returns an empty list for no anchors', () => {
    expect(reanchorAll([], LOG)).toEqual([]);
  });
});

describe('anchorFromResult', () => {
  it('describes the found span in the new text and leaves the original untouched', () => {
    const anchor = anchorOf(LOG, 'Officers remain on scene.');
    const before = structuredClone(anchor);
    const edited = 'Exported.\r\n' + LOG;
    const fresh = anchorFromResult(reanchor(anchor, edited), edited);
    expect(fresh?.quote.exact).toBe('Officers remain on scene.');
    expect(fresh?.position.startUtf16).toBe(anchor.position.startUtf16 + 11);
    expect(anchor).toEqual(before);
  });

  it('returns null for an orphaned result', () => {
    const anchor = anchorOf(LOG, 'Officers remain on scene.');
    expect(anchorFromResult(reanchor(anchor, 'unrelated'), 'unrelated')).toBeNull();
  });
});
