import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diffCodebooks,
  operationOf,
  type Code,
  type CodebookOperation,
  type StudyEvent,
} from '../../src/index.js';

const AT = '2031-03-14T09:00:00.000Z';

function code(id: string, patch: Partial<Code> = {}): Code {
  return {
    id,
    parentId: null,
    name: id,
    definition: '',
    inclusion: '',
    exclusion: '',
    examples: [],
    colour: '#1f77b4',
    codable: true,
    datasetId: null,
    createdAt: AT,
    retiredAt: null,
    mergedInto: null,
    ...patch,
  };
}

function op(
  seq: number,
  verb: CodebookOperation['verb'],
  codeId: string,
  memo: string | null,
  relatedIds: string[] = [],
): CodebookOperation {
  return { seq, verb, codeId, actor: 'lead', at: AT, memo, relatedIds };
}

describe('diffCodebooks', () => {
  it('finds nothing between a codebook and itself', () => {
    const book = [code('a'), code('b', { parentId: 'a' })];
    expect(diffCodebooks(book, book)).toEqual([]);
  });

  it('reports a rename with the old and new name and the reason given', () => {
    const changes = diffCodebooks(
      [code('a', { name: 'risk' })],
      [code('a', { name: 'risk_concern' })],
      [op(4, 'rename', 'a', 'Clearer name for round 2')],
    );
    expect(changes).toEqual([
      {
        kind: 'renamed',
        codeId: 'a',
        name: 'risk_concern',
        before: { name: 'risk' },
        after: { name: 'risk_concern' },
        relatedIds: [],
        memos: ['Clearer name for round 2'],
      },
    ]);
  });

  it('reports a merge on the merged code, not also as a retirement', () => {
    const from = [code('a'), code('b')];
    const to = [code('a', { mergedInto: 'b', retiredAt: AT }), code('b')];
    const changes = diffCodebooks(from, to, [op(9, 'merge', 'a', 'Same idea', ['b'])]);
    expect(changes.map((c) => [c.kind, c.codeId, c.relatedIds, c.memos])).toEqual([
      ['merged', 'a', ['b'], ['Same idea']],
    ]);
  });

  it('reports a split on the source and not the codes it made as added', () => {
    const from = [code('a')];
    const to = [code('a'), code('a1'), code('a2')];
    const split = op(5, 'split', 'a', 'Two kinds of risk', ['a1', 'a2']);
    const changes = diffCodebooks(from, to, [split]);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'split', codeId: 'a', relatedIds: ['a1', 'a2'] }),
    ]);
    expect(changes[0]?.memos).toEqual(['Two kinds of risk']);
  });

  it('lists added, removed, moved, retired and redefined codes, by name then kind', () => {
    const from = [code('p'), code('x'), code('gone'), code('old')];
    const to = [
      code('p'),
      code('x', { parentId: 'p', definition: 'Now defined', examples: ['"we rang the hub"'] }),
      code('old', { retiredAt: AT }),
      code('new'),
    ];
    const ops = [
      op(2, 'move', 'x', 'Belongs under p'),
      op(3, 'update', 'x', null),
      op(4, 'retire', 'old', 'Not used'),
      op(1, 'create', 'new', 'Emerged in round 2'),
    ];
    const changes = diffCodebooks(from, to, ops);
    expect(changes.map((c) => [c.name, c.kind, c.memos])).toEqual([
      ['gone', 'removed', []],
      ['new', 'added', ['Emerged in round 2']],
      ['old', 'retired', ['Not used']],
      ['x', 'moved', ['Belongs under p']],
      ['x', 'redefined', []],
    ]);
    const redefined = changes.find((c) => c.kind === 'redefined');
    expect(redefined?.before).toEqual({ definition: '', examples: [] });
    expect(redefined?.after).toEqual({
      definition: 'Now defined',
      examples: ['"we rang the hub"'],
    });
  });

  it('is empty exactly when no field it watches changed (property)', () => {
    const names = fc.constantFrom('risk', 'handoff', 'delay');
    fc.assert(
      fc.property(names, names, fc.boolean(), (a, b, retire) => {
        const before = code('c', { name: a });
        const after = code('c', { name: b, retiredAt: retire ? AT : null });
        const changes = diffCodebooks([before], [after]);
        expect(changes.length === 0).toBe(a === b && !retire);
        expect(diffCodebooks([after], [after])).toEqual([]);
      }),
    );
  });
});

describe('operationOf', () => {
  const event = (action: string, after: unknown): StudyEvent => ({
    seq: 7,
    at: AT,
    actor: 'lead',
    action,
    entityType: 'code',
    entityId: 'a',
    before: null,
    after,
  });

  it('reads the verb, the memo and the codes a merge or split involved', () => {
    const merged = { ...code('a', { mergedInto: 'b' }), memo: 'Same idea', codingIds: ['k'] };
    expect(operationOf(event('code.merge', merged))).toEqual(
      op(7, 'merge', 'a', 'Same idea', ['b']),
    );
    const parts = [{ code: code('a1'), codingIds: [] }];
    expect(operationOf(event('code.split', { ...code('a'), memo: '', parts }))).toEqual(
      op(7, 'split', 'a', null, ['a1']),
    );
  });

  it('ignores events that are not codebook operations', () => {
    expect(operationOf(event('coding.create', {}))).toBeNull();
    expect(operationOf(event('code.unknown', {}))).toBeNull();
  });
});
