import { describe, expect, it } from 'vitest';
import { dateRecognizer, type Detection } from '../../src/index.js';
import { presidioCases, scoreCases } from './shared-cases.js';

const typed = (text: string) =>
  dateRecognizer.detect(text, {}).map((d: Detection) => [d.type, d.text]);

describe('date recognizer', () => {
  it('finds numeric day-first, ISO, written and spoken dates with exact offsets', () => {
    const text =
      'Seen 28.09.1997, 16/7/81, 2024-03-15, 07-JUN-1961, 4 April 1970 and May 1st, 1977.';
    const found = dateRecognizer.detect(text, {}).map((d) => [d.text, d.startUtf16, d.endUtf16]);
    expect(found).toEqual([
      ['28.09.1997', 5, 15],
      ['16/7/81', 17, 24],
      ['2024-03-15', 26, 36],
      ['07-JUN-1961', 38, 49],
      ['4 April 1970', 51, 63],
      ['May 1st, 1977', 68, 81],
    ]);
  });

  it('reads spoken dates of birth in interview answers', () => {
    const text =
      'DC EVANS: State your full name and date of birth.\nSUSPECT: Ffion Walsh, the fourth of February nineteen eighty-nine.\n' +
      'SUSPECT: Ciaran Davies, the twelfth of August two thousand and six.\nSUSPECT: Ffion Hill, the first of January ninety-two.';
    expect(typed(text)).toEqual([
      ['DATE_OF_BIRTH', 'the fourth of February nineteen eighty-nine'],
      ['DATE_OF_BIRTH', 'the twelfth of August two thousand and six'],
      ['DATE_OF_BIRTH', 'the first of January ninety-two'],
    ]);
  });

  it('types a date as a date of birth after a birth marker or right after a name in brackets', () => {
    const text =
      'IP Jean WOOD (DOB 24th July 1972); Driver Amir WRIGHT b. 28.09.1997; d.o.b. 01/05/1996; born 3 March 2001; Jean SMITH (02/09/1980); seen on 12/03/2024';
    expect(typed(text)).toEqual([
      ['DATE_OF_BIRTH', '24th July 1972'],
      ['DATE_OF_BIRTH', '28.09.1997'],
      ['DATE_OF_BIRTH', '01/05/1996'],
      ['DATE_OF_BIRTH', '3 March 2001'],
      ['DATE_OF_BIRTH', '02/09/1980'],
      ['DATE', '12/03/2024'],
    ]);
  });

  it('skips log entry timestamps, the Opened header and CSV timestamp cells (ANNOTATION.md)', () => {
    const log =
      'Incident: 26/81596/21\nOpened: 01/10/2022 22:40\n01/10/2022 22:41 [PC 123] IP seen, DOB 02/09/1980.\n2022-10-01 22:45 Call closed.\nINC1,01/10/2022 22:50,PC 1,text';
    expect(typed(log)).toEqual([['DATE_OF_BIRTH', '02/09/1980']]);
  });

  // CAD header lines often carry several fields separated by `|` (ANNOTATION.md: the `Opened:`
  // header is not annotated wherever it stands on the line).
  // ANNOTATION.md leaves out administrative dates: when a record was made, typed or reviewed.
  it('skips administrative dates and date columns of pasted tables, not event dates', () => {
    const text =
      'Created: 10/09/2025 23:40. Dictated 29/09/2025   Typed 01/10/2025. Form completed by: Akhtar on 04/06/2025. review carried out 11/10/2025. list for Tuesday 7 October 2025. convicted on 12/03/2019.';
    expect(typed(text)).toEqual([['DATE', '12/03/2019']]);
    expect(typed('date\ttime\tref\n05/10/2025\t21:14\tST-5518\n')).toEqual([]);
    const more =
      '[14/10/2026, 21:02:00] Messages\nClanmil Housing\n12 October 2026\nOur ref\nSent: 16 October 2026 09:12\nRegister entry 19/10/2026\nProfessionals meeting – Wednesday 14 October 2026\n';
    expect(typed(more)).toEqual([]);
    expect(typed('Home visit on 10/10/2026: no answer.')).toEqual([['DATE', '10/10/2026']]);
  });

  it('skips an Opened header that shares its line with other header fields', () => {
    const header = 'CAD 0709-0463 | Opened: 07/09/2025 00:50 | Grade 2\nDOB 02/09/1980.';
    expect(typed(header)).toEqual([['DATE_OF_BIRTH', '02/09/1980']]);
  });

  it('keeps a dated log reference line that does not start with a timestamp', () => {
    expect(typed('Log 26/81596/21 - 01/01/22 22:40hrs\nPC 98967')).toEqual([['DATE', '01/01/22']]);
  });

  it('ignores partial dates, impossible dates, times, versions, money and references', () => {
    const text =
      'on 13/10, in May 2021, 1972, 32/01/2020, 31/02/2020, 22:40, v1.2.34, £12.50, 26/81596/21, 1/2/3';
    expect(typed(text)).toEqual([]);
  });

  it('reads an impossible day-first date month-first at a lower score', () => {
    const [us] = dateRecognizer.detect('Today is 5/20/2021', {});
    const [uk] = dateRecognizer.detect('Today is 20/5/2021', {});
    expect(us!.text).toBe('5/20/2021');
    expect(us!.score).toBeLessThan(uk!.score);
  });

  it('finds the Presidio full-date cases; partial dates and timestamps are left out by design', () => {
    const score = scoreCases(dateRecognizer, presidioCases('DATE_TIME'));
    expect(score.falsePositives).toEqual([]);
    expect(score.truePositives).toBe(21);
    // Every miss has no day or no year, or is an ISO timestamp standing where a log timestamp stands.
    expect(score.falseNegatives).toEqual([
      'May-21',
      '21-May',
      '05-May',
      'May-21',
      'May-2021',
      '05/21',
      '5/21',
      '5/2021',
      '05/2021',
      '2024-03-15T14:30:00.123456Z',
      '2024-03-15T14:30:00+02:00',
      '2024-03-15T14:30Z',
      '5/21',
      '1972',
      '1972',
      'May',
      'May 1st',
    ]);
  });
});

