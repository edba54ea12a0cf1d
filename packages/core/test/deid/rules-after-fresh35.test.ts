/**
 * General rules added after fresh35's misses were read (docs/deid.md, twenty-fifth session):
 * each with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '../../src/index.js';
import { found } from './found-texts.js';

/** The PERSON detections of `text` as [start, text] pairs, so offsets are checked too. */
const people = (text: string) =>
  detectIdentifiers(text)
    .filter((d) => d.type === 'PERSON')
    .map((d) => [d.startUtf16, d.text]);

describe('speakers of transcripts', () => {
  it("reads a saved meeting transcript's bracketed speaker before the time, at its offset", () => {
    const text =
      '[Quillon Marchbank] 10:02:14\nShall we start?\n\n[Essary Vantrow] 10:02:20\nYes.\n';
    expect(people(text)).toEqual([
      [1, 'Quillon Marchbank'],
      [47, 'Essary Vantrow'],
    ]);
  });

  it('leaves a bracketed heading before a time and a sound cue', () => {
    expect(found('[Break] 10:40\nBack at 11.\n[Crosstalk] 10:41\n', 'PERSON')).toEqual([]);
  });

  it("reads an upper-case speaker then a dash beside the interviewer's INT", () => {
    const text =
      'INT — Is it all right to record?\nMAIRWEN — Yes.\nINT — Thanks.\nMAIRWEN — Go on.\n';
    expect(found(text, 'PERSON')).toEqual(['MAIRWEN', 'MAIRWEN']);
  });

  it('leaves upper-case words before a dash with no interviewer', () => {
    const text = 'VICTIM — ASSAULT 12/03. NO WARNINGS\nOFFENCES — NONE RECORDED\nVICTIM — SAME\n';
    expect(found(text, 'PERSON')).toEqual([]);
  });
});

describe('initials declared after a name', () => {
  it('reads initials that give a double-barrelled surname one letter, where they recur', () => {
    const text =
      'Negotiator: DS 4410 Rhiannon Castell-Vane (RC)\n| 00:21 | RC | Intro. |\n| 00:31 | RC | Asks. |\n';
    expect(found(text, 'PERSON')).toEqual(['Rhiannon Castell-Vane', 'RC', 'RC', 'RC']);
  });

  it('leaves an acronym in brackets after a name that does not spell it', () => {
    expect(found('Present: Odile Farrant (CMHT), Jem Ashdale (Police)', 'PERSON')).toEqual([
      'Odile Farrant',
      'Jem Ashdale',
    ]);
  });
});

describe('places named after a cue', () => {
  it("reads an appeal's places after `has links to`, and a second joined by `and`", () => {
    expect(
      found('She has links to Brackmouth and Ellingwick and may be there.', 'LOCATION'),
    ).toEqual(['Brackmouth', 'Ellingwick']);
  });

  it('leaves a person after `links to` and an everyday word after `and`', () => {
    expect(found('He has links to Darren Holt.', 'LOCATION')).toEqual([]);
    expect(found('She has links to Brackmouth and Help from them.', 'LOCATION')).toEqual([
      'Brackmouth',
    ]);
  });
});

describe('organisations by their kind', () => {
  it("reads a men's shed, a mutual insurer and an institute", () => {
    expect(found("He volunteers at Carnforth Men's Shed.", 'ORGANISATION')).toEqual([
      "Carnforth Men's Shed",
    ]);
    expect(found('Insured with Dovecote Mutual since 2040.', 'ORGANISATION')).toEqual([
      'Dovecote Mutual',
    ]);
    expect(found('She says the Ferrand Institute study is approved.', 'ORGANISATION')).toEqual([
      'Ferrand Institute',
    ]);
  });

  it('leaves a generic institute', () => {
    expect(found('The National Institute guidance says so.', 'ORGANISATION')).toEqual([]);
  });
});

