/**
 * General rules added after fresh26's and fresh27's misses were read (docs/deid.md, twentieth
 * session): each with fictional examples of its own (not taken from any evaluation set) and a
 * negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('names in tables', () => {
  it('keeps a surname and a forename in neighbouring tab cells as two names', () => {
    const text =
      'ref\tsurname\tforename\tdob\nK-01\tLOVEDAY\tPiers\t1990-03-04\nK-02\tNNAMDI\tOla\t1985-01-02\n';
    expect(found(text, 'PERSON')).toEqual(['LOVEDAY', 'Piers', 'NNAMDI', 'Ola']);
  });

  it('reads names under columns qualified by a role or headed by one', () => {
    const text =
      'pass_no,visitor_name,firm,host_officer\nP1,Orla Quigley,Brasenose Legal,Tremlett\n' +
      'P2,Saul Ibarra,Acme Locks,TREMLETT\n\nclaim\twitness\tmiles\nC1\tDorothea Venn\t12\n';
    expect(found(text, 'PERSON')).toEqual([
      'Orla Quigley',
      'Tremlett',
      'Saul Ibarra',
      'TREMLETT',
      'Dorothea Venn',
    ]);
  });

  it('leaves a yes, a team or an unknown under a role column alone', () => {
    const text = 'case\tvictim\twitness\toic\nA\tyes\tNone\tResponse\nB\tunknown\tAnon\tCID\n';
    expect(found(text, 'PERSON')).toEqual([]);
  });
});

describe('people named by their messages and their lists', () => {
  it("reads the senders of a phone messaging export's lines", () => {
    const text =
      '02/03/2041, 19:02 - Marnie Quist: is the gate locked\n' +
      '02/03/2041, 19:04 - dex: yes since 6\n02/03/2041, 19:05 - Marnie Quist: ta';
    expect(found(text, 'PERSON')).toEqual(['Marnie Quist', 'dex', 'Marnie Quist']);
  });

  it("reads an iPhone export's senders, one word or more", () => {
    const text =
      '[04/05/2041, 08:10] Rosa Tully: bins out?\n[04/05/2041, 08:12] Kieran: done\n' +
      '[04/05/2041, 08:13] System: Kieran left';
    expect(found(text, 'PERSON')).toEqual(['Rosa Tully', 'Kieran', 'Kieran']);
  });

  it("reads the initials that own an action in minutes, not a clinician's or a GP's", () => {
    const text =
      'Actions: QM – draft letter; TB to ring the school.\n2. Update: VN reported no arrests.\n' +
      'RC to review leave. GP to see.\n';
    expect(found(text, 'PERSON')).toEqual(['QM', 'TB', 'VN']);
  });

  it('needs two such lines before a dated line is read as a sender', () => {
    expect(found('02/03/2041, 19:02 - Status: closed', 'PERSON')).toEqual([]);
  });

  it('reads a case list written surname first with the age in brackets', () => {
    const text = '1. Threlfall, Imelda (71) - discharged.\n2. Okafor, Chi-Chi (45) - awaiting bed.';
    expect(found(text, 'PERSON')).toEqual(['Threlfall, Imelda', 'Okafor, Chi-Chi']);
  });

  it('leaves a place and a count in that layout alone', () => {
    expect(found('Beds: Ward, North (12) and Ward, South (3).', 'PERSON')).toEqual([]);
  });

  it('keeps a superintendent, a community offender manager and a job title out of the name', () => {
    const text =
      'Signed: Superintendent H. Gallimore. Probation: COM Rhian Tudur-Price. ' +
      'Salesman Joss Trelawney was there.';
    expect(found(text, 'PERSON')).toEqual(['H. Gallimore', 'Rhian Tudur-Price', 'Joss Trelawney']);
  });

  it("does not read a radio scheme's base station or an officer's post as a person", () => {
    const text =
      '10:02 BASE (Mo): all units, shoplifter\n10:04 BASE: received\n10:05 BASE: logged\n' +
      'Present: Ruth Aske (Treasurer), Superintendent Registrar. Occupier said no.';
    expect(found(text, 'PERSON')).toEqual(['Mo', 'Ruth Aske']);
  });
});

describe('officers and their numbers', () => {
  it('reads a number after a rank used as a label, or after an initial', () => {
    const text =
      'Custody Sergeant: Nell Oduya 3308. Authorised: Superintendent P. Harrowgate 0412, for the ' +
      'Chief Constable. PC R. Delacourt 5519 attended.';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['3308', '0412', '5519']);
  });

  it('reads every officer of a list with their numbers in brackets', () => {
    const text = 'Crew: PC Ambrose (6021) / Kettleborough (6190) & Iyer (6233)   Van 4';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['6021', '6190', '6233']);
    expect(found(text, 'PERSON')).toEqual(['Ambrose', 'Kettleborough', 'Iyer']);
  });

  it("reads a form's collar or staff number field", () => {
    expect(
      found('Officer: DC Vale   Collar/staff no: 7741   Station: Brook', 'COLLAR_NUMBER'),
    ).toEqual(['7741']);
  });

  it('leaves times and durations after a labelled rank and name alone', () => {
    const text = 'Sergeant: Nell Oduya 10 minutes later. Inspector: Ray Lamb 12:40 update.';
    expect(found(text, 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('ages', () => {
  it('reads an age after a role and `is`, beside a name in a table row or a job in brackets', () => {
    const text =
      'Witness is 63 and walks with a stick. Pt is 29, asthmatic.\n' +
      '| 03:10 | Jory Pengelly, 34 | s136 |\nShe asked for Maisie (barista, 22).';
    expect(found(text, 'AGE')).toEqual(['63', '29', '34', '22']);
  });

  it('reads an age in the future or the past tense and children listed in brackets', () => {
    const text =
      "(Ivor Bassett, he'll be eighty in May) and Nan (she'd have been 91). " +
      'His children (6 and 11) and 3 children present (2, 5 and 8).';
    expect(found(text, 'AGE')).toEqual(['eighty', '91', '6', '11', '2', '5', '8']);
  });

  it('reads `is` and an age before what the person does', () => {
    const text = 'His name is Ned Farr, is forty-four and lives alone. The score is 12 and rising.';
    expect(found(text, 'AGE')).toEqual(['forty-four']);
  });

  it('leaves weights, distances and durations after those words alone', () => {
    const text =
      "Pt is 20 weeks pregnant. Victim is 5 doors down. He'll be 10 minutes. " +
      'Ring Road (junction, 12).';
    expect(found(text, 'AGE')).toEqual([]);
  });
});

describe('deadlines', () => {
  it("leaves a task's or process's due date alone, not a dose due", () => {
    const text =
      '{"action": "visit", "due": "2041-09-24"}\n<plan reviewDue="2041-06-18"/>\n' +
      'Statutory deadline: 02/09/2041. Report to court due 17/03/2041. Depot due 18/06/2041.';
    expect(found(text, 'DATE')).toEqual(['18/06/2041']);
  });
});

describe("a rota's and a record's own date columns", () => {
  it('leaves shift, consent and update dates alone but not a date of birth', () => {
    const text =
      'task\tshift_date\tnominal\tdob\tupdated\n' +
      'T1\t03/06/2041\tBRANNIGAN Kyle\t11/06/2008\t04/06/2041\n' +
      'T2\t07/06/2041\tOSEI Ama\t02/02/2009\t08/06/2041\n';
    expect(found(text, 'DATE')).toEqual([]);
    expect(found(text, 'DATE_OF_BIRTH')).toEqual(['11/06/2008', '02/02/2009']);
  });
});

describe('dates under event columns', () => {
  it("reads an event's date in a comma-separated export, not a shift's or a consent's", () => {
    const text =
      'id,surname,forename,arrest_date,consent_date,shift_date\n' +
      'A1,Quilter,Bram,2041-03-02,2041-04-01,2041-04-02\nA2,Vance,Ida,2041-05-06,2041-05-07,2041-05-08\n';
    expect(found(text, 'DATE')).toEqual(['2041-03-02', '2041-05-06']);
  });
});

describe('numbers that are no identifier', () => {
  it('leaves licence, permit, consent and witness references alone', () => {
    const text =
      'Premises licence: PL/0412. Street trading consent STC/41/006. Witness ref WIT-2210. ' +
      'Crime ref: CR/41/004412.';
    expect(found(text, 'CRIME_REF')).toEqual(['CR/41/004412']);
  });

  it('leaves the NHS no-fixed-abode pseudo-postcode alone but finds a real one', () => {
    expect(found('NFA, postcode ZZ99 3VZ on PAS; sister at LS6 2QT', 'POSTCODE')).toEqual([
      'LS6 2QT',
    ]);
  });
});

describe('places and organisations', () => {
  it('reads a general hospital named by its place, a town before a Jobcentre and a lane surgery', () => {
    const text =
      'Conveyed to Ormsby General ED. Bed at Ormsby General. Appointment at Tarnby Jobcentre; ' +
      'GP is Whistling Lane Surgery.';
    expect(found(text, 'ORGANISATION')).toEqual([
      'Ormsby General',
      'Ormsby General',
      'Tarnby Jobcentre',
      'Whistling Lane Surgery',
    ]);
  });

  it('leaves titles ending in General and a verb before a Post Office alone', () => {
    const text = 'The Attorney General and the Director General spoke. Visited Post Office.';
    expect(found(text, 'ORGANISATION')).toEqual(['Post Office']);
  });

  it('reads a house number range written with an en dash', () => {
    expect(found('Address: Flat 2, Lowther House, 6–8 Tanners Walk, Ormsby', 'ADDRESS')).toEqual([
      'Flat 2, Lowther House, 6–8 Tanners Walk',
    ]);
  });

  it('reads a place named by a heath, a fen or a marsh, not a person or a longer name', () => {
    const text =
      'Not to enter Copley Heath. Lives at Sallow Fen. Kelly Marsh rang. ' +
      'Sallow Fen Neighbourhood Watch met.';
    expect(found(text, 'LOCATION')).toEqual(['Copley Heath', 'Sallow Fen']);
  });
});

describe('rules after fresh28', () => {
  it('reads a title-case word before a double-barrelled surname, not an everyday pair', () => {
    const text =
      'Probation practitioner: Wenna Tallack-Oyelowo. Self-Harm Risk high. Drop-In Centre open.';
    expect(found(text, 'PERSON')).toEqual(['Wenna Tallack-Oyelowo']);
  });

  it("reads a practitioner's column with initials, and a transcript speaker with a note", () => {
    const text =
      'ref,surname,forename,amhp\n1,HOLT,Ena,R Penhallow\n2,BRAY,Tom,D Asante-Ruddock\n\n' +
      'Pascoe, Loveday (KPFT)   0:41\nCan I just say\n';
    expect(found(text, 'PERSON')).toEqual([
      'HOLT',
      'Ena',
      'R Penhallow',
      'BRAY',
      'Tom',
      'D Asante-Ruddock',
      'Pascoe, Loveday',
    ]);
  });

  it('reads an event column whatever follows on the row, and an operator number in speech', () => {
    const text =
      'reg,surname,detention_date,arrival_time\n1,HOLT,12/06/2041,02:31\n2,BRAY,19/06/2041,22:48\n' +
      'My operator number is 6613 if you need it.';
    expect(found(text, 'DATE')).toEqual(['12/06/2041', '19/06/2041']);
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['6613']);
  });

  it("reads a force's crime number with its year and a care case with a slash", () => {
    const text = 'CPS advice awaited on KM41/011872. ASC has an open case – ASC/4471209.';
    expect(found(text, 'CRIME_REF')).toEqual(['KM41/011872', 'ASC/4471209']);
  });

  it('reads an age in words in brackets after a name inside them or a date of birth', () => {
    const text =
      'Interviews: LE01 (Jonty, thirty-eight). DOB 12th November 1994 (thirty-two). ' +
      '(Section, five).';
    expect(found(text, 'AGE')).toEqual(['thirty-eight', 'thirty-two']);
  });
});
