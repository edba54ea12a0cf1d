/**
 * Structured-identifier rules added after fresh14 was scored once and its misses read
 * (docs/deid.md): a phone number whose groups HTML joins with `&nbsp;`, an MSISDN followed by the
 * next cell of a CSV row, a staff number in a JSON export, and ages beside a sex letter (`(F, 40)`,
 * `58Y M`) or after a date of birth with a month's name (`29-Feb-1992 (43 years)`). Examples are
 * fictional and not taken from any evaluation set; each rule has a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('phones in HTML and CSV exports', () => {
  it('finds a number written with non-breaking-space entities, entities included', () => {
    expect(found('T: 0113&nbsp;496&nbsp;0771 | M: 07700&nbsp;900&nbsp;318<br>', 'PHONE')).toEqual([
      '0113&nbsp;496&nbsp;0771',
      '07700&nbsp;900&nbsp;318',
    ]);
    expect(found('Total: 12&nbsp;000 items, ref 99&nbsp;123', 'PHONE')).toEqual([]);
  });

  it('finds an MSISDN followed by the next CSV cell, not one continued by a thousands group', () => {
    expect(found('1042,2034-06-09T22:41:07,0,447700900318,447700900772,SMS', 'PHONE')).toEqual([
      '447700900318',
      '447700900772',
    ]);
    expect(found('a count of 447700900,318 rows', 'PHONE')).toEqual([]);
  });
});

describe('staff numbers in exports', () => {
  it('reads a JSON staff number field as a collar number', () => {
    expect(found('{"user":"cc.op117","staff_no":"6093","action":"view"}', 'COLLAR_NUMBER')).toEqual(
      ['6093'],
    );
    expect(found('{"staff": "12345", "staffing": 40}', 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('ages beside a sex letter or a date of birth', () => {
  it('finds an age after a sex letter in brackets and before one', () => {
    expect(found('Subjects: NOAKES Kirsty (F, 40) and BELL Arjun (M, 45).', 'AGE')).toEqual([
      '40',
      '45',
    ]);
    expect(found('PATIENT : MAHMOOD, Tariq   58Y M   DOB 22-Apr-1976', 'AGE')).toEqual(['58']);
    expect(found('Room (F, 2nd floor) and Block 58Y', 'AGE')).toEqual([]);
  });

  it('finds the age after a date of birth with a month name, past a padded label', () => {
    expect(found('Born          29-Feb-1992 (43 years)', 'AGE')).toEqual(['43']);
    expect(found('Opened        29-Feb-2034 (43 pages)', 'AGE')).toEqual([]);
  });
});
