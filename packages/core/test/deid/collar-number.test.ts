import { describe, expect, it } from 'vitest';
import { collarNumberRecognizer, createCollarNumberRecognizer } from '../../src/index.js';
import { spans } from './shared-cases.js';

describe('collar number recognizer', () => {
  it('finds the number (not the rank) after ranks, roles and collar words', () => {
    const text =
      'Words of advice given by PC 107 MACLEOD. PS 28782 attended; DC 650CW; PCSO 197TX; Sgt 4411; [OPERATOR 5521]; collar no. 1234; A/PS 77; pc1234 SMITH';
    expect(spans(collarNumberRecognizer, text).map(([t]) => t)).toEqual([
      '107',
      '28782',
      '650CW',
      '197TX',
      '4411',
      '5521',
      '1234',
      '77',
      '1234',
    ]);
    expect(spans(collarNumberRecognizer, 'by PC 107 MACLEOD')).toEqual([['107', 6, 9]]);
  });

  // Custody boards list two officers after a plural rank (`PCs 2231 & 4410LN`); forms give a
  // number with a division letter first (`Collar/shoulder no: H2219`).
  it('finds every number after a plural rank, and numbers with a division letter first', () => {
    const text = 'awaiting AMHP. PCs 2231 & 4410LN with him. DCs 118, 4471 and 5520 left.';
    expect(spans(collarNumberRecognizer, text).map(([t]) => t)).toEqual([
      '2231',
      '4410LN',
      '118',
      '4471',
      '5520',
    ]);
    expect(spans(collarNumberRecognizer, 'Collar/shoulder no: H2219\n')).toEqual([
      ['H2219', 20, 25],
    ]);
  });

  it('lists numbers only after a plural rank, and no letter-first code without one', () => {
    expect(spans(collarNumberRecognizer, 'PC 2231 & 4410 hours later').map(([t]) => t)).toEqual([
      '2231',
    ]);
    expect(spans(collarNumberRecognizer, 'Bay H2219 and cell A1234.')).toEqual([]);
  });

  it('ignores call signs, times, legislation, dates and ranks without numbers', () => {
    const text =
      'N12 and CX1 attended at 2040; PC World; S43 applied; DC 12/03/2024; PC at 2040hrs; PC 2040 HRS';
    expect(spans(collarNumberRecognizer, text)).toEqual([]);
  });

  // ANNOTATION.md: "an operator or call-handler number" is a collar number; CAD entries label
  // the operator `[Op 3505]`. A console position (`OP41`) or an operation name is not one.
  it('finds the operator number after the short label Op or Opr', () => {
    const text =
      '00:50 [Op 3505] Caller rang. 01:10 [OPR 2231] Update. [OP41] closed. Op Nimrod, Op 12.';
    expect(spans(collarNumberRecognizer, text).map(([t]) => t)).toEqual(['3505', '2231']);
  });

  // Custody logs, s136 forms and interviews: a label's colon, detention officers, a combined
  // collar/shoulder field, and a number given in speech; never a phone number.
  it('finds numbers before a colon, after DO, collar/shoulder and "his number was"', () => {
    const text =
      'OPR 2093: Caller. Collar/shoulder no: 22687. (DO 5520). his number was 1507; her number 5523 and phone 0161 496 0905; her number 07700 900123; PC 20:40';
    expect(spans(collarNumberRecognizer, text).map(([t]) => t)).toEqual([
      '2093',
      '22687',
      '5520',
      '1507',
      '5523',
    ]);
  });

  it('takes a force’s own rank words when configured', () => {
    const recognizer = createCollarNumberRecognizer({ extraTriggers: ['CSI'] });
    expect(spans(recognizer, 'CSI 321 attended')).toEqual([['321', 4, 7]]);
    expect(spans(collarNumberRecognizer, 'CSI 321 attended')).toEqual([]);
    // Superintendents are a default rank since fresh15 (`Ch Supt 0102 Harriet Nunn`).
    expect(spans(collarNumberRecognizer, 'Supt 321 authorised')).toEqual([['321', 5, 8]]);
  });
});

describe('collar number recognizer: numbers in brackets without a rank', () => {
  it("takes a chat or CAD speaker's number in brackets, and a rank, name and number", () => {
    const text =
      '[22:10:04] Dana (5512): Hello.\nMorgan Lee (60871): Thanks.\nRang the officer (pc sam, 4420) back.';
    expect(spans(collarNumberRecognizer, text).map(([t]) => t)).toEqual(['5512', '60871', '4420']);
  });

  it('does not take a service number, a year or a number in brackets mid-sentence', () => {
    const text = 'Police informed (101): yes\nReport (2019) filed.\nShe rang Dana (5512) twice.';
    expect(spans(collarNumberRecognizer, text)).toEqual([]);
  });
});

describe('collar number recognizer: a collar column of a pipe table', () => {
  it('takes the numbers under a collar column of a scene or custody grid', () => {
    const text = [
      'Time  | Officer                 | Collar no | Task',
      '------|-------------------------|-----------|------',
      '02:10 | PC Hallam Ashdown       | 5127      | cordon, log',
      '02:40 | paramedic Ines Varga    | AMB-3312  | treat',
      '03:05 | PS Toller               | 884KD     | supervise',
      '',
      'End of grid.',
    ].join('\n');
    expect(spans(collarNumberRecognizer, text).map(([t]) => t)).toEqual(['5127', '884KD']);
  });

  it('does not read numbers in other columns or a pipe line without a collar header', () => {
    const text = 'Time | Room | Count\n02:10 | 12 | 4411\nRoom 4 | 3107 | x\n';
    expect(spans(collarNumberRecognizer, text)).toEqual([]);
  });
});
