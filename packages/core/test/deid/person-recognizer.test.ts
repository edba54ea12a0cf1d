import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/deid/index.js';

const names = (text: string) =>
  personRecognizer
    .detect(text, {})
    .filter((d) => d.type === 'PERSON')
    .map((d) => text.slice(d.startUtf16, d.endUtf16));

describe('personRecognizer', () => {
  it('takes the name after a rank and collar number, leaving the rank out', () => {
    expect(names("PC 114SX Rose O'NEILL attended.")).toEqual(["Rose O'NEILL"]);
    expect(names('Advice given by DS 28782 MACLEOD.')).toEqual(['MACLEOD']);
    expect(names('[PC 2231 HOLDEN] ATTENDED. MALE IN DISTRESS.')).toEqual(['HOLDEN']);
  });

  it('takes an UPPERCASE or known surname after a rank, but not an ordinary word', () => {
    expect(names('DC EVANS: And your address?')).toEqual(['EVANS']);
    expect(names('Spoke to DC Patel and Sgt Hughes.')).toEqual(['Patel', 'Hughes']);
    expect(names('Youths seen near PC World.')).toEqual([]);
  });

  it('takes any capitalised words after a courtesy title', () => {
    expect(names('They call me Mr. Mayers')).toEqual(['Mayers']);
    expect(names('[Dr Ann Bell] We agreed.')).toEqual(['Ann Bell']);
  });

  it('takes names after role words, in any case', () => {
    expect(
      names('IP Siobhan JONES reports assault by ex-partner Kwame NI BHRIAIN, aged 55.'),
    ).toEqual(['Siobhan JONES', 'Kwame NI BHRIAIN']);
    expect(names('Caller Ffion HILL (aged 22) complains.')).toEqual(['Ffion HILL']);
  });

  it('finds SURNAME, First and SMITH Jean', () => {
    expect(names('Subject details: WOOD, Jean | DOB')).toContain('WOOD, Jean');
    expect(names('IP SMITH-JONES, Ffion (DOB 16/7/81)')).toContain('SMITH-JONES, Ffion');
    expect(names('Statement from SMITH Jean taken.')).toEqual(['SMITH Jean']);
  });

  // Forms seen in MG11 statements, ambulance handovers and MARAC referrals (NOTES.md §7.3):
  // form fields padded with spaces, comma-separated lists of full names, advocate roles.
  it('keeps names apart from padded form fields, lists of full names and advocate roles', () => {
    const statement = names('Statement of: Zainab Rees   Age if under 18: over 18');
    expect(new Set(statement)).toEqual(new Set(['Zainab Rees']));
    expect(names('Crew: Yusuf Mahmood, Bronwen Szabo.')).not.toContain('Mahmood, Bronwen');
    expect(names('IDVA Oksana COSTELLO to attend.')).toEqual(['Oksana COSTELLO']);
    expect(names('Subject details: WOOD, Jean | DOB')).toContain('WOOD, Jean');
  });

  // ANNOTATION.md: nicknames are names; officers' surnames after a rank are names whatever the
  // gazetteer knows; `Pt` is the clinical abbreviation for patient (NOTES.md §7.3 roles).
  it('takes nicknames, unknown title-case surnames after a rank, and names after Pt', () => {
    expect(names('someone I know as "Smudge", real name')).toEqual(['Smudge']);
    expect(names('Everyone calls me Bubbles.')).toEqual(['Bubbles']);
    expect(names('My skipper, DS Lindqvist, and the AMHP')).toEqual(['Lindqvist']);
    expect(names("visited with AMHP O'Driscoll; he declined")).toEqual(["O'Driscoll"]);
    expect(names('Pt Tobias Okonkwo, 57yo, found')).toEqual(['Tobias Okonkwo']);
    expect(names('Interpreter Mrs A NOWICKA booked.')).toEqual(['A NOWICKA']);
    expect(names('Youths seen near PC World. Known as the estate; calls me Tuesday.')).toEqual([]);
  });

  // Forms from minutes, referrals and officer lists: rank + unknown first name and surname, a
  // single unknown name after a kinship or role word, Mc/Mac surnames in capitals, nicknames that
  // are everyday words.
  it('takes unknown names after ranks and role words, Mc surnames and word nicknames', () => {
    expect(names('Info to DC Ade Ogunleye 3318, ext 4472.')).toEqual(['Ade Ogunleye']);
    expect(names('Officer Fran Lucas to visit.')).toEqual(['Fran Lucas']);
    expect(names('Her brother Mahad can be reached.')).toEqual(['Mahad']);
    expect(names('Item 4. Subject VARGA - crime ref')).toEqual(['VARGA']);
    expect(names('the victim HAPPY with outcome. IP ANGRY.')).toEqual([]);
    expect(names('NAYAR, Priya (AMHP); J McCAULEY (ASC)')).toContain('J McCAULEY');
    expect(names('Terrence BYRNE (known as Tel), Flat 4')).toEqual(['Terrence BYRNE', 'Tel']);
    expect(names('Minutes: I JONES (Housing). WEARING A BROWN JACKET')).toEqual(['I JONES']);
    expect(names("There's a mum I've been supporting; the mum I'm helping.")).toEqual([]);
    expect(names('There was a lad, Robbie, only 19. A girl of 17, Precious, too.')).toEqual([
      'Robbie',
      'Precious',
    ]);
    expect(names('I met a man, Tuesday it was.')).toEqual([]);
  });

  // Custody records, s136 forms, YOT referrals, statements and 999 transcripts (NOTES.md §7.3).
  it('takes the values of name fields on forms, but not answers that are no name', () => {
    expect(names('Surname: NGUYEN   Forename(s): Thi Huong   DOB: 05/04/1985')).toEqual([
      'NGUYEN',
      'Thi Huong',
    ]);
    expect(names('Young person: Lan Nguyen   Known as: Lanny\nSigned: K. Wójcik-Nowak\n')).toEqual(
      expect.arrayContaining(['Lan Nguyen', 'Lanny', 'K. Wójcik-Nowak']),
    );
    expect(names('Form completed by: Akhtar on 04/06/2025.')).toEqual(['Akhtar']);
    expect(names('Person: Chloe-Mae ffrench   DOB 24.12.68')).toContain('Chloe-Mae ffrench');
    expect(names('CALLER: Dylan ap Gruffydd, August 21st')).toContain('Dylan ap Gruffydd');
    expect(names('CALLER: Eirlys ap Gruffydd.\nOPERATOR: Is')).toContain('Eirlys ap Gruffydd');
    const notNames =
      'Subject: Noise Nuisance\nCaller: Sorry, I\nName: Not known.\nGP: Lowfield Surgery';
    expect(names(notNames)).toEqual([]);
  });

  it('joins lower-case particles, middle names after SURNAME, First, and Gaelic surnames', () => {
    expect(names('Called Eirlys ap Gruffydd today.')).toEqual(['Eirlys ap Gruffydd']);
    expect(names("PNC check: O'SHAUGHNESSY, Siobhán, DOB")).toContain("O'SHAUGHNESSY, Siobhán");
    expect(names('Name: QURESHI, Mohammed Irfan   Alias: Irfy')).toEqual(
      expect.arrayContaining(['QURESHI, Mohammed Irfan', 'Irfy']),
    );
    expect(names('SMITH, Jean Went home')).toContain('SMITH, Jean');
    expect(names('McAllister found on floor.')).toEqual(['McAllister']);
  });

  it('takes staff after numbered roles and clinical titles, dotted initials and quoted nicknames', () => {
    expect(names('Booked in by DO 4407 Kasimir Brandt. WHAT DO THEY WANT')).toEqual([
      'Kasimir Brandt',
    ]);
    expect(names('Crew: RMN Bogdan Popescu.')).toEqual(['Bogdan Popescu']);
    expect(names('Signed G. Tashkentova. Option B. Housing.')).toEqual(['G. Tashkentova']);
    expect(names('Subject: Liam "Bez" Bezant, approx 30')).toEqual(
      expect.arrayContaining(['Liam', 'Bez', 'Bezant']),
    );
    expect(names('The man they call Big Mo kicked the door.')).toEqual(['Big Mo']);
    expect(names('Youth Conditional Caution. Signed DP refused. Camera CAM 13')).toEqual([]);
  });

  it("takes an officer's collar number written after the name", () => {
    const found = (text: string) =>
      personRecognizer.detect(text, {}).map((d) => `${d.type}:${d.text}`);
    expect(found('resourced PC Ffion Rees 4471; Taser')).toEqual([
      'PERSON:Ffion Rees',
      'COLLAR_NUMBER:4471',
    ]);
    expect(found('Supervising officer: Sgt KERR G1187.')).toContain('COLLAR_NUMBER:G1187');
    expect(found('with PC Callum Ferrier (3350) and DS Yasmin El-Sayed (1207PN).')).toEqual([
      'PERSON:Callum Ferrier',
      'COLLAR_NUMBER:3350',
      'PERSON:Yasmin El-Sayed',
      'COLLAR_NUMBER:1207PN',
    ]);
    expect(found('PC Rees 10 minutes away. PC Smith 12/05/2020')).toEqual([
      'PERSON:Rees',
      'PERSON:Smith',
    ]);
  });

  it('takes known given names written in lower case after kinship words and before said', () => {
    expect(names('lives with brother cian who came out. his son will attend.')).toEqual(['cian']);
    // A kinship word inside a longer word does not hide the real one after it.
    expect(names('met Jason brother rohan; a person beryl')).toEqual(['Jason', 'rohan']);
    expect(names('siobhán said she had taken 6. mark said no; the nurse said so.')).toEqual([
      'siobhán',
    ]);
  });

  // Court registers, s135 informations, Teams transcripts, letters and statements.
  it('takes names after glued ranks, name cues, judges, more form labels and letter closings', () => {
    expect(names('OIC PC1442 Llwyd. Referrer: PCSO70264 Baillie, email')).toEqual([
      'Llwyd',
      'Baillie',
    ]);
    expect(names('his name was Gaz. her name is Lindiwe Mbeki and')).toEqual([
      'Gaz',
      'Lindiwe Mbeki',
    ]);
    expect(names('R v Oisín Kavanagh-Reid\nHHJ Rosalind Achebe-Wright, Court 3')).toEqual([
      'Oisín Kavanagh-Reid',
      'Rosalind Achebe-Wright',
    ]);
    expect(names('Interpreter: Saba Haile   Mob\nGP: Dr A. Wemyss, Whitfield')).toEqual([
      'Saba Haile',
      'A. Wemyss',
    ]);
    expect(names('a meeting.\n\nYours sincerely\n\nHywel Bevan\nTenancy Officer')).toContain(
      'Hywel Bevan',
    );
    expect(names('Kind regards,\nThe Housing Team\n')).toEqual([]);
    expect(names('This is about Hodan Warsame, date of birth')).toEqual(['Hodan Warsame']);
    expect(names('Hi all, referring Eilidh Mahmood (13). Worried about Easter.')).toEqual([
      'Eilidh Mahmood',
    ]);
  });

  it('takes transcript speakers, two-word surnames and nicknames in brackets', () => {
    const teams = 'Transcript\nEllison, Patrice   0:03\nOK\nFerrier, Callum (Guest)   0:41\nYeah';
    expect(names(teams)).toEqual(expect.arrayContaining(['Ellison, Patrice', 'Ferrier, Callum']));
    const register = 'Case 9  NÍ BHRIAIN, Siobhán  (48)\nCase 10  KAUR SANDHU, Harpreet  (41)';
    expect(names(register)).toEqual(
      expect.arrayContaining(['NÍ BHRIAIN, Siobhán', 'KAUR SANDHU, Harpreet']),
    );
    expect(names('IP SMITH, Jean')).toContain('SMITH, Jean');
    expect(names('IP SMITH, Jean')).not.toContain('IP SMITH, Jean');
    expect(names('assault on Kyle (“Kyzer”) Docherty, 25')).toEqual(
      expect.arrayContaining(['Kyle', 'Kyzer', 'Docherty']),
    );
  });

  it('takes relatives named with their relationship and later mentions of a name found', () => {
    const text =
      'On 25 Sep Faadumo (mother) told the CMHT. Surname: WARSAME Forename: Hodan. Hodan had stopped; Hodan’s GP. Faadumo is on 0117';
    expect(names(text).sort()).toEqual([
      'Faadumo',
      'Faadumo',
      'Hodan',
      'Hodan',
      'Hodan',
      'WARSAME',
    ]);
    expect(names('Referral for Jean-Paul SMITH. Paul Street.')).toEqual(['Jean-Paul SMITH']);
  });

  it('reads a double-barrelled first name as a given name', () => {
    expect(names('Crew: Callum-James Ahmadi, and Eilidh.')).toContain('Callum-James Ahmadi');
  });

  it('looks for a name again after a capitalised word that starts no name', () => {
    expect(names('Juvenile Kacper WIŚNIEWSKI, a 15-year-old')).toEqual(['Kacper WIŚNIEWSKI']);
  });

  it('finds given names with or without a surname, and name lists', () => {
    expect(names('Fraud: Amir Wright reports card')).toEqual(['Amir Wright']);
    expect(names('John and Mary SMITH were present. J SMITH signed.')).toEqual([
      'John',
      'Mary SMITH',
      'J SMITH',
    ]);
    expect(names('Siân: I rang them.')).toEqual(['Siân']);
    expect(names('Fraud: Zoltan KOVACS reports card. Contact MASH.')).toEqual(['Zoltan KOVACS']);
  });

  it('does not take UPPERCASE log words after roles and ranks for names', () => {
    const log = 'IP REFUSED TO ENGAGE. PC ATTENDED SCENE. IP HAPPY WITH OUTCOME. RK ADVISED.';
    expect(names(log)).toEqual([]);
    expect(names('SPOKE TO SUBJECT MARK JOHNSON. PC JONES CONVEYED IP.')).toEqual([
      'MARK JOHNSON',
      'JONES',
    ]);
  });

  it('takes speaker labels that open two or more turns, but not headers or generic labels', () => {
    const transcript =
      'INT: Hello.\n[00:00:05] Elowen: Hi.\nINT: And then?\n[00:00:09] Elowen: We left.\n';
    expect(names(transcript)).toEqual(['Elowen', 'Elowen']);
    // A given name that is also a word is a speaker too once it opens two turns.
    expect(names('[00:03:12] Rosa: yeah\n[00:03:17] Rosa: So\n')).toEqual(['Rosa', 'Rosa']);
    expect(names('Incident: 12\nIncident: 13\nElowen: once\n')).toEqual([]);
  });

  it('keeps a possessive out of the span', () => {
    expect(names("We went to Jean Wood's flat.")).toEqual(['Jean Wood']);
  });

  it('ignores generic speaker labels, acronyms, streets and names inside places', () => {
    expect(names('INT: Tell me more.\nP07: The MASH and CRHT called the AMHP.')).toEqual([]);
    expect(names('Stopped on Albert Road near Victoria Street.')).toEqual([]);
    expect(names("St Anne's Ward and Hope Trust were told.")).toEqual([]);
    expect(names('Will you call? May was busy. Officers attended.')).toEqual([]);
  });
});
