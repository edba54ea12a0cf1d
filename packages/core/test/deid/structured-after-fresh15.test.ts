/**
 * Staff numbers and ages written beside the person, added after fresh15 was scored once and its
 * AGE and COLLAR_NUMBER misses read (docs/deid.md): a CAD line's bracketed operator tag, a print's
 * requester, a number right after a name, a superintendent's number, and ages after a name, after
 * a word for a person, and in age fields. Examples are fictional and not taken from any evaluation
 * set; each rule has a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('staff numbers beside the person', () => {
  it('reads the number in a CAD line’s operator tag, not a tag of digits alone', () => {
    expect(found('2031-04-02 03:12:55 [6604 MARLOW] Caller states', 'COLLAR_NUMBER')).toEqual([
      '6604',
    ]);
    expect(found('16:05 [Ruth (3302)] Amb requested.', 'COLLAR_NUMBER')).toEqual(['3302']);
    expect(found('22:44 [RD 5530] ECHO 21 on scene', 'COLLAR_NUMBER')).toEqual(['5530']);
    expect(found('14:02 [0900] nothing further', 'COLLAR_NUMBER')).toEqual([]);
  });

  it('reads a print’s requester and a number right after a name', () => {
    expect(found('REQUESTED BY : 2744 / TOBIAS / WL   REASON: RTC', 'COLLAR_NUMBER')).toEqual([
      '2744',
    ]);
    expect(
      found('Transcribed by: C. Maddern 70291          Date: 09/03/2031', 'COLLAR_NUMBER'),
    ).toEqual(['70291']);
    expect(
      found('you are now chatting with Priya (5520). If you are in danger', 'COLLAR_NUMBER'),
    ).toEqual(['5520']);
  });

  it('does not read a year or a phone number after a name as a staff number', () => {
    expect(found('Mr Jean Smith 1990 born in Leeds', 'COLLAR_NUMBER')).toEqual([]);
    expect(found('Jean Smith 07700 900123', 'COLLAR_NUMBER')).toEqual([]);
  });

  it('reads a superintendent’s number after the rank', () => {
    expect(found('Ch Supt 0188 Harriet Nune (force lead)', 'COLLAR_NUMBER')).toEqual(['0188']);
  });
});

describe('ages beside the person', () => {
  it('reads an age after a name, set off by a comma or a dash, in figures or words', () => {
    expect(found('  - Lacey-Mae HIBBERD, 14, attends the academy', 'AGE')).toEqual(['14']);
    expect(found('Passenger ....... Zak Holroyde, 24 - not searched', 'AGE')).toEqual(['24']);
    expect(found('  - Kyrese FONTAINES, aged fifteen, lives nearby.', 'AGE')).toEqual(['fifteen']);
  });

  it('reads an age after a word for a person and in age fields', () => {
    expect(found('a gentleman, seventy-nine, walked off the ward', 'AGE')).toEqual([
      'seventy-nine',
    ]);
    expect(found('maternal aunt, 33, 07700 900415 - protective', 'AGE')).toEqual(['33']);
    expect(found('Age: eighty-eight', 'AGE')).toEqual(['eighty-eight']);
    expect(found('Age / DOB ....... 23 / 02-11-2008', 'AGE')).toEqual(['23']);
  });

  it('does not read a house number or an impossible age as one', () => {
    expect(found('Jean Smith, 12 Mill Road', 'AGE')).toEqual([]);
    expect(found('the man, 200, said', 'AGE')).toEqual([]);
  });
});

describe('names beside staff numbers and in searches', () => {
  it('reads the name in a CAD operator tag, not a control-room role', () => {
    expect(found('2031-04-02 03:12:55 [6604 MARLOWE] Caller states', 'PERSON')).toEqual([
      'MARLOWE',
    ]);
    expect(found('16:14 [PCSO Tamsin Vale] With female.', 'PERSON')).toEqual(['Tamsin Vale']);
    expect(found('03:16:40 [7730 DISP] TANGO 14 assigned', 'PERSON')).toEqual([]);
    expect(found('14:00 [SYSTEM] auto close', 'PERSON')).toEqual([]);
  });

  it('reads the requester’s surname and a PNC search name before a date of birth', () => {
    expect(found('REQUESTED BY : 2744 / TOBIAS / WL   REASON: RTC', 'PERSON')).toEqual(['TOBIAS']);
    expect(found('PNC: TOLLAND/GEMMA DOB 02/06/1987 - no trace', 'PERSON')).toEqual([
      'TOLLAND/GEMMA',
    ]);
    expect(found('Route: A61/M62 junction 28', 'PERSON')).toEqual([]);
  });

  it('reads a full name set off by commas after a job', () => {
    expect(found('Caller is a bus driver, Norbert Inchley, 07700 900437.', 'PERSON')).toEqual([
      'Norbert Inchley',
    ]);
  });
});

describe('places and addresses', () => {
  it('reads a place name joined by a link word after a residence cue', () => {
    expect(found('Her mum lives in Port of Spain.', 'LOCATION')).toContain('Port of Spain');
  });

  it('reads local thoroughfare words after a house number', () => {
    expect(found('I live at 58 Coopers Drift, Wetherby.', 'ADDRESS')).toContain('58 Coopers Drift');
    expect(found('Take him to 44 Chandlers Reach tonight.', 'ADDRESS')).toContain(
      '44 Chandlers Reach',
    );
  });
});

describe('references and addresses in XML', () => {
  it('reads a reference in an XML attribute named like a reference label', () => {
    expect(
      found('<References crime="CR-31-0055031" nfib="NFRC310412008714"/>', 'CRIME_REF'),
    ).toEqual(['CR-31-0055031', 'NFRC310412008714']);
    expect(found('<Setting crime="none" count="2024"/>', 'CRIME_REF')).toEqual([]);
  });

  it('reads a flat in a named building as an XML address line', () => {
    expect(found('<Line1>Flat 8, Beaufort Lodge</Line1>', 'ADDRESS')).toEqual([
      'Flat 8, Beaufort Lodge',
    ]);
  });
});

describe('names by form labels and maiden names', () => {
  it('reads the name someone answers to, a manager, a note-taker and a maiden name', () => {
    expect(found('Name they answer to .............. "Tuli" / "Mum"', 'PERSON')).toEqual(['Tuli']);
    expect(found('Manager: Jasbir Bainsley 07700 900 602', 'PERSON')).toEqual(['Jasbir Bainsley']);
    expect(found('Note-taker: Joss Penwarden.', 'PERSON')).toEqual(['Joss Penwarden']);
    expect(found('BRIMBLE, Agatha Mary (née Pascoe)', 'PERSON')).toContain('Pascoe');
  });

  it('does not read a label’s everyday value as a name', () => {
    expect(found('Manager: see rota', 'PERSON')).toEqual([]);
  });
});

describe('letter address blocks', () => {
  const letter =
    'Mr V Radović & Ms L Radović\nFlat 5\nChandos House\n90 Netherby Road\nGallowby\n\nDear Mr Radović';

  it('reads the flat and the building on the lines above a numbered street', () => {
    const addresses = found(letter, 'ADDRESS');
    expect(addresses).toEqual(
      expect.arrayContaining(['Flat 5', 'Chandos House', '90 Netherby Road']),
    );
  });

  it('does not read a couple as a firm, nor an everyday line above a street as an address', () => {
    expect(found(letter, 'ORGANISATION')).toEqual([]);
    expect(found('Notes taken.\nThe flat\n12 Mill Lane', 'ADDRESS')).toEqual(['12 Mill Lane']);
  });
});
