/**
 * General rules added after fresh18's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('a form’s town field', () => {
  it('reads the town after Town: or POST TOWN:, up to a wide gap', () => {
    const form = 'Address: 4 Ropewalk Yard\nTown: Marlow Fenby     Postcode: FX4 2QT\n';
    expect(found(form, 'LOCATION')).toContain('Marlow Fenby');
    expect(found('POST TOWN: BRIDLESTOW\n', 'LOCATION')).toEqual(['BRIDLESTOW']);
  });

  it('needs the colon and leaves an everyday word alone', () => {
    expect(found('Town centre patrol with Sgt Oduya.', 'LOCATION')).toEqual([]);
    expect(found('Town: Centre\nCity: North\n', 'LOCATION')).toEqual([]);
  });
});

describe('ranks and roles before names', () => {
  it('reads a fire and rescue manager or firefighter as a rank before a name', () => {
    const report = 'Investigator: Station Manager Aled Pritchard      Police liaison: DS Rowe';
    expect(found(report, 'PERSON')).toContain('Aled Pritchard');
    expect(found('Firefighter Tomasz Wilk carried her out.', 'PERSON')).toEqual(['Tomasz Wilk']);
  });

  it('does not take the next column after a rank and a wide gap', () => {
    expect(found('Reception Manager    Datix form completed', 'PERSON')).toEqual([]);
  });

  it('reads the name a letter’s subject line gives, not a subject', () => {
    const letter = 'Dear Dr Vance,\n\nRe: Oskar Brandvik   DOB: 02/03/2011\n';
    expect(found(letter, 'PERSON')).toContain('Oskar Brandvik');
    expect(found('Re: Noise from the flats above\n', 'PERSON')).toEqual([]);
  });

  it('leaves role nouns that open a sentence out of names', () => {
    const notes = 'Recipient stated he had only just arrived.\nInjuries reported: graze to knee.';
    expect(found(notes, 'PERSON')).toEqual([]);
  });

  it('leaves initials alone after a signature label', () => {
    expect(found('Bags sealed.\n\nSigned: T.W.  page 1 of 1\n', 'PERSON')).toEqual([]);
    expect(found('Signed: T. Wragg\n', 'PERSON')).toEqual(['T. Wragg']);
  });
});

describe('ages beside a name', () => {
  it('reads an estimate and what the person said of their age', () => {
    const log = 'GAVE NAME AS PIOTR LASKA, SAYS HE IS 41, NFA. Friend named as Kayden, about 16.';
    expect(found(log, 'AGE')).toEqual(['41', '16']);
  });

  it('leaves a duration after a name alone', () => {
    expect(found('Spoke to Rhian Tudor, about 15 minutes later.', 'AGE')).toEqual([]);
  });
});

describe('administrative dates', () => {
  it('leaves out when a letter or referral was sent, a week’s start and a night log’s date', () => {
    const record =
      'GP letter to the school nurse sent 03/04/2031.\nDate/time of contact: 05/04/2031 10:20\n' +
      '**Week commencing:** 07/04/2031\nNight of: Saturday 12/04/2031 into 13/04/2031   Venue: hall';
    expect(found(record, 'DATE')).toEqual([]);
  });

  it('keeps an event’s date in a person’s life', () => {
    expect(found('She was sent home from school on 03/04/2031.', 'DATE')).toEqual(['03/04/2031']);
  });
});

describe('organisations', () => {
  it('reads faith groups, staffing agencies, leisure centres and supported living providers', () => {
    const text =
      'She worships at Hollybank Evangelical Church and St Piran’s Catholic Mission.\n' +
      'Agency worker from Brightwater Staffing Solutions; provider Larchmere Living; ' +
      'incident at Dunmere Leisure Centre; GP: Pennant Family Doctors.';
    const orgs = found(text, 'ORGANISATION');
    for (const name of [
      'Hollybank Evangelical Church',
      'St Piran’s Catholic Mission',
      'Brightwater Staffing Solutions',
      'Larchmere Living',
      'Dunmere Leisure Centre',
      'Pennant Family Doctors',
    ]) {
      expect(orgs).toContain(name);
    }
  });

  it('keeps a title and an "and District" inside the name', () => {
    expect(found('Pupil at Sir Aubrey Lyle Grammar School.', 'ORGANISATION')).toEqual([
      'Sir Aubrey Lyle Grammar School',
    ]);
    expect(found('Landlord: Tanfield and District Housing', 'ORGANISATION')).toEqual([
      'Tanfield and District Housing',
    ]);
  });

  it('leaves a generic church or living room alone', () => {
    expect(found('Living room tidy. The church hall was shut.', 'ORGANISATION')).toEqual([]);
  });
});

describe('references', () => {
  it('leaves a property bag’s or seal’s reference out', () => {
    const text = 'Phone seized (property ref PR/4471), seal no. SL-20931; crime ref CR/2031/0042';
    expect(found(text, 'CRIME_REF')).toEqual(['CR/2031/0042']);
  });
});
