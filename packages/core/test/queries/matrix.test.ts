import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attributeValues,
  filterSegments,
  frameworkMatrix,
  matrixCoding,
  overlappingSegments,
  participantsBySpeaker,
  speakersAt,
  type Participant,
  type QueryContext,
  type QuerySegment,
  type TranscriptStructure,
} from '../../src/index.js';

const person = (id: string, code: string, role: string, sector: Participant['sector']) => ({
  id,
  code,
  role,
  organisation: 'Fictional Trust',
  sector,
  siteId: 'north',
  attributes: {},
});

const ctx: QueryContext = {
  sources: new Map([
    ['log1', { name: 'log 1', datasetId: 'logs', siteId: 'north', caseIds: ['case1'] }],
    ['int1', { name: 'interview 1', datasetId: 'ints', siteId: null, caseIds: ['case1', 'case2'] }],
  ]),
  sites: new Map([['north', 'North']]),
  datasets: new Map([
    ['logs', 'Police logs'],
    ['ints', 'Interviews'],
  ]),
  cases: new Map([
    ['case1', 'Incident 1'],
    ['case2', 'Person 2'],
  ]),
  participants: new Map([
    ['p1', person('p1', 'P01', 'AMHP', 'statutory')],
    ['p2', person('p2', 'P02', 'Support worker', 'third_sector')],
  ]),
};

let n = 0;
function segment(sourceId: string, codeId: string, participantIds: string[] = []): QuerySegment {
  n++;
  return {
    codingId: `c${n}`,
    codeId,
    sourceId,
    textVersionId: `${sourceId}-v1`,
    coder: 'coder-1',
    startUtf16: n,
    endUtf16: n + 5,
    exact: `text ${n}`,
    participantIds,
  };
}

const segments = [
  segment('log1', 'risk'),
  segment('log1', 'trust'),
  segment('int1', 'risk', ['p1']),
  segment('int1', 'risk', ['p1', 'p2']),
];

describe('attribute values', () => {
  it('come from the source, its cases and the speaking participants', () => {
    const [log, , , both] = segments;
    expect(attributeValues(log!, 'site', ctx)).toEqual([{ id: 'north', label: 'North' }]);
    expect(attributeValues(log!, 'participant', ctx)).toEqual([{ id: '', label: '(none)' }]);
    expect(attributeValues(both!, 'sector', ctx).map((v) => v.id)).toEqual([
      'statutory',
      'third_sector',
    ]);
    expect(attributeValues(both!, 'case', ctx).map((v) => v.label)).toEqual([
      'Incident 1',
      'Person 2',
    ]);
    expect(attributeValues(both!, 'site', ctx)).toEqual([{ id: '', label: '(none)' }]);
  });

  it('filter segments by code and by attribute value', () => {
    expect(filterSegments(segments, { codeIds: ['trust'] }, ctx)).toEqual([segments[1]]);
    const amhp = filterSegments(segments, { by: 'role', values: ['AMHP'] }, ctx);
    expect(amhp).toEqual([segments[2], segments[3]]);
    expect(filterSegments(segments, {}, ctx)).toEqual(segments);
  });
});

describe('matrix coding', () => {
  it('counts each code × value and lists the segments of each cell', () => {
    const m = matrixCoding(segments, ['risk', 'trust'], 'dataset', ctx);
    expect(m.values.map((v) => v.label)).toEqual(['Interviews', 'Police logs']);
    expect(m.cells.map((row) => row.map((c) => c.count))).toEqual([
      [2, 1],
      [0, 1],
    ]);
    expect(m.cells[1]![1]!.segments).toEqual([segments[1]]);
  });

  it('puts every segment once per value it has (property)', () => {
    const arb = fc.array(
      fc.record({
        source: fc.constantFrom('log1', 'int1'),
        code: fc.constantFrom('risk', 'trust'),
        people: fc.subarray(['p1', 'p2']),
      }),
    );
    fc.assert(
      fc.property(arb, fc.constantFrom('sector', 'case', 'participant' as const), (xs, by) => {
        const segs = xs.map((x) => segment(x.source, x.code, x.people));
        const m = matrixCoding(segs, ['risk', 'trust'], by, ctx);
        const total = m.cells.flat().reduce((sum, c) => sum + c.count, 0);
        const expected = segs.reduce((sum, s) => sum + attributeValues(s, by, ctx).length, 0);
        expect(total).toBe(expected);
      }),
    );
  });
});

describe('framework matrix', () => {
  it('links each case × theme to its segments and summary', () => {
    const summary = {
      caseId: 'case2',
      codeId: 'risk',
      text: 'AMHP describes risk.',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'lead',
    };
    const m = frameworkMatrix(segments, ['case1', 'case2'], ['risk', 'trust'], [summary], ctx);
    expect(m.cells[0]![0]!.segments).toEqual([segments[0], segments[2], segments[3]]);
    expect(m.cells[1]![0]).toEqual({ segments: [segments[2], segments[3]], summary });
    expect(m.cells[1]![1]).toEqual({ segments: [], summary: null });
  });
});

describe('speakers of a span', () => {
  const turn = (index: number, speaker: string, start: number, end: number) => ({
    index,
    speaker,
    timestampMs: null,
    text: '',
    startUtf16: start,
    endUtf16: end,
    textStartUtf16: start,
    textEndUtf16: end,
    line: index + 1,
  });
  const structure: TranscriptStructure = {
    kind: 'transcript',
    speakers: ['INT', 'p01', 'P02'],
    turns: [turn(0, 'INT', 0, 10), turn(1, 'p01', 11, 30), turn(2, 'P02', 31, 50)],
  };

  it('lists the speakers of every turn the span overlaps, linked by code', () => {
    expect(speakersAt(structure, 12, 20)).toEqual(['p01']);
    expect(speakersAt(structure, 25, 35)).toEqual(['p01', 'P02']);
    expect(speakersAt(structure, 30, 30)).toEqual([]);
    const link = participantsBySpeaker([...ctx.participants.values()]);
    expect(link(speakersAt(structure, 0, 40))).toEqual(['p1', 'p2']);
  });
});

describe('segments of a co-occurrence cell', () => {
  it('are those of either code overlapping one of the other in the same version', () => {
    const at = (codeId: string, start: number, end: number, v = 'v1') => ({
      ...segment('log1', codeId),
      textVersionId: v,
      startUtf16: start,
      endUtf16: end,
    });
    const segs = [
      at('a', 0, 10),
      at('b', 5, 12),
      at('b', 10, 20),
      at('a', 0, 10, 'v2'),
      at('a', 8, 9),
    ];
    expect(overlappingSegments(segs, 'a', 'b')).toEqual([segs[0], segs[1], segs[4]]);
    expect(overlappingSegments(segs, 'a', 'a')).toEqual([segs[0], segs[4]]);
  });
});
