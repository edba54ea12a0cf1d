/**
 * Local organisations learnt from their full names (local-names.ts) and matched when a later
 * entry shortens them; through the module and through whole-log analysis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../../src/index.js';
import {
  learnAuthorName,
  learnLocalNames,
  localNameMentions,
  type LocalNames,
} from '../../src/logs/local-names.js';
import { logOf } from './log-fixtures.js';

function learnt(...texts: string[]): LocalNames {
  const names: LocalNames = new Map();
  for (const t of texts) learnLocalNames(t, names);
  return names;
}

describe('learning names', () => {
  it('learns a housing provider and a project from their full names', () => {
    const names = learnt('Emailed Brookfold Homes and the Lantern Project about him.');
    expect([...names]).toEqual([
      ['brookfold', 'housing'],
      ['lantern', 'third_sector'],
    ]);
  });

  it('keeps two-word names and drops words that describe housing rather than name it', () => {
    expect([...learnt('Pennine Vale Housing Association tenancy.')]).toEqual([
      ['pennine vale', 'housing'],
    ]);
    expect(
      learnt('Offered Emergency Housing tonight.', 'Contact the Council Housing team.').size,
    ).toBe(0);
  });

  it('learns nothing from lower case or capitals (not a proper name as written)', () => {
    expect(learnt('emergency housing found', 'RIVERSIDE HOUSING ADVISED').size).toBe(0);
  });
});

describe('names learnt from what they are said to be, and from author tags', () => {
  it('learns a whole name followed by its kind', () => {
    expect([...learnt('Thornbury Living (landlord of the flat) will change the locks.')]).toEqual([
      ['thornbury living', 'housing'],
    ]);
    expect([...learnt('Met Kestrel Mediation, a local charity, at the hall.')]).toEqual([
      ['kestrel mediation', 'third_sector'],
    ]);
    expect(learnt('Contact the Council (landlord) about it.').size).toBe(0);
  });

  it('learns the organisation that opens a partner author tag, two words at least', () => {
    const names: LocalNames = new Map();
    learnAuthorName('HOLLINS GREEN - TENANCY OFFICER K. RAO', 'housing', names);
    learnAuthorName('HOLLINS - TENANCY OFFICER K. RAO', 'housing', names);
    learnAuthorName('TEAM LEADER - J. BOND', 'third_sector', names);
    expect([...names]).toEqual([['hollins green', 'housing']]);
  });

  it('lists the agency when a later entry names the organisation of an earlier author', () => {
    const log = logOf([
      ['HOLLINS GREEN - TENANCY OFFICER K. RAO', 'Visited flat 4, tenancy warning given.'],
      ['PC 5150 TESTER', 'Joint visit with Hollins Green to flat 4.'],
    ]);
    expect(analyseLog(log).entries[1]?.agencies).toContain('housing');
  });

  it('does not learn from a police author tag', () => {
    const log = logOf([
      ['NORTH TEAM - PC 5150 TESTER', 'Attended, all quiet.'],
      ['PC 5150 TESTER', 'North Team briefed.'],
    ]);
    expect(analyseLog(log).entries[1]?.agencies).not.toContain('housing');
  });
});

describe('matching learnt names', () => {
  it('finds word-bounded mentions in any case', () => {
    const names = learnt('Riverside Housing tenancy');
    const found = localNameMentions('RIVERSIDE changed locks; Riversidevale is not it', names);
    expect(found).toEqual([{ agency: 'housing', start: 0, end: 9 }]);
  });

  it('finds what a case-insensitive word-bounded RegExp finds', () => {
    const names = learnt('Brookfold Homes', 'Lantern Project');
    const words = fc.constantFrom(
      'brookfold',
      'Lantern',
      'LANTERNS',
      'xbrookfold',
      'the',
      ' ',
      '.',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const expected = [...text.matchAll(/\b(?:brookfold|lantern)\b/gi)]
          .map((m) => m.index)
          .sort((a, b) => a - b);
        const got = localNameMentions(text, names)
          .map((m) => m.start)
          .sort((a, b) => a - b);
        expect(got).toEqual(expected);
      }),
    );
  });
});

describe('in a log (§3 housing, third_sector)', () => {
  it('lists the housing provider a later entry names by its short form', () => {
    const a = analyseLog(
      logOf([
        ['OCC 1', 'Neighbour reports shouting at 4 Fern Court, a Calder Homes flat.'],
        ['PC 2', 'Attended, all quiet. Locks changed by Calder this afternoon.'],
      ]),
    );
    expect(a.entries[1]?.agencies).toContain('housing');
  });

  it('does not list a learnt name mentioned only as history', () => {
    const a = analyseLog(
      logOf([
        ['OCC 1', 'Caller is a tenant of Calder Homes.'],
        ['PC 2', 'Previously known to Calder, nothing current.'],
      ]),
    );
    expect(a.entries[1]?.agencies).not.toContain('housing');
  });
});
