/**
 * Logs as sequences: per entry or per time bin, with event, framing or acting agency as state;
 * the alphabet in the vocabulary's order, and analysed fictional logs round the whole way.
 */
import { describe, expect, it } from 'vitest';
import {
  entryPositions,
  analyseLog,
  logSequences,
  parsePoliceLogText,
  sequenceAt,
  type AnalysedLog,
  type SequenceSet,
} from '../../src/index.js';

const entry = (
  event: string,
  framing: string,
  agencies: string[] = [],
  author: string | null = null,
) => ({ event, framing, agencies, authorAgency: author }) as AnalysedLog['entries'][number];

const LOG: AnalysedLog = {
  id: 'L1',
  times: ['2016-06-15T10:00:00', '2016-06-15T10:25:00', null, '2016-06-15T11:10:00'],
  entries: [
    entry('report', 'crime_asb', ['public']),
    entry('deploy', 'crime_asb', [], 'police'),
    entry('referral', 'health_welfare', ['mental_health']),
    entry('closure', 'health_welfare', []),
  ],
};

const labels = (set: SequenceSet, i = 0) => [...sequenceAt(set, i)].map((s) => set.alphabet[s]);

describe('logSequences', () => {
  it('gives one position per entry, states in vocabulary order', () => {
    const set = logSequences([LOG], { state: 'event' });
    expect(labels(set)).toEqual(['report', 'deploy', 'referral', 'closure']);
    expect(set.alphabet).toEqual(['closure', 'referral', 'deploy', 'report']);
    expect(labels(logSequences([LOG], { state: 'framing' }))).toEqual([
      'crime_asb',
      'crime_asb',
      'health_welfare',
      'health_welfare',
    ]);
  });

  it('takes the author agency, else the first agency named, else unknown', () => {
    const set = logSequences([LOG], { state: 'agency' });
    expect(labels(set)).toEqual(['public', 'police', 'mental_health', 'unknown']);
  });

  it('carries the last state into each time bin and skips untimed entries', () => {
    const set = logSequences([LOG], { state: 'event', binMinutes: 15 });
    // Bins from 10:00: [10:00,10:15) report, [10:15,10:30) deploy, then deploy until 11:10.
    expect(labels(set)).toEqual(['report', 'deploy', 'deploy', 'deploy', 'closure']);
  });

  it('opens a new bin with an entry exactly at a bin end', () => {
    const log = { ...LOG, times: ['2016-06-15T10:00', '2016-06-15T10:15', null, null] };
    expect(labels(logSequences([log], { state: 'event', binMinutes: 15 }))).toEqual([
      'report',
      'deploy',
    ]);
  });

  it('gives an empty sequence for a log without readable times, and refuses bad bins', () => {
    const untimed = { ...LOG, id: 'L2', times: [null, null, null, 'soon'] };
    const set = logSequences([LOG, untimed], { state: 'event', binMinutes: 30 });
    expect(set.lengths[1]).toBe(0);
    expect(() => logSequences([LOG], { state: 'event', binMinutes: 0 })).toThrow(RangeError);
    const long = { ...LOG, times: ['2016-01-01T00:00', null, null, '2017-01-01T00:00'] };
    expect(() => logSequences([long], { state: 'event', binMinutes: 1 })).toThrow(
      /use larger bins/,
    );
  });

  it('sequences a parsed and analysed log', () => {
    const text = [
      'Incident: NM-TEST-0001',
      '',
      '14/03/2015 23:52 [OPERATOR 1234] CALLER REPORTS SHOUTING FROM FLAT 3',
      '23:58 [PC 2231 HOLDEN] ATTENDED. MALE IN DISTRESS.',
      '00:20 [PC 2231 HOLDEN] CRHT CONTACTED, ADVICE GIVEN. NFA',
      '',
    ].join('\n');
    const parsed = parsePoliceLogText(text, 'log.txt');
    if (!parsed.ok) throw new Error('fixture does not parse');
    const analysis = analyseLog(parsed.structure);
    const times = parsed.structure.entries.map((e) => e.time);
    const set = logSequences([{ id: 'NM', times, entries: analysis.entries }], { state: 'event' });
    expect(set.lengths[0]).toBe(3);
    expect(labels(set)).toEqual(analysis.entries.map((e) => e.event));
  });
});

describe('entryPositions', () => {
  it('places each entry at its index, or in the bin of its time (null without a time)', () => {
    expect(entryPositions(LOG)).toEqual([0, 1, 2, 3]);
    expect(entryPositions(LOG, 30)).toEqual([0, 0, null, 2]);
    const set = logSequences([LOG], { state: 'event', binMinutes: 30 });
    // The entry's state is in its bin unless a later entry in the same bin replaces it.
    expect(labels(set)[2]).toBe('closure');
  });
});
