/**
 * Organisations linked to a person beyond the gazetteer: courts, GP practices, housing
 * associations, letting agents, taxi firms, charities and their branches, hospital wards.
 */
import { describe, expect, it } from 'vitest';
import { organisationRecognizer, type Detection } from '../../src/deid/index.js';

const names = (found: Detection[]) => found.map((d) => d.text);
const find = (text: string) => names(organisationRecognizer.detect(text, {}));

describe('organisationRecognizer: named institutions', () => {
  it('takes the court a person appears at, but not a court with no name', () => {
    expect(
      find("Inverness Sheriff Court — register\nCourt: Camberwell Green Magistrates' Court"),
    ).toEqual(['Inverness Sheriff Court', "Camberwell Green Magistrates' Court"]);
    expect(find('Aberystwyth Justice Centre — Court register')).toEqual([
      'Aberystwyth Justice Centre',
    ]);
    expect(find('Bailed to the Crown Court. Courtroom 2, Court 3.')).toEqual([]);
  });

  it('takes GP practices, health parks and centres, not a generic practice', () => {
    expect(find("Hodan's GP at Fishponds Family Practice; GP Calder Valley Practice.")).toEqual([
      'Fishponds Family Practice',
      'Calder Valley Practice',
    ]);
    expect(find('Registered with Keir Hardie Health Park.')).toEqual(['Keir Hardie Health Park']);
    expect(find('from the Ballymurphy Women’s Centre, ringing')).toEqual([
      'Ballymurphy Women’s Centre',
    ]);
    expect(find('Good Practice guidance. The Practice called.')).toEqual([]);
  });

  it('takes the place after a royal infirmary or hospital, and a ward written before its hospital', () => {
    expect(find('Conveyed to Royal Infirmary of Edinburgh by crew.')).toEqual([
      'Royal Infirmary of Edinburgh',
    ]);
    expect(find('Co-ordinator | Ward 12, Birmingham City Hospital | 0121')).toEqual([
      'Ward 12, Birmingham City Hospital',
    ]);
  });
});

describe('organisationRecognizer: landlords, firms and charities', () => {
  it('takes housing associations, letting agents and taxi firms on their own', () => {
    expect(find('Clanmil Housing\n12 October')).toEqual(['Clanmil Housing']);
    expect(find('Hjaltland Housing Association\n15 October')).toEqual([
      'Hjaltland Housing Association',
    ]);
    expect(find('Harbour Lettings — response. I booked a car from Severn Cars to')).toEqual([
      'Harbour Lettings',
      'Severn Cars',
    ]);
  });

  it('leaves job titles, generic housing and everyday words before the business word', () => {
    expect(
      find('Jas Bains, Clanmil Housing Officer. Social Housing. Police Cars. Two Cars.'),
    ).toEqual([]);
  });

  it('finds charities, with a branch town after them, and no leading "the" on named bodies', () => {
    expect(
      find('Interviewer: Ruth Grant, Barnardo’s. Worker from Refugee Action Norwich: Tom'),
    ).toEqual(['Barnardo’s', 'Refugee Action Norwich']);
    expect(find('Card used at the Red Lion.')).toEqual(['the Red Lion']);
  });
});

describe('organisationRecognizer: wards', () => {
  it('takes named wards, numbered wards a person is on, and the hospital heading a ward', () => {
    expect(find('Carseview Centre — Mulberry Ward\nDISCHARGE')).toEqual([
      'Mulberry Ward',
      'Carseview Centre',
    ]);
    expect(find('Kargbo is now on Ward 5. Belfast City Hospital — Ward 7 South').sort()).toEqual([
      'Belfast City Hospital',
      'Ward 5',
      'Ward 7 South',
    ]);
    expect(find('We waited at Birch Ward at Meadowbank for a bed.')).toEqual([
      'Birch Ward at Meadowbank',
    ]);
  });

  it('leaves a ward as a workplace, a kind of ward and a person called Ward', () => {
    expect(
      find('App crashed. Ward 7, Band 5 staff. Male Ward. Dr Hazel Ward and Sarah Ward.'),
    ).toEqual([]);
  });
});

describe('organisationRecognizer: services and firms named by what they do', () => {
  // Two rules may find the same firm (`Worked at Tolland Bakery`); the resolver keeps one.
  const unique = (text: string) => [...new Set(find(text))];

  it('takes a service or firm, with `and` inside its name', () => {
    expect(
      unique(
        'Keyworker from Calderbrook Recovery Partnership. Collected script from Ashby Pharmacy. Worked at Tolland Bakery. Yarrow and Teign Crisis Line called.',
      ),
    ).toEqual([
      'Calderbrook Recovery Partnership',
      'Ashby Pharmacy',
      'Tolland Bakery',
      'Yarrow and Teign Crisis Line',
    ]);
  });

  it('leaves generic services and national units named by their work', () => {
    expect(
      find(
        'Mental Health Crisis Line. Community Safety Project. Forced Marriage Unit. Major Crime Unit.',
      ),
    ).toEqual([]);
  });

  it("takes a person's employer after a work phrase, but not a town or a street", () => {
    expect(
      find('his job at Brennan Tiles Ltd. Employer: Quillfield Freight. works at Leeds.'),
    ).toEqual(['Brennan Tiles Ltd', 'Quillfield Freight']);
    expect(find('She works at Mill Lane now.')).toEqual([]);
  });

  it('takes an approved premises by its name, without the words Approved Premises', () => {
    expect(find('Usual address: Orchard House Approved Premises, Kiln Road')).toEqual([
      'Orchard House',
    ]);
  });

  it('leaves a charity given as advice or a chain named as the maker of clothes', () => {
    expect(find('Gave Samaritans details. Age UK leaflet handed over. A grey M&S coat.')).toEqual(
      [],
    );
    expect(find('Interviewer: Ruth Grant, Barnardo’s.')).toEqual(['Barnardo’s']);
  });
});

// Names read after fresh5's first sight: housing providers (`Homes`), taxi firms (`Cabs`), NHS
// teams by their place, firms of partners joined by `&`; public bodies left out.
describe('housing providers, NHS teams and firms of partners', () => {
  it('takes Homes and Cabs firms, named NHS teams and partner firms', () => {
    expect(find('Landlord: Tawbridge Vale Homes (general needs); booked Corris Cabs')).toEqual([
      'Tawbridge Vale Homes',
      'Corris Cabs',
    ]);
    expect(
      find('open to Pellow North Community Mental Health Team and Pellow Recovery Team'),
    ).toEqual(['Pellow North Community Mental Health Team', 'Pellow Recovery Team']);
    expect(find('Solicitor: Ewa Bryk, Okafor & Platt. Funeral by Hebden & Sons.')).toEqual([
      'Okafor & Platt',
      'Hebden & Sons',
    ]);
  });

  it('leaves kinds of home, everyday pairs, couples, towns and public bodies', () => {
    const text =
      'Care Homes inspected. Bed & Breakfast. Tom & Jo visited. Brighton & Hove. From: Roads Policing Unit. Tawford Community Safety Partnership met.';
    expect(find(text)).toEqual([]);
  });
});
