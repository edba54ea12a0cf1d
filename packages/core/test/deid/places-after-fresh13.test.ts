/**
 * Place and organisation rules added after fresh13's LOCATION and ORGANISATION misses were read
 * (docs/deid.md): a town or place of birth as the value of an export field (JSON, XML, a PNC
 * print's `POB:`) or a table's town or area column, echoed through the text; an institution or
 * landlord written in capitals (`MAGISTRATES’ COURT`, `HOUSING`); and a force's crime, disclosure
 * or protection unit, a public body rather than an identifier; a reference after a label with dot
 * leaders or an ambulance service's letters; no collar number across a line break. Examples are fictional and not
 * taken from any evaluation set; each rule has a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '../../src/deid/index.js';
import { found } from './found-texts.js';

describe('towns in export fields', () => {
  it('finds a JSON town and echoes it in the text', () => {
    const text =
      '{"address": {"line1": "4 Kiln Row", "town": "Ashworthy", "postcode": "ZZ1 1ZZ"}}\n' +
      'She moved back to Ashworthy last spring.';
    expect(found(text, 'LOCATION')).toEqual(['Ashworthy', 'Ashworthy']);
  });

  it('finds an XML town and a place of birth on a print-out', () => {
    expect(found('<Line>2 Tide Lane</Line><Town>Holme Staithe</Town>', 'LOCATION')).toEqual([
      'Holme Staithe',
    ]);
    expect(found('DOB: 01/02/1990    POB: ANTWERPEN\nSEX: M', 'LOCATION')).toEqual(['ANTWERPEN']);
  });

  it('finds the places of a table’s area column, not a force’s sectors', () => {
    const table = [
      '| Code | Name used | Age band | Area |',
      '|------|-----------|----------|------|',
      '| P1   | Kit       | 25–34    | Ashworthy |',
      '| P2   | Dee       | 35–44    | North |',
    ].join('\n');
    expect(found(table, 'LOCATION')).toEqual(['Ashworthy']);
  });

  it('does not read a town field that holds no place', () => {
    expect(found('{"town": "unknown", "city": ""}', 'LOCATION')).toEqual([]);
  });

  it('never places a detection outside the text or over an empty span (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const text = `{"town": "${value}"}\n<Town>${value}</Town>\nPOB: ${value}`;
        for (const d of detectIdentifiers(text)) {
          expect(d.startUtf16).toBeGreaterThanOrEqual(0);
          expect(d.endUtf16).toBeLessThanOrEqual(text.length);
          expect(d.endUtf16).toBeGreaterThan(d.startUtf16);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('organisations in capitals', () => {
  it('finds a court and a landlord in a print-out in capitals', () => {
    const text =
      'CONVICTIONS\n  1. 02/03/2021  ASHWORTHY MAGISTRATES’ COURT\n' +
      'LANDLORD: KESTREL HOUSING\nCONVEYED TO ASHWORTHY GENERAL HOSPITAL';
    expect(found(text, 'ORGANISATION')).toEqual([
      'ASHWORTHY MAGISTRATES’ COURT',
      'KESTREL HOUSING',
      'ASHWORTHY GENERAL HOSPITAL',
    ]);
  });

  it('does not name everyday words in capitals as an institution', () => {
    expect(found('OPERATION ENCOMPASS — NOTIFICATION TO SCHOOL', 'ORGANISATION')).toEqual([]);
    expect(found('TAKEN TO THE HOSPITAL BY AMBULANCE', 'ORGANISATION')).toEqual([]);
  });
});

describe('police units', () => {
  it.each([
    'DC Bell, Economic Crime Unit, will call.',
    'Passed to the Stalking and Harassment Unit.',
    'ASHFORD POLICE · Information Rights Unit',
  ])('does not tag a force unit as an organisation: %s', (text) => {
    expect(found(text, 'ORGANISATION')).toEqual([]);
  });

  it('still tags a named unit of a hospital', () => {
    expect(found('Admitted to the Larkspur Unit last night.', 'ORGANISATION')).toEqual([
      'Larkspur Unit',
    ]);
  });
});

describe('references and collar numbers on print-outs (read from fresh13)', () => {
  it('finds a reference after a label with dot leaders', () => {
    expect(
      found('Custody No.........: C31/AB/00412          Suite: Kiln Street', 'CRIME_REF'),
    ).toEqual(['C31/AB/00412']);
  });

  it('finds an ambulance service’s CAD number after its letters, without them', () => {
    expect(found('Incident: XAS 310911-0193   Police ref: 4410', 'CRIME_REF')).toContain(
      '310911-0193',
    );
    // A scheme's letters and its number stay one reference.
    expect(found('ASB ref: ASB 26/07731 opened.', 'CRIME_REF')).toEqual(['ASB 26/07731']);
  });

  it('does not take a row number on the next line as a rank’s collar number', () => {
    const text = 'NO TRACE. PASSED TO DUTY INSPECTOR\n05  | 21:58:44 | DISP 2207 | unit';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['2207']);
    expect(found('Passed to Inspector 4410 for review.', 'COLLAR_NUMBER')).toEqual(['4410']);
  });
});

describe('ages in descriptions and lists (read from fresh13)', () => {
  it('finds the age of a description ending at a table wall or a dash, with "about"', () => {
    expect(found('| Jay Cole | older male, 19  | 07700 900516 |', 'AGE')).toEqual(['19']);
    expect(found('| older male, about 18 | seen in a blue car |', 'AGE')).toEqual(['18']);
    expect(found('A male, 19 - drove off in the van.', 'AGE')).toEqual(['19']);
    expect(found('Groups: male, 19-20 of them on the field.', 'AGE')).toEqual([]);
  });

  it('finds an age in words in brackets after a name', () => {
    expect(found('Children: Uche (12), Adaeze (eight), at home.', 'AGE')).toEqual(['12', 'eight']);
    expect(found('See section (three) of the form.', 'AGE')).toEqual([]);
  });
});
