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
