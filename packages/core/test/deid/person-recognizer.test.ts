import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/deid/index.js';

const names = (text: string) =>
  personRecognizer.detect(text, {}).map((d) => text.slice(d.startUtf16, d.endUtf16));

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
    expect(names('Statement of: Zainab Rees   Age if under 18: over 18')).toEqual(['Zainab Rees']);
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