describe('national charities', () => {
  it('leaves a national charity named bare, as a service anyone may use', () => {
    expect(found('Referred to Victim Support today.', 'ORGANISATION')).toEqual([]);
    expect(found('She has rung Samaritans twice this week.', 'ORGANISATION')).toEqual([]);
  });

  it('reads its local branch, with the place before or after it', () => {
    expect(found('Debt advice through Harrowgate Citizens Advice.', 'ORGANISATION')).toEqual([
      'Harrowgate Citizens Advice',
    ]);
    expect(found('Referred to Age UK Calderdale for a benefits check.', 'ORGANISATION')).toEqual([
      'Age UK',
    ]);
    expect(found('Known to the Samaritans branch on Kirkgate.', 'ORGANISATION')).toEqual([
      'the Samaritans',
    ]);
  });
});

describe('pubs', () => {
  it('leaves a pub noun alone after `the`, a name many pubs share or a job title', () => {
    expect(found('Door staff at the Crown brought him in.', 'ORGANISATION')).toEqual([]);
    expect(found('Appeal in writing to the Head of Security.', 'ORGANISATION')).toEqual([]);
  });

  it('still reads a pub with a word of its own', () => {
    expect(found('He drinks at the Rose and Crown.', 'ORGANISATION')).toEqual([
      'the Rose and Crown',
    ]);
    expect(found('Card used at the Red Lion.', 'ORGANISATION')).toEqual(['the Red Lion']);
  });
});

describe("a record's sign-off initials", () => {
  it('leaves initials after sign-off labels, before a slash, a quote or a date', () => {
    expect(found('Signed GT / countersigned SK\n', 'PERSON')).toEqual([]);
    expect(found('Next MARAC: 18/06.  Minutes checked: RGP\n', 'PERSON')).toEqual([]);
    expect(found('{"reviewed_by": "PB", "outcome": "closed"}', 'PERSON')).toEqual([]);
    expect(found('reviewed_by ........ JT on 20/03/2044\n', 'PERSON')).toEqual([]);
  });

  it('still reads a name after such a label, and initials that go on to act', () => {
    expect(found('Signed: Marit Olsen\n', 'PERSON')).toEqual(['Marit Olsen']);
    expect(found('Notes: GT rang back at 10.\n', 'PERSON')).toEqual(['GT']);
  });
});

describe('addresses in tables', () => {
  it("does not join a cell's number to the street in the next cell", () => {
    expect(found('date\thours\tstreet\n28/06\t1800-2200\tHeron Way\n', 'ADDRESS')).toEqual([]);
    expect(found('She lives at 14 Heron Way, Brackmouth.', 'ADDRESS')).toEqual(['14 Heron Way']);
  });
});

describe('ages and bank details', () => {
  it("reads a description's age at the end of a line", () => {
    expect(found('APPEAL: missing Brackmouth boy, 14\n\nPolice ask for help.', 'AGE')).toEqual([
      '14',
    ]);
    expect(found('Seen: a boy, 14 minutes ago.', 'AGE')).toEqual([]);
  });

  it('leaves a sort code, not a date or a collar number', () => {
    expect(found('Paid by transfer, sort code 09-01-28, acc 11892054.', 'DATE')).toEqual([]);
    expect(found('TRANSFER\t250.00\tONLINE\tSC 40-19-22 ACC 71550938', 'COLLAR_NUMBER')).toEqual(
      [],
    );
    expect(found('SC 4410 attended the address.', 'COLLAR_NUMBER')).toEqual(['4410']);
    expect(found('He was paid on 09-01-2028.', 'DATE')).toEqual(['09-01-2028']);
  });
});

describe('an email subject', () => {
  it('leaves an acronym and a word after `RE:`, but reads a name written in capitals', () => {
    expect(found('Subject: RE: PICU bed - urgent\n\nHi all', 'PERSON')).toEqual([]);
    expect(found('Re: Anwen HOLLIS   DOB: 05/12/2024\n\nDear Sir', 'PERSON')).toEqual([
      'Anwen HOLLIS',
    ]);
  });
});
