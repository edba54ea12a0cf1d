/**
 * General rules added after fresh23's misses were read (docs/deid.md, nineteenth session): each
 * with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('collar numbers under columns and keys named by their words', () => {
  it('reads staff numbers under headers no list names', () => {
    const text =
      'row\tsubject\tcall_handler_op\treviewer\n1\tQ. Lomas\t4471\t2093\n2\tR. Brandt\t3318\t2093\n' +
      '\n"#","Arr. Off (coll#)","Outcome"\n"1","6120","INF"\n';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['4471', '2093', '3318', '2093', '6120']);
  });

  it('leaves counts, times, phones and codes under officer headers alone', () => {
    const text =
      'shift\tofficer_count\tofficer_time\toffence code\tstaff\n' +
      'nights\t12\t2240\t0501\t45\nlates\t9\t1515\t0802\t38\n';
    expect(found(text, 'COLLAR_NUMBER')).toEqual([]);
  });

  it('reads a JSON key that names an operator, not an extension or a head count', () => {
    const text = '{"taken_by_op": "5871", "ext": "2210", "officer_count": "16", "staff": "4012"}';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['5871']);
  });

  it("reads the number after a rank, a full name and a form's `No.`", () => {
    const text = 'PCSO Ines Marwick-Tull   No. 61207   Tel ext 44\nPC Roy Dunn no 2305 attended';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['61207', '2305']);
  });
});

describe('ages under age columns and beside names', () => {
  it('reads ages under columns named every way, an estimate without its tilde', () => {
    const text =
      '"ref","name","Age@arrest","DOB"\n"1","KEMP, Roy","44","01/02/1988"\n"2","unknown","~30",""\n' +
      '\nid\tsubj_age\tage_band\n7\t19\t18-24\n';
    expect(found(text, 'AGE')).toEqual(['44', '30', '19']);
  });

  it('leaves bands, groups and large numbers under age-like headers alone', () => {
    const text = 'area\tage group\tage_range\tcount\nNorth\t25\t30\t412\nSouth\t35\t40\t388\n';
    expect(found(text, 'AGE')).toEqual([]);
  });

  it('reads an age after a bold name, a quoted nickname or a line break', () => {
    const text =
      '- **Toby WREN** (19) - seen at the park.\nFAIRLEY, Dean "Deano" (52) - begging.\n' +
      'Her brother Ellis Carne\n (27) in Leeds.\nMs Varga is 61 and lives alone.';
    expect(found(text, 'AGE')).toEqual(['19', '52', '27', '61']);
  });

  it('reads an age said of a person, rough ones with their -odd', () => {
    const text =
      'She\'s seventy-odd, lives alone. He told me he was "thirty-two and done". ' +
      "In his forties, I'd say. A white male 30s was seen.";
    expect(found(text, 'AGE')).toEqual(['seventy-odd', 'thirty-two', 'forties', '30s']);
  });

  it('leaves pronoun clauses whose number is not an age alone', () => {
    const text = "He's 5 minutes away. She was one of the callers. She's twenty minutes out.";
    expect(found(text, 'AGE')).toEqual([]);
  });
});

describe('references, dates and vehicles', () => {
  it('reads social care and MASH case numbers however they are labelled', () => {
    const text =
      'Acknowledged on receipt: ASC-4410982\nDiscussed - MASH41-02277. CSC-3390127 open.';
    expect(found(text, 'CRIME_REF')).toEqual(['ASC-4410982', 'MASH41-02277', 'CSC-3390127']);
  });

  it("leaves a landlord's ASB form's submission id alone", () => {
    expect(found('Submission ID: KLH-ASB-8812045', 'CRIME_REF')).toEqual([]);
  });

  it("reads a paper form's spaced date and a plate after the vehicle's make", () => {
    expect(found('Date of birth\n04 / 11 / 1961', 'DATE_OF_BIRTH')).toEqual(['04 / 11 / 1961']);
    expect(found('he drives a grey Vauxhall KM68 EBD', 'VRM')).toEqual(['KM68 EBD']);
  });

  it("leaves a record's own stamps alone, keeps the events", () => {
    const stamps =
      'CREATED ......... 03/02/2031 21:40  BY OP 2231\nLog closed by R Fenn 04/02/2031 09:00.\n' +
      'From: a@b.example\nDate: Tue, 4 Feb 2031 10:12\nMinutes: Thursday 6 February 2031\n' +
      'Range: 01/02/2031 - 07/02/2031';
    expect(found(stamps, 'DATE')).toEqual([]);
    expect(found('Plea entered: 3 March 2031. Assaulted on 02/02/2031.', 'DATE')).toEqual([
      '3 March 2031',
      '02/02/2031',
    ]);
  });
});

describe('second round: rules after fresh24 was read', () => {
  it('reads names and ages in keys joined by underscores', () => {
    const text = 'detained_person .... Ines Varga\nage_at_arrest ...... 38\nsex ........ F';
    expect(found(text, 'PERSON')).toEqual(['Ines Varga']);
    expect(found(text, 'AGE')).toEqual(['38']);
  });

  it('reads an age between commas before a name, and a rough age after one', () => {
    expect(found('the one I remember, 58, Callum - never', 'AGE')).toEqual(['58']);
    expect(found('Identified as Saima Mirza, 40ish.', 'AGE')).toEqual(['40']);
    expect(found('Flats 3, 12, Mill Lane', 'AGE')).toEqual([]);
  });

  it("reads a collar number after `coll`, and keeps roles' abbreviations out of names", () => {
    expect(found('DC Ana Petit (coll 8841).', 'COLLAR_NUMBER')).toEqual(['8841']);
    expect(found('CARE CO DEREK ASHWORTH. FME Tahmina Begum saw her.', 'PERSON')).toEqual([
      'DEREK ASHWORTH',
      'Tahmina Begum',
    ]);
    expect(found('Detainee told the nurse.', 'PERSON')).toEqual([]);
  });

  it('keeps a verb and its preposition out of a street named alone', () => {
    expect(found('Trevor: Lived on Hopgarden Avenue. His sister', 'ADDRESS')).toEqual([
      'Hopgarden Avenue',
    ]);
    expect(found('Stoke on Trent Road, 12 Mill Lane', 'ADDRESS')).toContain('Stoke on Trent Road');
  });
});

describe('third round: rules after fresh25 was read', () => {
  it("leaves a request's, an account's or a document's number alone, keeps a case's", () => {
    const text =
      'Account reference: 61029344\nRequest no. TW-460112-031\nV5C document reference ..... 7731\n' +
      'Hire agreement: KVR-0046-11902\nDBS application ref: E0009912377\nCrime ref: CR/46/031177';
    expect(found(text, 'CRIME_REF')).toEqual(['CR/46/031177']);
  });

  it("reads a log's line-opening times as times, and a staff number before a surname", () => {
    const log =
      '1205 BRIEFING COMPLETE. 2 VANS ON STANDBY.\n1251 KETTLEWELL ARRIVED IN GREY CAR.\n' +
      '1532 FLARE LET OFF.\n1710 KETTLEWELL ARRESTED.';
    expect(found(log, 'COLLAR_NUMBER')).toEqual([]);
    expect(found('"6407 SHARMA","attended"', 'COLLAR_NUMBER')).toEqual(['6407']);
  });

  it('keeps dosage abbreviations, form words and court roles out of names', () => {
    const text =
      'Meds: Apixaban 5mg BD, Bisoprolol 2.5mg OD.\n10:05 Defence asked for time.\n' +
      'Signed (parent): E Marsh\nHead of Disclosure';
    expect(found(text, 'PERSON')).toEqual(['E Marsh']);
  });

  it("leaves an export's own stamps alone, keeps an event's date", () => {
    const text =
      '<Report><Submitted>2046-10-02T07:55:31+01:00</Submitted><Stolen>2046-09-30</Stolen>' +
      '</Report>\n{"created_at": "2046-10-02", "incident_date": "2046-09-30"}';
    expect(found(text, 'DATE')).toEqual(['2046-09-30', '2046-09-30']);
  });
});

describe('third round: names in forms and registers', () => {
  it("ends a name at the next field's label after a gap", () => {
    expect(found('OIC: DC Jane Holt  Collar: 2143', 'PERSON')).toEqual(['Jane Holt']);
    expect(found('DC Jane Holt  Station: Leeds', 'PERSON')).toEqual(['Jane Holt']);
  });

  it("reads a crime report's injured party and a register's person beside a date of birth", () => {
    expect(found('Injured party: Prothero, Henrietta (Mrs)', 'PERSON')).toEqual([
      'Prothero, Henrietta',
    ]);
    expect(found('T-0914;2046-09-24 10:12;Fenwick-Saab, Dorian;17/03/2001;', 'PERSON')).toEqual([
      'Fenwick-Saab, Dorian',
    ]);
    expect(found('Saturday, March, 12/03/2020', 'PERSON')).toEqual([]);
  });
});
