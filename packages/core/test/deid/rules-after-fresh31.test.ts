/**
 * General rules added after fresh31's misses were read (docs/deid.md, twenty-second session):
 * each with fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('names with a short role, and initials a list declares', () => {
  it('reads a first name before a short role in brackets', () => {
    const minutes = 'Present: Wairimu (police sgt), Tegwen (housing), Osric (insp).';
    expect(found(minutes, 'PERSON')).toEqual(['Wairimu', 'Tegwen', 'Osric']);
    expect(found('CALLUM (PC): We were first there.', 'PERSON')).toContain('CALLUM');
  });

  it('leaves initials before a short role, which sign a record off', () => {
    expect(found('_Compiled by QRT (DSL), for the file._', 'PERSON')).toEqual([]);
  });

  it("cuts an attendance list's initials from the name and reads them where they recur", () => {
    const list =
      'ATTENDEES\n  MW  Mirela Wojcik     social worker\n  TD  Tavish Dunmore    police\n\n' +
      '- MW: home visit booked.\n- TD: no trace on PNC.';
    expect(found(list, 'PERSON')).toEqual([
      'MW',
      'Mirela Wojcik',
      'TD',
      'Tavish Dunmore',
      'MW',
      'TD',
    ]);
  });

  it('takes initials declared in brackets before a comma', () => {
    const notes = 'Present: Perpetua Lisle (PL, hostel manager).\n3. PL: curfew kept all week.';
    expect(found(notes, 'PERSON')).toEqual(['Perpetua Lisle', 'PL', 'PL']);
  });
});

describe('surnames that come back in capitals', () => {
  it("echoes an UPPERCASE surname beside title-case given names, and a titled surname's capitals", () => {
    const list = 'Perpetrator: HALLORAN, Eoghan\nActions: Probation to check HALLORAN for IOM.';
    expect(found(list, 'PERSON')).toEqual(['HALLORAN, Eoghan', 'HALLORAN']);
    const log = 'Spoke to Mr Pendlebury at the door.\nPENDLEBURY INTERVIEWED VOLUNTARILY.';
    expect(found(log, 'PERSON')).toEqual(['Pendlebury', 'PENDLEBURY']);
  });

  it('echoes no capitals from a word and an acronym read weakly', () => {
    const note = 'Admitted to Kestrel PICU overnight.\nNo PICU bed was free at first.';
    expect(found(note, 'PERSON')).not.toContain('PICU');
  });
});

describe('ages', () => {
  it('reads children listed with their ages after a comma, `are`, or in words', () => {
    expect(found('She has two kids, 5 and 9, at the school.', 'AGE')).toEqual(['5', '9']);
    expect(found('my kids are 3 and 6 and they cant sleep', 'AGE')).toEqual(['3', '6']);
    expect(found('the two children, twelve and fifteen, were upstairs', 'AGE')).toEqual([
      'twelve',
      'fifteen',
    ]);
    expect(found('two children (Ottoline 8, Barnaby 5) in the car', 'AGE')).toEqual(['8', '5']);
  });

  it('takes no list of ages from a count of reasons', () => {
    expect(found('This was refused for two reasons, 3 and 4 of the policy.', 'AGE')).toEqual([]);
  });

  it('reads a hedged age ending in -odd or ish, not a time or a count', () => {
    expect(found('A neighbour, sixty-odd, lives alone.', 'AGE')).toEqual(['sixty']);
    expect(found('ID by PC Rahman as Oskar Lind, 47ish.', 'AGE')).toEqual(['47']);
    expect(found('van left 14:15ish, back at 10ish', 'AGE')).toEqual([]);
    expect(found('there were forty-odd calls last year', 'AGE')).toEqual([]);
  });

  it('reads a decade of life standing alone in a clause or a cell', () => {
    expect(found('Seen with Arlo Penhale, 40s, outside the shop.', 'AGE')).toEqual(['40s']);
    expect(found('| Name | Sex | Age |\n| Tamsin | F | 30s |', 'AGE')).toEqual(['30s']);
    expect(found('{"approx_age": "60s"}', 'AGE')).toEqual(['60s']);
    expect(found('Music of the 80s and 90s played all night.', 'AGE')).toEqual([]);
  });

  it('reads both ends of a guessed age', () => {
    expect(found('a girl, fifteen, maybe sixteen, was with him', 'AGE')).toEqual([
      'fifteen',
      'sixteen',
    ]);
    expect(found('Suspect white male 18-19, black coat.', 'AGE')).toEqual(['18', '19']);
    expect(found('Age band [AGE 35–44] only.', 'AGE')).not.toContain('44');
  });

  it("reads an age after a pupil's school year, and between a summary line's middle dots", () => {
    expect(found('One pupil, Ivo Garland (Year 3, 7), was upset.', 'AGE')).toEqual(['7']);
    expect(found('Deceased: Arthur "Art" PENRY · 61 · died 02/03/2031', 'AGE')).toEqual(['61']);
    expect(found('Leeds · 12 · items', 'AGE')).toEqual([]);
  });

  it('reads an age before a bracketed DOB, and after a birth date and a dash', () => {
    expect(found('Applicant: Rimas VAITKUS, 41 (DOB 3.2.1992), single', 'AGE')).toEqual(['41']);
    expect(found('DOB: 02/05/2014 — 19 years', 'AGE')).toEqual(['19']);
  });

  it("reads an age after a name, a comma and a form's padding or a birth date", () => {
    expect(found('Father: Idris MORWENNA, 44     Occupation: driver', 'AGE')).toEqual(['44']);
    expect(found('Child: Nell ARKWRIGHT, 9 (02/05/2022)', 'AGE')).toEqual(['9']);
  });

  it('reads `I was` and an age that ends the clause', () => {
    expect(found('I was seventeen, and nobody asked me anything.', 'AGE')).toEqual(['seventeen']);
    expect(found('I was 20 quid short that week.', 'AGE')).toEqual([]);
  });
});

describe('collar numbers', () => {
  it('reads the number of whoever did what the record says', () => {
    expect(found('Warning marker removed 11:05 by 60455.', 'COLLAR_NUMBER')).toEqual(['60455']);
    expect(found('Printed 02/03/2031 08:15 by 5521', 'COLLAR_NUMBER')).toEqual(['5521']);
    expect(found('<note by="4419" when="x"/>', 'COLLAR_NUMBER')).toEqual(['4419']);
  });

  it('leaves a year, an amount or a time after `by`', () => {
    expect(found('The plan is to be completed by 2032.', 'COLLAR_NUMBER')).toEqual([]);
    expect(found('Budget reduced by 1500 this year.', 'COLLAR_NUMBER')).toEqual([]);
  });

  it('reads `collar is` with the number', () => {
    expect(found('ring me direct, his collar is 3382 if asked', 'COLLAR_NUMBER')).toEqual(['3382']);
  });
});

describe('towns by their cue', () => {
  it('reads a town-shaped word after `in` before a verb, after `from`, and after going `to`', () => {
    expect(found('Her brother (39) in Wrayford visits Sundays.', 'LOCATION')).toEqual(['Wrayford']);
    expect(found('Her aunt drove over from Kettleby.', 'LOCATION')).toEqual(['Kettleby']);
    expect(found('He was sent to Marrowby by train.', 'LOCATION')).toEqual(['Marrowby']);
  });

  it('leaves a person after `to`, and a named site or unit', () => {
    expect(found('Spoke to Pemberton about the rent.', 'LOCATION')).toEqual([]);
    expect(found('Control set up in Hollowby 2 by the road.', 'LOCATION')).toEqual([]);
    expect(found('Met near Felsby roundabout.', 'LOCATION')).toEqual([]);
  });

  it('reads a town in capitals before a word of the sentence', () => {
    expect(found('CALLER IS IN SHERBURNBY AND CANNOT ATTEND', 'LOCATION')).toEqual(['SHERBURNBY']);
  });
});

describe('addresses', () => {
  it('reads the flat and house lines of a block above a street that fills its line', () => {
    const letter = 'Pay to:\n   Flat 4\n   The Old Tannery\n   Wadlow Lane\n   Brackley\n';
    expect(found(letter, 'ADDRESS')).toEqual(['Flat 4', 'The Old Tannery', 'Wadlow Lane']);
    const xml =
      '<address>\n  <line>Flat 2</line>\n  <line>Malthouse Loft</line>\n  <line>9 Ropewalk Row</line>';
    expect(found(xml, 'ADDRESS')).toEqual(['Flat 2', 'Malthouse Loft', '9 Ropewalk Row']);
  });

  it('takes no name line above a street as a building', () => {
    expect(found('Mrs Delyth Arnott\n14 Coldharbour Lane\nTenby', 'ADDRESS')).toEqual([
      '14 Coldharbour Lane',
    ]);
  });

  it("reads an address field's flat or house name alone on its line", () => {
    expect(found('Address: Pennyroyal Cottage\nTel: none', 'ADDRESS')).toEqual([
      'Pennyroyal Cottage',
    ]);
    expect(found('ADDRESS LINE 1: FLAT 9\nADDRESS LINE 2: Hopwood Mews', 'ADDRESS')).toEqual([
      'FLAT 9',
      'Hopwood Mews',
    ]);
    expect(found('Address: Not Known\nHome: Yes', 'ADDRESS')).toEqual([]);
  });

  it('reads a home field without a number, and stops before a district named like a street', () => {
    expect(found('Home: The Byre, Nether Yard, Oakhampton AB1 2CD', 'ADDRESS')).toEqual([
      'The Byre, Nether Yard',
    ]);
    expect(found('Home: 21 Yew Tree Road, Hall Green, Birmingham B28 8AA', 'ADDRESS')).toEqual([
      '21 Yew Tree Road',
    ]);
  });

  it('reads a street of everyday-word type with a person on it', () => {
    expect(found('There was a man on Tansy Rise who rang most nights.', 'ADDRESS')).toEqual([
      'Tansy Rise',
    ]);
    expect(found('Lived on Plover Walk for years.', 'ADDRESS')).toEqual(['Plover Walk']);
  });
});

describe('initials after a title', () => {
  it("reads a title's dotted initials, a double-barrelled surname's too, and their echoes", () => {
    const minutes =
      '| 1 | Mr T.W-H. | housing |\n| 2 | Mrs K.L. | police |\n\nCase 1, T.W-H. again.';
    expect(found(minutes, 'PERSON')).toEqual(['T.W-H.', 'K.L.', 'T.W-H.']);
  });
});

describe('names in exports', () => {
  it('reads JSON person and given-name keys, and a sender with a number and rank', () => {
    expect(found('{"person": "Ilona Varga", "age": 30}', 'PERSON')).toEqual(['Ilona Varga']);
    expect(found('{"name_given": "Tamsin"}', 'PERSON')).toEqual(['Tamsin']);
    expect(found('{"from": "Dara 5521 (Sgt)", "text": "on my way"}', 'PERSON')).toEqual(['Dara']);
    expect(found('{"person": "Duty Desk"}', 'PERSON')).toEqual([]);
  });

  it("reads an XML person's preferred name", () => {
    const xml = '<client given="Rosalind" preferred="Roz"/>\n</clients>';
    expect(found(xml, 'PERSON')).toContain('Roz');
  });
});

describe('organisations and places', () => {
  it('reads services named as a network, circle, fellowship, chapel, volunteers or CIC', () => {
    expect(found('Referred to Brindle Bereavement Circle today.', 'ORGANISATION')).toEqual([
      'Brindle Bereavement Circle',
    ]);
    expect(found('AA from Holmfirth Appropriate Adult Network attended.', 'ORGANISATION')).toEqual([
      'Holmfirth Appropriate Adult Network',
    ]);
    expect(found('Provider: Heron Supported Living CIC   Form 3', 'ORGANISATION')).toEqual([
      'Heron Supported Living CIC',
    ]);
    expect(found('He lives on Chapel Street.', 'ORGANISATION')).toEqual([]);
  });

  it('reads towns ending as northern place names do after a cue', () => {
    expect(found('She was seen at the bus station in Corrishaugh last night.', 'LOCATION')).toEqual(
      ['Corrishaugh'],
    );
    expect(found('Her nan lives in Skelderfleet now.', 'LOCATION')).toEqual(['Skelderfleet']);
  });

  it('reads a city abroad after a place preposition or before its country, not a person', () => {
    expect(found('She came here from Wrocław in 2019.', 'LOCATION')).toEqual(['Wrocław']);
    expect(found('Born in Kaunas; moved to Leeds.', 'LOCATION')).toContain('Kaunas');
    expect(found('His father lives in Constanța, Romania.', 'LOCATION')).toContain('Constanța');
    expect(found("In Florence's view the plan works.", 'LOCATION')).toEqual([]);
    expect(found('Flew via Dubai.', 'LOCATION')).toEqual([]);
  });
});

describe('more collar numbers', () => {
  it('reads officers listed by number, numbers joined by a slash, and a `By` column', () => {
    expect(found('officers 4402 and 1187 attended', 'COLLAR_NUMBER')).toEqual(['4402', '1187']);
    expect(found('Units cleared, PCs 3021 / 4410.', 'COLLAR_NUMBER')).toEqual(['3021', '4410']);
    const log = '| Time | Entry | By |\n|---|---|---|\n| 02:58 | Booked in | 5512 |';
    expect(found(log, 'COLLAR_NUMBER')).toEqual(['5512']);
    expect(found('2 officers 3 hours on scene', 'COLLAR_NUMBER')).toEqual([]);
  });

  it('reads the number after a participle with where and when between', () => {
    expect(found('Notice served on him at 07:10 by 3318 (PC Rhys).', 'COLLAR_NUMBER')).toEqual([
      '3318',
    ]);
  });
});

describe('lower-case chat names', () => {
  it('reads handles after an unbracketed date and time, twice or more', () => {
    const chat =
      '07/06/33 03:41 tamsyn: at A&E now\n07/06/33 03:42 wojtek: ok ta\n' +
      '07/06/33 03:44 tamsyn: done\n07/06/33 03:45 wojtek: ta';
    expect(found(chat, 'PERSON')).toEqual(['tamsyn', 'wojtek', 'tamsyn', 'wojtek']);
  });

  it("reads a workspace chat's handle above its message, and its echoes", () => {
    const chat =
      'oluwaseun  09:14\nmorning. can someone check K07?\n\nfenella  09:20\non it @oluwaseun';
    expect(found(chat, 'PERSON')).toEqual(['oluwaseun', 'fenella', 'oluwaseun']);
  });

  it('takes no lower-case log heading after a time as a name', () => {
    expect(found('22:40 obs: settled\n22:50 obs: asleep', 'PERSON')).toEqual([]);
  });
});

describe('dates of a process step', () => {
  it("leaves out an application's, an assessment's or a decision's own date field", () => {
    expect(found('Application date: 18 November 2033\nApplicant: K. Obi', 'DATE')).toEqual([]);
    expect(found('{"consent_date": "2031-01-12", "participant": "K07"}', 'DATE')).toEqual([]);
    expect(found('Assessment date: 04/05/2031', 'DATE')).toEqual([]);
  });

  it('keeps a visit date and an event date', () => {
    expect(found('Visit date: 06.10.26', 'DATE')).toEqual(['06.10.26']);
    expect(found('He was assaulted on 04/05/2031 outside the shop.', 'DATE')).toEqual([
      '04/05/2031',
    ]);
  });
});

describe('references that are no crime reference', () => {
  it("leaves a housing register number and a fax's reference", () => {
    expect(found('Housing register no.: HR/31/055120', 'CRIME_REF')).toEqual([]);
    expect(found('Fax ref FX-771 sent to the court.', 'CRIME_REF')).toEqual([]);
  });
});

describe('names set beside what the person is', () => {
  it('reads a first name after a role or relative between commas or dashes, and before one', () => {
    expect(found('the nurse, Wenonah, knew him from before', 'PERSON')).toEqual(['Wenonah']);
    expect(found('after the AMHP – Taliesin, who was great – said no', 'PERSON')).toEqual([
      'Taliesin',
    ]);
    expect(found('Zuzanna, his mum, rang me on the work phone', 'PERSON')).toEqual(['Zuzanna']);
  });

  it('takes no role word or town for a name', () => {
    expect(found('the nurse, Interviewer, Facilitator', 'PERSON')).toEqual([]);
  });
});

describe('initials columns', () => {
  it("reads a caseload's initials column, not a staff one or a placeholder", () => {
    const csv =
      'nhs_number,initials,age\n9990000000,TK,34\n9990000001,J.K-B,29\n9990000002,X.X.,40';
    expect(found(csv, 'PERSON')).toEqual(['TK', 'J.K-B']);
    expect(found('staff_initials,time\nAB,10:00\nCD,11:00', 'PERSON')).toEqual([]);
  });
});

describe('more structured identifiers', () => {
  it("reads a collar number after a record's `by` label, and one with its force's letters", () => {
    expect(found('Submitted by: 4471 (response)', 'COLLAR_NUMBER')).toEqual(['4471']);
    expect(found('LOG BY: TFO 3810', 'COLLAR_NUMBER')).toEqual(['3810']);
    expect(found('completed by: 2027', 'COLLAR_NUMBER')).toEqual([]);
    expect(found('PC Idris Lowe (KX6021) attended', 'COLLAR_NUMBER')).toEqual(['6021']);
  });

  it('reads an Action Fraud reference and a birth date after `b.`', () => {
    expect(found('Action Fraud report made, NFRC21038844501.', 'CRIME_REF')).toEqual([
      'NFRC21038844501',
    ]);
    expect(found('PNC: DOYLE, Cian b.04/11/1999 ID 99/123456X', 'DATE_OF_BIRTH')).toEqual([
      '04/11/1999',
    ]);
    expect(found('version 2.12/03/2001', 'DATE')).toEqual([]);
  });
});

describe('a first name and the service the person is from', () => {
  it('reads the name before `from` and a service, not a state or a message', () => {
    expect(found('Mostly talked. Oluchi from triage was on the phone.', 'PERSON')).toEqual([
      'Oluchi',
    ]);
    expect(found('Missing from the ward since 14:00.', 'PERSON')).toEqual([]);
    expect(found('Call from control: male on the bridge.', 'PERSON')).toEqual([]);
  });
});

describe("a collar number in a ranked officer's own field", () => {
  it('reads the number field after a ranked name, and a sender number before a bracketed rank', () => {
    expect(found('Name: PCSO Talia Brook  No: 6120  Agency: Police', 'COLLAR_NUMBER')).toEqual([
      '6120',
    ]);
    expect(found('{"name": "PC Osian Rees", "number": "4417"}', 'COLLAR_NUMBER')).toEqual(['4417']);
    expect(found('"from": "Nell 2290 (Sgt)", "text": "ok"', 'COLLAR_NUMBER')).toEqual(['2290']);
    expect(found('Room 1142 (PC) is booked', 'COLLAR_NUMBER')).toEqual([]);
  });
});
