/**
 * General rules added after fresh19's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('staff numbers', () => {
  it("reads a CAD export's user column and a call handler's number in capitals", () => {
    const cad =
      'seq\ttime\tsrc\tuser\tentry\n' +
      '1\t21:02:11\tSYS\t-\tCall presented.\n' +
      '2\t21:02:40\tCH\t4819\tVoice heard, then the line dropped.\n' +
      '3\t21:20:05\tOFF\t2931\tOn scene.\n';
    expect(found(cad, 'COLLAR_NUMBER')).toEqual(['4819', '2931']);
    // The next cell is the entry's text, not the call handler's name.
    expect(found(cad, 'PERSON')).toEqual([]);
    const form = 'Completed by: CH 4819 R. OKONJO     Reviewed: PS 1120';
    expect(found(form, 'COLLAR_NUMBER')).toEqual(['4819', '1120']);
    expect(found(form, 'PERSON')).toContain('R. OKONJO');
  });

  it('leaves a radio channel alone', () => {
    expect(found('Radio: Ch 3 to CCTV, CH 12 for the match.', 'COLLAR_NUMBER')).toEqual([]);
  });

  it('reads a lower-case rank, the name and the number, and a name and number in brackets', () => {
    const notes = 'police came (pc hartley 3318) and later pc Noor Aziz 4046 rang back.';
    expect(found(notes, 'COLLAR_NUMBER')).toEqual(['3318', '4046']);
    expect(found(notes, 'PERSON')).toContain('hartley');
    expect(found('Seen by the PCSO (Jodie Marsh, 6120) on Friday.', 'COLLAR_NUMBER')).toEqual([
      '6120',
    ]);
  });

  it('leaves a year in a citation and a shop name alone', () => {
    expect(found('As found before (Barker, 2019), see above.', 'COLLAR_NUMBER')).toEqual([]);
    expect(found('bought it at pc world 2020 sale', 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('references', () => {
  it("reads a prisoner's number and a liability order's reference", () => {
    const text = 'Name: OKORO Ben     Prison no: B5512QT\nliability order LO/2029/004417 granted';
    expect(found(text, 'CRIME_REF')).toEqual(['B5512QT', 'LO/2029/004417']);
  });

  it('does not read prison in prose as a reference', () => {
    expect(found('He went to prison in 2019 for 2 years.', 'CRIME_REF')).toEqual([]);
  });
});

describe('ages', () => {
  it('reads years without "old" after a name and a role before the age in brackets', () => {
    const text =
      'Son Rory Vane (9 years) at school; | Edna COLE, 84 years, lives alone. Kai Lund (player, 19)';
    expect(found(text, 'AGE')).toEqual(['9', '84', '19']);
  });

  it('leaves a duration after a name alone', () => {
    expect(found('Spoke to Dawn Pike, 15 years ago she moved.', 'AGE')).toEqual([]);
  });
});

describe('lower-case notes', () => {
  it("reads a person field's lower-case value", () => {
    const notes =
      'student: tilly marchbank | dob 02/03/2007\nemergency contact: fiona marchbank (mum)\n' +
      'pharmacist on duty: k. odell (gphc 2200114)\n';
    expect(found(notes, 'PERSON')).toEqual(['tilly marchbank', 'fiona marchbank', 'k. odell']);
  });

  it('leaves a field whose value is no name alone', () => {
    expect(found('client: unknown male\nname: not given\nstudent: yes\n', 'PERSON')).toEqual([]);
  });

  it('reads a lower-case town between a street and the postcode', () => {
    const text = 'term address: flat 2, block a, 9 mill road, kelsby km4 2tq\n';
    expect(found(text, 'LOCATION')).toEqual(['kelsby']);
    expect(found('ref: 12 apples, green bag km4 2tq', 'LOCATION')).toEqual([]);
  });
});
