/**
 * General rules added after fresh6's first sight (docs/deid.md): each with fictional examples of
 * its own and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('dates of documents, notices and hearings', () => {
  it('leaves out issue, referral, hearing, letter and authorised-period dates', () => {
    expect(
      found('Notice no. 88/1234     Date of issue: 04/03/2026\nTo the keeper', 'DATE'),
    ).toEqual([]);
    expect(found('Date referred: 05/03/2026     Referred within: 2 days', 'DATE')).toEqual([]);
    expect(found('Hearing held on Wednesday 4 March 2026\nMembers: three', 'DATE')).toEqual([]);
    expect(found('Hearing held on 11.03.2026\nPanel', 'DATE')).toEqual([]);
    expect(found('The inspector wrote to me on 2nd March 2026. I ask', 'DATE')).toEqual([]);
    expect(found('Her letter dated 9 February 2026 says no.', 'DATE')).toEqual([]);
    const period = 'Period: 18:00 Sat 07/03/26 to 18:00 Mon 09/03/26 (max. 48 hours)';
    expect(found(period, 'DATE')).toEqual([]);
  });

  it('still finds the date of an event in a person’s life', () => {
    expect(found('Nell was assaulted on 6 March 2026 at home.', 'DATE')).toEqual(['6 March 2026']);
    expect(found('The hearing was adjourned; he was hurt on 07/03/26.', 'DATE')).toEqual([
      '07/03/26',
    ]);
  });
});

describe('words that are not names', () => {
  it('does not take acronyms, products or everyday words as names', () => {
    expect(found('Shared under GDPR Art. 6(1)(e) with the school.', 'PERSON')).toEqual([]);
    expect(found('Strategy meeting on MS Teams at 14:00.', 'PERSON')).toEqual([]);
    expect(found('Checked on Niche RMS, Storm and the PNC.', 'PERSON')).toEqual([]);
    expect(found('Universal Credit and Child Benefit paid to her.', 'PERSON')).toEqual([]);
    expect(
      found('Role: Family Support Worker     Organisation: Hollybank Trust', 'PERSON'),
    ).toEqual([]);
    expect(found('two lads came in. One said he was 19.', 'PERSON')).toEqual([]);
  });

  it('keeps a councillor’s name without the title', () => {
    expect(
      found('Present: Councillor Maura Pennick (Chair); Councillor Idris Vane', 'PERSON'),
    ).toEqual(['Maura Pennick', 'Idris Vane']);
  });

  it('does not take one quoted letter defining a shorthand as a nickname', () => {
    expect(found("1. APPLICANT ('A')\nName: Corin HALE", 'PERSON')).toEqual(['Corin HALE']);
    expect(found('Kyle ("Kai") Brennan', 'PERSON')).toContain('Kai');
  });
});

describe('public bodies and incident roads', () => {
  it('leaves out safety camera partnerships and police units', () => {
    expect(found('Wexmoor Safety Camera Partnership — Ticket Office', 'ORGANISATION')).toEqual([]);
    expect(found('Wexmoor Witness Care Unit will call you.', 'ORGANISATION')).toEqual([]);
    expect(found('Ask the Information Management Unit for a copy.', 'ORGANISATION')).toEqual([]);
    expect(found('She was seen at Hollybank Recovery Service today.', 'ORGANISATION')).toEqual([
      'Hollybank Recovery Service',
    ]);
  });

  it('does not take a rank after a work phrase as an employer', () => {
    expect(found('a verbal warning by PC 4471 Dara Quill', 'ORGANISATION')).toEqual([]);
    expect(found('a porter for Brindle Tiles', 'ORGANISATION')).toEqual(['Brindle Tiles']);
  });

  it('leaves out numbered roads, junctions, bus stations and car parks', () => {
    expect(found('Location: A682 Fellside Road     Camera: Site 12', 'ADDRESS')).toEqual([]);
    expect(found('Location: B6255 junction with Moss Lane (red light)', 'ADDRESS')).toEqual([]);
    expect(found('groups near Cross Street bus station after dark', 'ADDRESS')).toEqual([]);
    expect(found('found on Dale Street multi-storey roof', 'ADDRESS')).toEqual([]);
    expect(found('she lives on Heron Street with her son', 'ADDRESS')).toEqual(['Heron Street']);
  });
});

describe('companies and premises', () => {
  it('finds a registered company with its legal ending', () => {
    expect(
      found('Vehicle removed to Brackenfold Towing Ltd (tel. 01632 960001).', 'ORGANISATION'),
    ).toEqual(['Brackenfold Towing Ltd']);
    expect(found('Keeper: KD Autos Limited (company car)', 'ORGANISATION')).toEqual([
      'KD Autos Limited',
    ]);
    expect(found('advised by Moss & Reed LLP\n', 'ORGANISATION')).toEqual(['Moss & Reed LLP']);
    expect(found('The Ltd company was struck off.', 'ORGANISATION')).toEqual([]);
  });

  it('finds premises named in a Premises field or before their kind in brackets', () => {
    expect(found('Premises: Crook and Staff, 4 Mill Lane, Oxby', 'ORGANISATION')).toEqual([
      'Crook and Staff',
    ]);
    expect(found('Name: Blue Ox (public house)\nAddress: 2 Back Lane', 'ORGANISATION')).toEqual([
      'Blue Ox',
    ]);
    expect(found('Name: Blue Ox (public house)', 'PERSON')).toEqual([]);
    expect(found('Premises: none\nHolder', 'ORGANISATION')).toEqual([]);
  });
});

describe('staff numbers and custody records', () => {
  it('finds a staff or operator number after its label', () => {
    expect(found('Insp Lowe     Staff no. 0417\nAuthorised at 10:05', 'COLLAR_NUMBER')).toEqual([
      '0417',
    ]);
    expect(found('call taker Ros, op. no. 5120) took it', 'COLLAR_NUMBER')).toEqual(['5120']);
    expect(found('Bryony Sale (police staff number 60213)', 'COLLAR_NUMBER')).toEqual(['60213']);
    expect(found('Staff no. 3 on the rota', 'COLLAR_NUMBER')).toEqual([]);
  });

  it('does not take a placeholder of zeros as a collar number', () => {
    expect(found('Officer: PC 0000     (template)', 'COLLAR_NUMBER')).toEqual([]);
    expect(found('PC 0042 attended', 'COLLAR_NUMBER')).toEqual(['0042']);
  });

  it('finds a reference after a trigger and two label words', () => {
    expect(found('Custody record no.: KX/01234/26     Occurrence', 'CRIME_REF')).toEqual([
      'KX/01234/26',
    ]);
    expect(found('Custody record no. 2026', 'CRIME_REF')).toEqual([]);
  });
});

describe('ages', () => {
  it('finds ages told in lower case, after now, after aged and between commas', () => {
    expect(found('Notes: i am 84 and cannot walk far', 'AGE')).toEqual(['84']);
    expect(found('her daughter Ffion (now 3).', 'AGE')).toEqual(['3']);
    expect(found('two boys aged 14 and 12 ran off', 'AGE')).toEqual(['14', '12']);
    expect(
      found('- Nuala Brady, his wife, 33.\n- Eoin Brady, their son, 6; asleep', 'AGE'),
    ).toEqual(['33', '6']);
    expect(found('VICTIM\nOrla BRENNAN, 34. Lives alone.', 'AGE')).toEqual(['34']);
    expect(found('Home visit. Maeve is 83, lives alone.', 'AGE')).toEqual(['83']);
  });

  it('does not take numbers after streets, months or everyday words as ages', () => {
    expect(found('i am 5 minutes away', 'AGE')).toEqual([]);
    expect(found('aged 16 and 15 minutes later', 'AGE')).toEqual(['16']);
    expect(found('at 4 Mill Road, 12. Then left', 'AGE')).toEqual([]);
    expect(found('Tuesday is 12, busy', 'AGE')).toEqual([]);
    expect(found('the register (now 2) pages', 'AGE')).toEqual([]);
  });
});
