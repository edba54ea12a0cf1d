/**
 * Dates that a system or a document carries rather than an event in a person's life
 * (ANNOTATION.md leaves timestamps, CSV cells and administrative dates out): a timed date in a data
 * value or table cell, the ISO `T` form or a time to the second in a field, a date set to the
 * right of a signature or letterhead line, and a comma-separated cell. Each rule has a case that
 * must stay a date. Examples are fictional and not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, type EntityType } from '../../src/deid/index.js';

const found = (text: string, type: EntityType = 'DATE') =>
  detectIdentifiers(text)
    .filter((d) => d.type === type)
    .map((d) => d.text);

describe('machine timestamps', () => {
  it('leaves out timed dates in JSON, SQL and XML values', () => {
    expect(found('{"logged": "2031-03-04 10:15", "user": "op12"}')).toEqual([]);
    expect(found("INSERT INTO notes VALUES ('N1', '2031-03-04 10:15', 'seen')")).toEqual([]);
    expect(found('<Record made="2031-03-04T10:15:00Z">')).toEqual([]);
  });

  it('leaves out timed dates in table cells and numbered record lines', () => {
    expect(found('| cam_2 | 04/03/2031 22:41 | two males at the gate |')).toEqual([]);
    expect(found('4471;4472;2031-03-04 22:41;OUT')).toEqual([]);
    expect(found('[2] 04/03/2031 09:12 | Phone call out | by AB')).toEqual([]);
  });

  it('leaves out ISO T stamps and times to the second after a label or in a column', () => {
    expect(found('# run: 2031-03-04T07:15:03Z')).toEqual([]);
    expect(found('Date: Fri, 7 Mar 2031 09:14:51 +0000')).toEqual([]);
    expect(found('2281  2031-03-04 22:30:41  ANPR hit')).toEqual([]);
  });

  it('keeps an event date with hours and minutes, and a T stamp in running prose', () => {
    expect(found('She was last seen on 4 March 2031 at 22:40 near the lock.')).toEqual([
      '4 March 2031',
    ]);
    expect(found('Arrested:      14/03/2031 at 23:10')).toEqual(['14/03/2031']);
    expect(found('He says it happened 2031-03-04T14:30:00Z or so')).toEqual([
      '2031-03-04T14:30:00Z',
    ]);
  });
});

describe('dates a document or a signature bears', () => {
  it('leaves out a date set to the right of a signature or reference', () => {
    const text = 'Statement ends.\nSigned  A Byrne  4410        12/03/2031\n';
    expect(found(text)).toEqual([]);
    expect(found('Reply to:\nOur ref: QX/31/0042                     3 April 2031\n')).toEqual([]);
  });

  it('leaves out the date of a line that signs the record off', () => {
    expect(found('Notes follow.\nReviewed: PCSO 7093 HARKER 06/02/31 - reg confirmed')).toEqual([]);
    expect(found('Screened by: N. Hale RMN, L&D practitioner, 15/10/2031')).toEqual([]);
    expect(found('Mobile checked: 07700 900214. Next appointment 27 October 2031')).toEqual([
      '27 October 2031',
    ]);
  });

  it('leaves out an indented date alone on its line', () => {
    expect(
      found('Harbour Road\nNorthby\n                         3 April 2031   \n\nDear Sir'),
    ).toEqual([]);
  });

  it('keeps a labelled field and a sentence ending in a date', () => {
    expect(found('Notes:\nDate of move:       12 January 2031\n')).toEqual(['12 January 2031']);
    expect(found('Notes:\nShe moved out on 3 April 2031\n')).toEqual(['3 April 2031']);
  });
});

describe('comma-separated cells', () => {
  it('leaves out dates in CSV cells and keeps a date-of-birth column', () => {
    expect(found('id,name,consented,withdraw_by\nP1,Ash,2031-01-14,2031-01-21\n')).toEqual([]);
    const rows = 'id,name,dob\nP1,Ash Byrne,1990-06-23\n';
    expect(found(rows, 'DATE_OF_BIRTH')).toEqual(['1990-06-23']);
  });

  it('keeps a date after a comma and a space in prose', () => {
    expect(found('On Monday, 3 March 2031 she was arrested.')).toEqual(['3 March 2031']);
  });
});
