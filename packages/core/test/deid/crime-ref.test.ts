import { describe, expect, it } from 'vitest';
import { crimeRefRecognizer } from '../../src/index.js';
import { spans } from './shared-cases.js';

describe('crime and incident reference recognizer', () => {
  it('finds references after trigger words, with exact offsets', () => {
    const text =
      'Log 11BX7629021 - 20/11/2024. CAD 0451 linked. Crime ref: CRI/05/865982/21. Incident no. 8138/28JAN25.';
    expect(spans(crimeRefRecognizer, text)).toEqual([
      ['11BX7629021', 4, 15],
      ['0451', 34, 38],
      ['CRI/05/865982/21', 58, 74],
      ['8138/28JAN25', 89, 101],
    ]);
  });

  it('finds distinctive default shapes without a trigger word, at a lower score', () => {
    const [bare] = crimeRefRecognizer.detect('linked to 26/81596/21 earlier', {});
    const [triggered] = crimeRefRecognizer.detect('crime ref 26/81596/21 earlier', {});
    expect(bare!.text).toBe('26/81596/21');
    expect(bare!.score).toBeLessThan(triggered!.score);
  });

  it('finds every later occurrence of a reference (the incident id on each CSV row)', () => {
    const csv =
      'incident_id,timestamp,author,text\nINC-20240312-77,12/03/2024 10:00,PC 1,Incident INC-20240312-77 opened\nINC-20240312-77,12/03/2024 10:05,PC 1,ok';
    expect(spans(crimeRefRecognizer, csv).map(([t]) => t)).toEqual([
      'INC-20240312-77',
      'INC-20240312-77',
      'INC-20240312-77',
    ]);
  });

  it('finds log numbers by their day, longer trigger words and references in ref columns', () => {
    const text =
      'linked log 346 of 8/10. ref 160 of 13/09/2025. Force reference: WMP/483452/25\nREVIEW LOG      Custody record GL/360494/25\nmarker from HUM-250919-0334.';
    expect(spans(crimeRefRecognizer, text).map(([t]) => t)).toEqual([
      '346 of 8/10',
      '160 of 13/09/2025',
      'WMP/483452/25',
      'GL/360494/25',
      'HUM-250919-0334',
    ]);
    const table = 'date\ttime\tref\tage\n05/10/2025\t21:14\tST-5518\t34\n';
    expect(spans(crimeRefRecognizer, table).map(([t]) => t)).toEqual(['ST-5518']);
    expect(spans(crimeRefRecognizer, 'Log 3 of 10 pages; Case is closed.')).toEqual([]);
    // The next entry's timestamp is not the reference of a trigger word ending the line.
    const log = 'Consented to referral.\n2014-10-14 13:05 [PC 2964] Done. Ref 2014-10-14';
    expect(spans(crimeRefRecognizer, log)).toEqual([]);
  });

  it('uses a force’s own patterns from the settings', () => {
    const settings = { crimeRefPatterns: ['\\bWY-\\d{6}\\b'] };
    expect(spans(crimeRefRecognizer, 'seen WY-123456 today', settings)).toEqual([
      ['WY-123456', 5, 14],
    ]);
  });

  // ANNOTATION.md `reference_number`: custody references, missing-person reports and MASH /
  // MARAC case references, written as an agency prefix then two number groups.
  it('finds custody, missing-person, MASH and MARAC references', () => {
    const text =
      'CUSTODY RECORD CU/2025/56715\nMISPER REPORT MP/12/7557 - risk MEDIUM\nSubject: Referral MASH/23/7998\nMARAC referral MARAC-0823-092. Seen re CU/25/93889.';
    expect(spans(crimeRefRecognizer, text).map(([t]) => t)).toEqual([
      'CU/2025/56715',
      'MP/12/7557',
      'MASH/23/7998',
      'MARAC-0823-092',
      'CU/25/93889',
    ]);
    expect(
      spans(crimeRefRecognizer, 'referral to the CRHT in 2024, referral made 12/03/2024'),
    ).toEqual([]);
  });

  // Crime numbers with the year last, as forces write them in letters and case files
  // (`CR/0047361/34`), found with no trigger word before them; a short pair is no reference.
  it('finds a crime number with a two-digit year last, but not letters and two short numbers', () => {
    const text =
      'harassment in 2033 (CR/0028814/33). Complaint (CO/00755/34), window broken (CR-36-0051420); MG/11/12 filed.';
    expect(spans(crimeRefRecognizer, text).map(([t]) => t)).toEqual([
      'CR/0028814/33',
      'CO/00755/34',
      'CR-36-0051420',
    ]);
  });

  it('explains a bad force pattern', () => {
    expect(() => crimeRefRecognizer.detect('text', { crimeRefPatterns: ['(unclosed'] })).toThrow(
      /crimeRefPatterns\[0\].*not a valid regular expression/,
    );
  });

  it('ignores property bags, legislation, forms, times, years and operations', () => {
    const text =
      'Property bag 1234567. s.18 GBH, Section 47 assault, Form 5090, an MG11, log at 2040 hrs, log 2040 hrs, crime in 2024, Op Trident, a 101 call';
    expect(spans(crimeRefRecognizer, text)).toEqual([]);
  });
});

describe('crime reference recognizer: logs by day, agency prefixes', () => {
  it('finds a log cited by number and day without a trigger word', () => {
    const text = 'please quote 0917 of 03/11 when you ring. they gave me 1204 of 4 nov';
    expect(spans(crimeRefRecognizer, text).map(([t]) => t)).toEqual([
      '0917 of 03/11',
      '1204 of 4 nov',
    ]);
  });

  it('reads `crime reference:` whole, and takes ambulance, CRIS and notice numbers', () => {
    const text =
      'Crime reference: 44XY/120044R/26. NWAS (260301-0099) attended. CRIS 5500123/26. Notice no. S59-A-000123. Concern ID CP-26-0000456. Ref ABC-DEF-26-0042.';
    expect(spans(crimeRefRecognizer, text).map(([t]) => t)).toEqual([
      '44XY/120044R/26',
      '260301-0099',
      '5500123/26',
      'S59-A-000123',
      'CP-26-0000456',
      'ABC-DEF-26-0042',
    ]);
  });

  it('does not take a small count of a date, or a concern without a number', () => {
    const text = 'Day 2 of 3/4 done. Concern for safety raised. 12 of 14/10 present.';
    expect(spans(crimeRefRecognizer, text)).toEqual([]);
  });
});
