import { describe, expect, it } from 'vitest';
import { ageRecognizer } from '../../src/index.js';
import { spans } from './shared-cases.js';

describe('age recognizer', () => {
  it('finds the number in every age form, with exact offsets', () => {
    const text =
      'Caller Ffion HILL (aged 22); ex-partner, aged 79. A 34-year-old male, 17 yrs old, 15yo, 16 y/o, AGE: 40, Jean SMITH (34), 18 yrs.';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual([
      '22',
      '79',
      '34',
      '17',
      '15',
      '16',
      '40',
      '34',
      '18',
    ]);
    const [first] = spans(ageRecognizer, text);
    expect(first).toEqual(['22', 24, 26]);
  });

  // Forms without an age word: "a man of fifty" (English usage), the police description order
  // (ethnicity code, sex, age, height), the age after a date of birth, a list of children's ages
  // and a name's age between commas.
  it('finds ages without an age word in common idioms and police descriptions', () => {
    const text =
      'a girl of 77, Precious. Anthony MARSHALL (IC1 male, 31, 5\'9"). Shane DOHERTY (b. 19/12/1988, 36), DOB 02/09/1980 (44). children 5 and 9 at home; kids 3, 6 and 12. Partner Keeley, 24, email.';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual([
      '77',
      '31',
      '36',
      '44',
      '5',
      '9',
      '3',
      '6',
      '12',
      '24',
    ]);
    const [girl] = spans(ageRecognizer, text);
    expect(girl).toEqual(['77', 10, 12]);
  });

  // Forms from 999 transcripts, YOT referrals, OASys extracts, court lists and pasted tables.
  it('finds ages told in speech, after form labels, years of birth and in age columns', () => {
    const text =
      "He's only 29. she's 36, she's sat. who is nine. Age at referral: 16. DOB 2nd Nov 1988 (36). Ahmed Saleh, then 52, an. Liam Bezant, approx 30, drives. Mr Bogusław Wiśniewski, 82, DOB";
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual([
      '29',
      '36',
      'nine',
      '16',
      '36',
      '52',
      '30',
      '82',
    ]);
    const table = 'ref\tname\tage\tresult\nST-1\tJo Bell\t34\tadvice\nST-2\tunknown\t43\tED\n';
    expect(spans(ageRecognizer, table).map(([t]) => t)).toEqual(['34', '43']);
  });

  it('finds ages in court registers, sentencing remarks, statements and chats', () => {
    const text =
      "Case 7  MACASKILL, Eilidh  (35)\nassault on Chidinma Okonkwo-Bello, 30, on. on Zofia WIŚNIEWSKA, 50, on. You are nineteen. he's 40ish, I'm 52, who is about 24 and. Age claimed 23.";
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual([
      '35',
      '30',
      '50',
      'nineteen',
      '40',
      '52',
      '24',
      '23',
    ]);
  });

  it('leaves durations, distances, rates and Acts in those shapes alone', () => {
    const text =
      "she's 5 minutes away; he's one of them; Theft Act 1968 (2); Scores: OGRS3 1yr 34%, OVP 2yr 21%";
    expect(spans(ageRecognizer, text)).toEqual([]);
  });

  it('leaves numbers in those shapes that are not ages', () => {
    const text =
      'a man of 200 words; children 2 and 3 hours later; Flat, 12, Mill Lane; Section, 12, applies; a total of 12.5; Mill Lane, 24 hrs';
    expect(spans(ageRecognizer, text)).toEqual([]);
  });

  it('ignores durations, counts in brackets after non-names, and page or section numbers', () => {
    const text =
      'served 3 yrs; for 10 yrs; 5 years ago; aged 5 minutes; Section (3); Form (2); page 12; (12) items; aged 130; 2040 hrs';
    expect(spans(ageRecognizer, text)).toEqual([]);
  });
});

describe('age recognizer: forms after a date of birth, a name aside and in chat', () => {
  it('finds the age after a date of birth in any date form, with a `y` suffix', () => {
    const text =
      'DOB: 12/05/2001 (25y)   NHS 999 000 0000. DOB 1990-01-15 (36). Born 3 Mar 1988 (38yrs).';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual(['25', '36', '38']);
  });

  it('finds an age after a name with an aside, a quoted nickname, or `today`', () => {
    const text =
      'Caller Nia (would not give surname), 41, rang back. Tomasz McGRATH (PNC 2001/0000000A), 52, left. A lad, "Big T", 16, ran. Mr Eilertsen, 90 today, said.';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual(['41', '52', '16', '90']);
  });

  it('finds a chat age (`hes 23`), a sex then the age, and children counted then listed', () => {
    const text =
      'hes 23 and shes 19. Medical: female 34 fainted. boy, 8, lost. Children in household: 2 (12, 9). Gwen (6, lives with nan).';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual([
      '23',
      '19',
      '34',
      '8',
      '12',
      '9',
      '6',
    ]);
  });

  it('does not take a person numbered in a statement, a duration or a count for an age', () => {
    const text =
      'Male 1 punched Male 2. male 23 of 30 seen. hes 5 minutes away. Room (12, 14). Children: 3.';
    expect(spans(ageRecognizer, text)).toEqual([]);
  });
});

// Forms read after fresh5's first sight: a relative then `is` and the age, an age guessed from how
// someone looks, `ish` after a described age, and a hedge word in a told age.
describe('ages of relatives, guessed ages and hedged ages', () => {
  it('takes the age after a relative and `is`, a look, a described sex with `ish` and `maybe`', () => {
    const text =
      'My granddaughter Elowen is 6 and scared. her son was 44. a lad, looked about 15.\nfemale 30ish seen. she is maybe 17.';
    expect(spans(ageRecognizer, text).map(([t]) => t)).toEqual(['6', '44', '15', '30', '17']);
  });

  it('leaves amounts and distances after a relative, and looks without a hedge word', () => {
    const text =
      'My son is 5 minutes away. her sister was 2 doors down. He looked at 3 cars. looked about 20 metres.';
    expect(spans(ageRecognizer, text)).toEqual([]);
  });
});
