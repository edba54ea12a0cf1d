/**
 * General rules added after fresh20's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('references', () => {
  it("reads a prisoner's number in any layout", () => {
    const text =
      'offenderNo,caseNoteId\nC5120HT,7781\n{"offenderNo":"D8841KQ"}\nsaw Ray Lund (E2093MB) today';
    expect(found(text, 'CRIME_REF')).toEqual(['C5120HT', 'D8841KQ', 'E2093MB']);
  });

  it('leaves codes of other shapes alone', () => {
    expect(found('Form AB1234C and room A12BC, kit A1234B.', 'CRIME_REF')).toEqual([]);
  });

  it("reads a CHAIN identifier, a dotted custody label's reference and a bold label's", () => {
    const text =
      'chain ch-0550219. CHAIN ID: CH-0550220\nCustody record ... WY-C-0911-0042\n' +
      '| **Custody ref:** WY-C-0911-0043 |';
    expect(found(text, 'CRIME_REF')).toEqual([
      'ch-0550219',
      'CH-0550220',
      'WY-C-0911-0042',
      'WY-C-0911-0043',
    ]);
    expect(found('They cut the chain at my request.', 'CRIME_REF')).toEqual([]);
  });
});

describe('staff numbers', () => {
  it("reads an export's op key, an XML officer's number attribute and a number before a rank", () => {
    const text =
      '2031-02-01T10:00Z|NOTE|op=61207 "rang back"\n<Officer rank="PS" number="3390" name="X"/>\n' +
      'Officer in case .. 4471 DC Mabry\nat the request of ps keane (2210).';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['61207', '3390', '4471', '2210']);
  });

  it('leaves other keys and attributes alone', () => {
    expect(found('top=61207 <Item rank="1" number="3390"/>', 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('ages', () => {
  it('reads an age key, an estimate after aged and a relation before the age in brackets', () => {
    const text =
      'dob=02-MAR-1990; age=41; lang=EN\ncasualty_age: 33\nmale aged about 60.\nTom (grandson, 8)';
    expect(found(text, 'AGE')).toEqual(['41', '33', '60', '8']);
  });

  it('leaves other keys that end in age alone', () => {
    expect(found('stage: 4\nimage=3\npage=12', 'AGE')).toEqual([]);
  });
});

describe('spoken numbers and lower-case notes', () => {
  it('reads a phone number read out in capitals or with hundreds', () => {
    const text =
      'NUMBER - ZERO SEVEN SEVEN ZERO ZERO, NINE ZERO ZERO, FOUR ONE ONE - PASSED\n' +
      'read out as "oh seven seven double oh, nine hundred, three two one".';
    expect(found(text, 'PHONE')).toEqual([
      'ZERO SEVEN SEVEN ZERO ZERO, NINE ZERO ZERO, FOUR ONE ONE',
      'oh seven seven double oh, nine hundred, three two one',
    ]);
  });

  it('reads a patient field, a name given in chat and a lower-case sergeant', () => {
    const text =
      'pt: gareth lowry  40yo m\ntexter: im bethan by the way\nseen at request of sgt keane.';
    expect(found(text, 'PERSON')).toEqual(['gareth lowry', 'bethan', 'keane']);
  });

  it('leaves everyday words after the same cues alone', () => {
    expect(found('texter: im fine thanks\nps sorry for the delay\npt: unknown', 'PERSON')).toEqual(
      [],
    );
  });
});
