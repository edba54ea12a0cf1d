/**
 * General rules added after fresh36's misses were read (docs/deid.md, twenty-sixth session):
 * each with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('names', () => {
  it('does not read the word after a relation that ends a sentence as a name', () => {
    expect(found('She rang her sister. Trouble started at ten.', 'PERSON')).toEqual([]);
    expect(found('Sister Quarnby rang from the ward.', 'PERSON')).toEqual(['Quarnby']);
    expect(found('Letter from Dr. Pellow to the GP.', 'PERSON')).toEqual(['Pellow']);
  });

  it('does not read a role then a title after a comma as SURNAME, First', () => {
    expect(found('Told the DSL, Mr Oswin Tarrock-Vane, at 10:00.', 'PERSON')).toEqual([
      'Oswin Tarrock-Vane',
    ]);
    expect(found('Suspect: PELLAND, Joss (DOB 01/02/2001).', 'PERSON')).toEqual(['PELLAND, Joss']);
  });

  it('reads Bob and Bobby beside a surname, not alone as a word', () => {
    expect(found('Bob Quarrendon hands out blankets.', 'PERSON')).toEqual(['Bob Quarrendon']);
    expect(found('The float will bob in the water.', 'PERSON')).toEqual([]);
  });

  it('reads a name before its age and a note in brackets, after a household word', () => {
    expect(found('Children Tamsyn (8, asthma) and Orrin (5).', 'PERSON')).toEqual([
      'Tamsyn',
      'Orrin',
    ]);
    expect(found('Bed (12, window side) was free.', 'PERSON')).toEqual([]);
  });

  it("reads the text of an XML element that gives an officer's collar number", () => {
    const xml =
      '<rec>\n  <found_by collar="3318">Quennell</found_by>\n  <custody_sgt collar="2207">Ashby-Tolle</custody_sgt>\n  <seen by="Marit Oxenholme">yes</seen>\n  <ward collar="no">Kestrel</ward>\n</rec>\n';
    expect(found(xml, 'PERSON')).toEqual(['Quennell', 'Ashby-Tolle', 'Marit Oxenholme']);
  });
});

describe('the span of a name', () => {
  it('leaves registration and degree letters after a name out of it, as ranks are', () => {
    expect(found('Triage nurse: Orlagh Quennell RN\n', 'PERSON')).toEqual(['Orlagh Quennell']);
    expect(found('Kind regards\nAmrit Sundaram MRPharmS, pharmacist', 'PERSON')).toEqual([
      'Amrit Sundaram',
    ]);
    expect(found('Triage nurse: Orlagh Quennell\n', 'PERSON')).toEqual(['Orlagh Quennell']);
  });
});

describe('names after a cue', () => {
  it('reads a full name after a relation or job and a comma, before a bracket', () => {
    expect(found('The neighbour, Ilka Vaszary (07700 900999), has a key.', 'PERSON')).toEqual([
      'Ilka Vaszary',
    ]);
    expect(found('The neighbour, Flat Nine (upstairs), has a key.', 'PERSON')).toEqual([]);
  });

  it('reads a name a capitalised greeting addresses, as after a lower-case one', () => {
    expect(found('Hi Quilla, sorry to hear that.', 'PERSON')).toEqual(['Quilla']);
    expect(found('Thanks Quilla! I will book it.', 'PERSON')).toEqual(['Quilla']);
    expect(found('Morning Control, all units.', 'PERSON')).toEqual([]);
    expect(found('Hello Team, meeting at ten.', 'PERSON')).toEqual([]);
  });

  it('reads a quoted nickname the person is known to all by', () => {
    expect(found('Tomasz Quill, known to all as "Pike", sleeps here.', 'PERSON')).toEqual([
      'Tomasz Quill',
      'Pike',
    ]);
    expect(found('The café, known to all as "the Hut", was shut.', 'PERSON')).toEqual([]);
  });
});

describe('places', () => {
  it('does not read a titled name after a street and a comma as its town', () => {
    const text =
      'Outside the Ship on Quay Street, Mr Ondiek pushed him. Lives at 4 Tern Row, Saltby.';
    expect(found(text, 'LOCATION')).toEqual(['Saltby']);
    expect(found(text, 'PERSON')).toEqual(['Ondiek']);
  });
});

describe('collar numbers and references', () => {
  it("reads a force's letters glued to the year, a dash and the serial as a reference", () => {
    expect(found('They already have a log, QXC61-004417, from Monday.', 'CRIME_REF')).toEqual([
      'QXC61-004417',
    ]);
    expect(found('script_ref: RRX-FP10-338271', 'CRIME_REF')).toEqual([]);
  });

  it('reads a number told after an officer in the same sentence', () => {
    expect(found('the pc who came, number 4471 i think, was kind', 'COLLAR_NUMBER')).toEqual([
      '4471',
    ]);
    expect(
      found('pcso did a visit last week. Room number 4471 is upstairs.', 'COLLAR_NUMBER'),
    ).toEqual([]);
    expect(found('The bus, fleet number 11702, was late.', 'COLLAR_NUMBER')).toEqual([]);
  });

  it("reads a probation case reference after a bracketed label and in a table's crn column", () => {
    expect(found('Your ref (CRN): K552190\n', 'CRIME_REF')).toEqual(['K552190']);
    const tsv =
      'date\tcrn\tname\n2031-02-01\tK552190\tQUARRIE, Tam\n2031-02-08\tK552207\tVOSS, Ida\n';
    expect(found(tsv, 'CRIME_REF')).toEqual(['K552190', 'K552207']);
    expect(found('The case (ref) is closed.', 'CRIME_REF')).toEqual([]);
  });
});
