import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseParticipantRegister } from '../../src/index.js';

const REGISTER = [
  'Code,Role,Organisation,Sector,Site,Years_in_role',
  'P01,Response sergeant,Testshire Police,statutory,North,12',
  'P02,"Outreach worker, nights",Open Door,Third sector,South,3',
  '',
].join('\n');

describe('participant register', () => {
  it('reads required and optional columns, case-insensitively, with free attributes', () => {
    const out = parseParticipantRegister(REGISTER, 'register.csv');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.structure).toEqual([
      {
        code: 'P01',
        role: 'Response sergeant',
        organisation: 'Testshire Police',
        sector: 'statutory',
        site: 'North',
        attributes: { years_in_role: '12' },
        line: 2,
      },
      {
        code: 'P02',
        role: 'Outreach worker, nights',
        organisation: 'Open Door',
        sector: 'third_sector',
        site: 'South',
        attributes: { years_in_role: '3' },
        line: 3,
      },
    ]);
  });

  it('names the missing columns and the ones it found', () => {
    const out = parseParticipantRegister('code,role\nP1,x\n', 'r.csv');
    expect(out.ok).toBe(false);
    expect(out.diagnostics[0]).toMatchObject({
      code: 'register.missing_columns',
      file: 'r.csv',
      line: 1,
      column: 1,
    });
    expect(out.diagnostics[0]?.message).toContain('organisation, sector');
    expect(out.diagnostics[0]?.message).toContain('found: code, role');
  });

  it('rejects an unknown sector and a duplicate code with their line numbers', () => {
    const text =
      'code,role,organisation,sector\nP1,a,b,statutory\nP2,a,b,private\nP1,a,b,statutory\n';
    const out = parseParticipantRegister(text, 'r.csv');
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['register.invalid_sector', 3],
      ['register.duplicate_code', 4],
    ]);
  });

  it('reports an unclosed quote instead of throwing', () => {
    const out = parseParticipantRegister(
      'code,role,organisation,sector\nP1,"a,b,statutory\n',
      'r.csv',
    );
    expect(out.ok).toBe(false);
    expect(out.diagnostics[0]?.code).toBe('register.invalid_csv');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const out = parseParticipantRegister(text, 'r.csv');
        expect(typeof out.ok).toBe('boolean');
      }),
    );
  });

  it('round-trips generated registers', () => {
    const cell = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() === s && s.length > 0);
    const row = fc.record({
      role: cell,
      organisation: cell,
      sector: fc.constantFrom('statutory', 'third_sector'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const lines = rows.map((r, i) =>
          [`P${i}`, r.role, r.organisation, r.sector].map(quote).join(','),
        );
        const out = parseParticipantRegister(
          ['code,role,organisation,sector', ...lines].join('\r\n'),
          'r.csv',
        );
        expect(out.ok).toBe(true);
        if (out.ok)
          expect(
            out.structure.map((p) => ({
              role: p.role,
              organisation: p.organisation,
              sector: p.sector,
            })),
          ).toEqual(rows);
      }),
    );
  });
});
