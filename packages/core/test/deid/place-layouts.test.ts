/**
 * Address blocks, flats and buildings, lower-case chat addresses, incident locations, and the
 * post town before a postcode (the layouts of court registers, letters, forms and chat exports).
 */
import { describe, expect, it } from 'vitest';
import {
  addressRecognizer,
  detectIdentifiers,
  locationRecognizer,
  type Detection,
} from '../../src/deid/index.js';

const spans = (found: Detection[]) => found.map((d) => `${d.type}:${d.text}`);
const addresses = (text: string) =>
  spans(addressRecognizer.detect(text, {})).filter((s) => s.startsWith('ADDRESS'));
const detected = (text: string, type: string) =>
  spans(detectIdentifiers(text)).filter((s) => s.startsWith(`${type}:`));

describe('the post town after a street with no comma before the postcode', () => {
  it('takes the words between a street type and the postcode as the town', () => {
    expect(
      detected('CALLER: its 9 Tanyard Close Ruckley Magna DY7 3QE. hurry', 'LOCATION'),
    ).toEqual(['LOCATION:Ruckley Magna']);
    expect(detected('me at Flat 4C, Ropers Yard Kelmsby NR9 4TT tonight', 'LOCATION')).toEqual([
      'LOCATION:Kelmsby',
    ]);
  });

  it('does not take premises after a street or a street with no town', () => {
    expect(detected('seen at Mill Street Health Centre DY7 3QE', 'LOCATION')).toEqual([]);
    expect(detected('drop it to 14 Orchard Lane DY7 3QE please', 'LOCATION')).toEqual([]);
  });
});

describe('the post town before a postcode', () => {
  it('takes the words before a postcode after a comma, a line start or on the line above', () => {
    const block = 'Mr Mihai Popescu\nFlat 1, 67 Wide Bargate\nBoston\nPE21 8SG\n';
    expect(detected(block, 'LOCATION')).toEqual(['LOCATION:Boston']);
    expect(detected('Home: 6 Cwrt y Coed, Bangor LL57 2EJ.', 'LOCATION')).toEqual([
      'LOCATION:Bangor',
    ]);
    expect(detected('of Rose Cottage, Back Lane, Hunmanby YO14 0NB.', 'LOCATION')).toEqual([
      'LOCATION:Hunmanby',
    ]);
    expect(detected('80 Northumberland Road, Newcastle upon Tyne NE1 8JF', 'LOCATION')).toEqual([
      'LOCATION:Newcastle upon Tyne',
    ]);
  });

  it('does not take a street, a form label or words in the middle of a line', () => {
    expect(detected('Address: 14 Burgh Road ZE1 0QP', 'LOCATION')).toEqual([]);
    expect(detected('Your address: see form   Postcode: PE1 2PE', 'LOCATION')).toEqual([]);
    expect(detected('Seen by Dr Amir Okafor ZE1 0QP', 'LOCATION')).toEqual([]);
  });

  it('keeps a gazetteer town that a postcode follows (letters glued to digits are a code)', () => {
    const found = spans(locationRecognizer.detect('14 Burgh Road\nLerwick  ZE1 0QP', {}));
    expect(found).toEqual(['LOCATION:Lerwick']);
    expect(spans(locationRecognizer.detect('Taken to Leeds General Infirmary.', {}))).toEqual([]);
  });

  it('reads an ambiguous town that is no word or name after a comma, but not a word-town', () => {
    const find = (text: string) => spans(locationRecognizer.detect(text, {}));
    expect(find('Workshop, recording 2 of 3, Bangor.')).toEqual(['LOCATION:Bangor']);
    expect(find('Friday, March the 3rd; Smith, Preston and Jones.')).toEqual([]);
  });
});

