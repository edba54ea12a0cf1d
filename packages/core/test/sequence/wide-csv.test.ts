/**
 * TraMineR's wide format: mvad as `seqdef(mvad, 17:86)` sees it, void and missing cells as
 * `seqdef`'s defaults treat them, and a diagnostic with line and column for each bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseColumnRange, readWideSequences, sequenceAt } from '../../src/index.js';
import { SEQ_DIR } from './reference-data.js';

const read = (text: string, options = {}) => readWideSequences(text, 'seqs.csv', options);

function structureOf(text: string, options = {}) {
  const outcome = read(text, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.structure;
}

const statesOf = (text: string, options = {}) => {
  const set = structureOf(text, options);
  return set.ids.map((_, i) => [...sequenceAt(set, i)].map((s) => set.alphabet[s]).join('-'));
};

describe('readWideSequences on mvad', () => {
  const mvad = readFileSync(join(SEQ_DIR, 'mvad.csv'), 'utf8');

  it('reads columns 17:86 as 712 sequences of 70 months over EM FE HE JL SC TR', () => {
    const set = structureOf(mvad, { cols: [17, 86] });
    expect(set.ids).toHaveLength(712);
    expect(set.ids.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(set.width).toBe(70);
    expect(set.alphabet).toEqual(['EM', 'FE', 'HE', 'JL', 'SC', 'TR']);
    expect(set.positionNames[0]).toBe('Sep.93');
    expect(set.positionNames[69]).toBe('Jun.99');
    expect([...set.lengths].every((l) => l === 70)).toBe(true);
    const distinct = new Set(set.ids.map((_, i) => sequenceAt(set, i).join()));
    expect(distinct.size).toBe(490);
  });

  it('reads the weight column as case weights', () => {
    const set = structureOf(mvad, { cols: [17, 86], weightColumn: 'weight' });
    expect(set.weights).toHaveLength(712);
    expect(set.weights?.[0]).toBeCloseTo(0.33, 10);
  });

  it('reads mvad4x (2,848 sequences after id, src_id and copy)', () => {
    const text = readFileSync(join(SEQ_DIR, 'mvad4x.csv'), 'utf8');
    const set = structureOf(text, { cols: [4, 73] });
    expect(set.ids).toHaveLength(2848);
    expect(set.width).toBe(70);
    expect(new Set(set.ids.map((_, i) => sequenceAt(set, i).join())).size).toBe(2573);
  });
});

describe('readWideSequences: layout', () => {
  it('takes every column but `id` by default, and row numbers when there is no id column', () => {
    expect(structureOf('id,t1,t2\na,X,Y\nb,Y,Y\n').ids).toEqual(['a', 'b']);
    expect(statesOf('t1,t2\nX,Y\nY,Y\n')).toEqual(['X-Y', 'Y-Y']);
    expect(structureOf('t1,t2\nX,Y\nY,Y\n').ids).toEqual(['1', '2']);
  });

  it('uses a named id column and a column range counted from 1 like R', () => {
    const set = structureOf('x,key,t1,t2\n9,a,X,Y\n', { idColumn: 'key', cols: [3, 4] });
    expect(set.ids).toEqual(['a']);
    expect(set.positionNames).toEqual(['t1', 't2']);
  });

  it('orders the alphabet by label, or as given', () => {
    expect(structureOf('t1,t2\nb,a\n').alphabet).toEqual(['a', 'b']);
    expect(structureOf('t1,t2\nb,a\n', { alphabet: ['b', 'a', 'c'] }).alphabet).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('reads quoted cells, CRLF line ends and a byte-order mark', () => {
    expect(statesOf('\ufeffid,t1,t2\r\n"1","A,B",C\r\n')).toEqual(['A,B-C']);
  });
});

describe('readWideSequences: void and missing cells', () => {
  it('ends a sequence at trailing empty, NA, * or % cells (seqdef right = "DEL")', () => {
    const set = structureOf('id,t1,t2,t3\n1,A,,\n2,A,B,NA\n3,A,%,%\n4,A,*,\n5,A,B,C\n');
    expect([...set.lengths]).toEqual([1, 2, 1, 1, 3]);
    expect(set.width).toBe(3);
  });

  it('drops positions void in every row', () => {
    const set = structureOf('id,t1,t2,t3\n1,A,B,\n2,A,,NA\n');
    expect(set.width).toBe(2);
    expect(set.positionNames).toEqual(['t1', 't2']);
  });

  it('refuses a missing state before the last state, with its line and column', () => {
    const outcome = read('id,t1,t2,t3\n1,A,B,C\n2,A,NA,C\n');
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics[0]).toMatchObject({
      code: 'seq.missing_state',
      file: 'seqs.csv',
      line: 3,
      column: 5,
    });
  });

  it('refuses a state after a void cell', () => {
    expect(read('id,t1,t2,t3\n1,A,%,C\n').diagnostics[0]).toMatchObject({
      code: 'seq.state_after_void',
      line: 2,
      column: 5,
    });
  });
});

describe('readWideSequences: diagnostics', () => {
  const codeOf = (text: string, options = {}) => read(text, options).diagnostics[0]?.code;

  it('names a missing id or weight column', () => {
    expect(codeOf('a,b\nX,Y\n', { idColumn: 'id' })).toBe('seq.missing_column');
    expect(codeOf('id,b\n1,Y\n', { weightColumn: 'w' })).toBe('seq.missing_column');
  });

  it('refuses a column range outside the header', () => {
    const outcome = read('id,t1\n1,A\n', { cols: [2, 5] });
    expect(outcome.diagnostics[0]?.code).toBe('seq.columns_out_of_range');
    expect(outcome.diagnostics[0]?.hint).toContain('2');
  });

  it('points at the first extra cell of a long row and the end of a short one', () => {
    const outcome = read('id,t1,t2\n1,A,B,C\n2,A\n');
    expect(outcome.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['seq.ragged_row', 2, 7],
      ['seq.ragged_row', 3, 4],
    ]);
  });

  it('refuses states outside a fixed alphabet, bad weights, empty files and header-only files', () => {
    expect(codeOf('id,t1\n1,Z\n', { alphabet: ['A'] })).toBe('seq.unknown_state');
    expect(codeOf('id,w,t1\n1,-2,A\n', { weightColumn: 'w' })).toBe('seq.bad_weight');
    expect(codeOf('')).toBe('seq.empty_file');
    expect(codeOf('id,t1\n')).toBe('seq.no_sequences');
    expect(codeOf('id\n1\n')).toBe('seq.no_state_columns');
  });

  it('refuses more than 1,000 states: a wrong column choice, such as an id column', () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `${i},s${i}`).join('\n');
    expect(codeOf(`id,t1\n${rows}\n`)).toBe('seq.too_many_states');
    expect(codeOf(`x,t1\n${rows}\n`)).toBe('seq.too_many_states');
  });

  it('reports a broken quote with its position', () => {
    expect(read('id,t1\n1,"A\n').diagnostics[0]).toMatchObject({
      code: 'csv.unclosed_quote',
      line: 2,
    });
  });

  it('stops after 20 row errors on a file that is not wide-format', () => {
    const rows = Array.from({ length: 500 }, () => '1,A,B,C,D').join('\n');
    expect(read(`id,t1\n${rows}\n`).diagnostics).toHaveLength(20);
  });

  it('never throws on binary input', () => {
    const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => read(binary)).not.toThrow();
  });
});

describe('parseColumnRange', () => {
  it('reads R-style 1-based ranges and single columns', () => {
    expect(parseColumnRange('17:86')).toEqual([17, 86]);
    expect(parseColumnRange(' 3 : 3 ')).toEqual([3, 3]);
    expect(parseColumnRange('5')).toEqual([5, 5]);
  });

  it('refuses reversed, zero-based, negative and malformed ranges', () => {
    for (const bad of ['86:17', '0:5', '-1:3', '1:', 'a:b', '1:2:3', '', '1.5:3'])
      expect(parseColumnRange(bad)).toBeNull();
  });
});
