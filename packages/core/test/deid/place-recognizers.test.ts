import { describe, expect, it } from 'vitest';
import {
  addressRecognizer,
  locationRecognizer,
  organisationRecognizer,
  type Detection,
} from '../../src/deid/index.js';

const spans = (found: Detection[]) => found.map((d) => `${d.type}:${d.text}`);

describe('addressRecognizer', () => {
  const find = (text: string) => spans(addressRecognizer.detect(text, {}));

  it('takes flat, house number and street, and the town after a comma as a LOCATION', () => {
    expect(find('Attended Flat 3, 27 Cliff Terrace, Whitby YO21 3AB.')).toEqual([
      'ADDRESS:Flat 3, 27 Cliff Terrace',
      'LOCATION:Whitby',
    ]);
    expect(find('SUSPECT: 25 Heol y Nant, Ipswich.')).toEqual([
      'ADDRESS:25 Heol y Nant',
      'LOCATION:Ipswich',
    ]);
    expect(find('ASB at 104 MILL LANE SW1A8UL')).toEqual(['ADDRESS:104 MILL LANE']);
  });

  // Layouts from custody forms, referrals and statements: flat and building together, Scottish
  // tenement positions, `no 4`, and a house in a named development before its street.
  it('takes flats with buildings, tenement positions, "no" and named developments', () => {
    expect(find('Flat 7, Tennyson House, 41 Wickham Road, Croydon')).toContain(
      'ADDRESS:Flat 7, Tennyson House, 41 Wickham Road',
    );
    expect(find('Address: 2/1, 45 Allison Street, Glasgow')).toContain(
      'ADDRESS:2/1, 45 Allison Street',
    );
    expect(find('lives no 4, Wren Street i think')).toEqual(['ADDRESS:no 4, Wren Street']);
    expect(find('of 2 The Paddocks, Church Lane, Much Wenlock')).toContain(
      'ADDRESS:2 The Paddocks, Church Lane',
    );
  });

  it('takes a street named alone, without sentence words before it', () => {
    expect(find('She lives on Wren Street with her nan.')).toEqual(['ADDRESS:Wren Street']);
    expect(find('Attended Albert Road.')).toEqual(['ADDRESS:Albert Road']);
  });

  it('needs a number for street types that are everyday words', () => {
    expect(find('Harpreet Green and Amir Hill spoke.')).toEqual([]);
    expect(find('Seen at 4 Village Green.')).toEqual(['ADDRESS:4 Village Green']);
  });

  it('leaves bare flat numbers and lower-case prose alone', () => {
    expect(find('FLAT 2 door open; walked down the road.')).toEqual([]);
  });
});

describe('locationRecognizer', () => {
  const find = (text: string, places?: string[]) =>
    spans(locationRecognizer.detect(text, places ? { places } : {}));

  it('takes the place after a name and age, as court lists write it', () => {
    expect(
      spans(locationRecognizer.detect('10:00  AHMETI, Besnik (23) of Gorton - s.5(2)', {})),
    ).toEqual(['LOCATION:Gorton']);
    expect(
      spans(locationRecognizer.detect('Jo Bell, 31, of Kirkby Moor, was bailed.', {})),
    ).toEqual(['LOCATION:Kirkby Moor']);
  });

  it('finds gazetteer towns, but not inside longer names', () => {
    expect(find('Transferred to Bradford from Milton Keynes.')).toEqual([
      'LOCATION:Bradford',
      'LOCATION:Milton Keynes',
    ]);
    expect(find('Taken to Leeds General Infirmary via Bradford Road.')).toEqual([]);
  });

  it('needs context for towns that are also words or names', () => {
    expect(find('Reading the notes, Sale agreed.')).toEqual([]);
    expect(find('He moved to Reading.')).toEqual(['LOCATION:Reading']);
  });

  it("adds a study's own places", () => {
    expect(find('Seen in Testhaven.', ['Testhaven'])).toEqual(['LOCATION:Testhaven']);
  });
  it('takes a place where someone lives, was born or comes from, gazetteer or not', () => {
    expect(
      find(
        'She lives in Garthwick. Born 2 May 1970 in Valparaíso. From Tarnów; son Emil in Port Elliot, with cousin in Kraków, Poland.',
      ),
    ).toEqual([
      'LOCATION:Garthwick',
      'LOCATION:Valparaíso',
      'LOCATION:Tarnów',
      'LOCATION:Port Elliot',
      'LOCATION:Kraków',
      'LOCATION:Poland',
    ]);
    expect(find('Parked on Mill Road in Pelton. Seen around the Fenwick area.').sort()).toEqual([
      'LOCATION:Fenwick',
      'LOCATION:Pelton',
    ]);
  });

  it('takes a gazetteer town typed in lower case after a preposition or before a postcode', () => {
    expect(find('dad is coming from leeds. 4 elm road norwich nr1 1aa')).toEqual([
      'LOCATION:leeds',
      'LOCATION:norwich',
    ]);
    expect(find('lives in fear. moved to reading the notes')).toEqual([]);
  });

  it('leaves months, rooms and a coroner’s area', () => {
    expect(
      find(
        'Born in March. Lives in Flat 3. A note from Sarah Dunn. HM Senior Coroner for Leeds and Wakefield',
      ),
    ).toEqual([]);
  });
});

describe('addressRecognizer: streets as public spots', () => {
  const find = (text: string) => spans(addressRecognizer.detect(text, {}));

  it('leaves a street named alone with a public facility after it or a way someone went', () => {
    expect(
      find('Waited at the Kings Road stop. Held at Fenton Road custody. Drove towards Mill Lane.'),
    ).toEqual([]);
    expect(find('She lives on Wren Street.')).toEqual(['ADDRESS:Wren Street']);
  });
});

describe('organisationRecognizer', () => {
  const find = (text: string, agencies = false) =>
    spans(organisationRecognizer.detect(text, { agencies }));

  it('finds premises and pubs with a leading "the" and a trailing street', () => {
    expect(find('Card used at the Job Centre on Market Street and at Greggs.')).toEqual([
      'ORGANISATION:the Job Centre on Market Street',
      'ORGANISATION:Greggs',
    ]);
    expect(find('He drinks at the Rose and Crown.')).toEqual(['ORGANISATION:the Rose and Crown']);
  });

  it('finds GP practices and schools, but not generic phrases', () => {
    expect(find('GP: Lowfield Surgery. Son attends Ravenscliffe Academy.')).toEqual([
      'ORGANISATION:Lowfield Surgery',
      'ORGANISATION:Ravenscliffe Academy',
    ]);
    expect(find('Registered at St Mary’s Medical Centre and Oak Hill Primary School.')).toEqual([
      'ORGANISATION:St Mary’s Medical Centre',
      'ORGANISATION:Oak Hill Primary School',
    ]);
    expect(
      find('The School called. Her Academy and the Primary School were told. GP SURGERY'),
    ).toEqual([]);
  });

  it('tags public bodies only when a study opts in', () => {
    const text = 'Referred by Northshire Police to the Crown Court.';
    expect(find(text)).toEqual([]);
    expect(find('Leeds City Council wrote.')).toEqual([]);
    expect(find(text, true)).toEqual(['ORGANISATION:Northshire Police']);
  });
});