describe('flats and buildings', () => {
  it('takes the word flat with a tenement position, and a flat in a named building', () => {
    expect(addresses('Address: Flat 2/1, 41 Kenneth Street, Inverness')).toEqual([
      'ADDRESS:Flat 2/1, 41 Kenneth Street',
    ]);
    expect(addresses('Previous address: Flat 9, Plas Glas, 3 Heol Eglwys, Ely')).toEqual([
      'ADDRESS:Flat 9, Plas Glas, 3 Heol Eglwys',
    ]);
    expect(addresses('Cyfeiriad: Fflat 2, 5 Stryd Fawr, Llanbedr Pont Steffan')).toEqual([
      'ADDRESS:Fflat 2, 5 Stryd Fawr',
    ]);
  });

  it('joins a building to a street named without a number', () => {
    expect(addresses('lives alone at Flat 7, Eastville Court, Fishponds Road, Bristol')).toContain(
      'ADDRESS:Flat 7, Eastville Court, Fishponds Road',
    );
    expect(addresses('per Imogen of Rose Cottage, Back Lane, Hunmanby')).toEqual([
      'ADDRESS:Rose Cottage, Back Lane',
    ]);
    expect(addresses('driver (58), Tŷ Isaf, Heol Senni, Aberhonddu')).toEqual([
      'ADDRESS:Tŷ Isaf, Heol Senni',
    ]);
    expect(addresses('Home: 6 Cwrt y Coed, Bangor')).toEqual(['ADDRESS:6 Cwrt y Coed']);
  });

  it('takes a flat and house number on a street with no street type, to the comma or line end', () => {
    expect(addresses('Flat 1, 67 Wide Bargate\nBoston')).toEqual([
      'ADDRESS:Flat 1, 67 Wide Bargate',
    ]);
    expect(addresses('Flat 2 door forced; 67 Wide Bargate')).toEqual([]);
  });

  it("leaves a children's home's name to the organisation rule", () => {
    expect(
      addresses('Placement: Craigmillar Children’s House, 22 Niddrie Mains Drive, Edinburgh'),
    ).toEqual(['ADDRESS:22 Niddrie Mains Drive']);
  });
});

describe('incident locations and lower-case addresses', () => {
  // ANNOTATION.md: public places and workplaces used as incident locations are not addresses.
  it('does not take a street after premises named by a common noun, but does after a home', () => {
    expect(addresses('offence happened outside a takeaway on Market Street.')).toEqual([]);
    expect(addresses('near the bus station on Rye Lane.')).toEqual([]);
    expect(addresses('she lives in a flat on Wren Street.')).toEqual(['ADDRESS:Wren Street']);
  });

  it('takes lower-case numbered addresses and a street someone is from, in chat', () => {
    expect(addresses('police are at 12 ffordd penglais now')).toEqual([
      'ADDRESS:12 ffordd penglais',
    ]);
    expect(addresses('with that lad from wren street')).toEqual(['ADDRESS:wren street']);
    expect(addresses('lives at 4 mercator house')).toEqual(['ADDRESS:4 mercator house']);
  });

  it('leaves quantities, sentence words and generic streets in lower case', () => {
    const text =
      'a 5 min drive, a 3 bed house, at 10 the road shut, lives on our road, down the high street, from high street';
    expect(addresses(text)).toEqual([]);
  });
});

// Address fields read after fresh5's first sight: a house name or a building before the numbered
// street, and a street without a known type, belong to the ADDRESS up to its last street part.
describe('address fields laid out as postal addresses', () => {
  it('takes a house name, a flat and building, and an unknown street type up to the street', () => {
    expect(addresses('Address: Penrose, 8 Tinners Steps, Polwhele, TR9 4XD')).toContain(
      'ADDRESS:Penrose, 8 Tinners Steps',
    );
    expect(addresses('Location: Flat 4, Garth House, Quarry Way, Dunmere, PL31 2RZ')).toContain(
      'ADDRESS:Flat 4, Garth House, Quarry Way',
    );
    expect(addresses('Address: Kiln Barn, Sandy Lane, Nether Hyde, SY4 1QQ')).toContain(
      'ADDRESS:Kiln Barn, Sandy Lane',
    );
  });

  it('stops before districts and leaves premises, sentences and single parts alone', () => {
    expect(addresses('Address: 27 Heol Fach, St Ives, Penfro SA61 1AA')).toEqual([
      'ADDRESS:27 Heol Fach',
    ]);
    expect(addresses('Location: Bus station, Leeds LS1 1AA')).toEqual([]);
    expect(addresses("Address: NFA. Staying at a friend's, Penfro SA61 1AA")).toEqual([]);
  });
});