describe('date recognizer: dates of a record, not of a life', () => {
  const found = (text: string) => dateRecognizer.detect(text, {}).map((d: Detection) => d.text);

  it('leaves out the date a form was completed, received, submitted or sent', () => {
    const text = [
      'Form completed: 02/03/2026 10:15',
      'Referral received: 04/03/2026',
      'Date of contact: 05/03/2026',
      'Submitted 06-03-2026 09:00',
      'Sent: Friday, 7 March 2026 11:02',
      'Completed by Jo Bryce (support worker, Hillside Care) with Mrs Amadi on 08/03/2026',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it("leaves out a chat export's stamps, an e-mail reply's date line and a day book's date line", () => {
    const text = [
      'Tariq M, [09.03.26 21:40]',
      'anyone about?',
      '> On 10 Mar 2026, at 08:15, Ola wrote:',
      'Tue 11/03/2026    Staff: Ann (PSO)',
      'Wednesday 12 March 2026',
      'notes',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('still finds the date of an event in a sentence and a date of birth', () => {
    const text =
      'Assaulted on 14/02/2026 at home. DOB 01/01/1990.\nMon 03/03/2026 he was arrested. Order completed 05/05/2025.';
    expect(found(text)).toEqual(['14/02/2026', '01/01/1990', '03/03/2026', '05/05/2025']);
  });
});

// Record dates read after fresh5's first sight: a `Received:` field, a panel's date and a dated,
// timed item of a numbered list (an entry stamp like a log line's).
describe('received, panel and numbered-list stamps', () => {
  it('leaves a received date, a panel date and the stamp of a numbered item', () => {
    const text =
      'Ref: AB-12   Received: 03/02/2026\nPanel date: Friday 6 March 2026 at 14:00\n 3. 01/02/2026 23:10 — neighbour rang';
    expect(typed(text)).toEqual([]);
  });

  it('still takes a date inside a numbered item that is no stamp', () => {
    expect(typed(' 2. Assaulted on 14/02/2026 at home.')).toEqual([['DATE', '14/02/2026']]);
  });
});
