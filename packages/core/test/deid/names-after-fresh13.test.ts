/**
 * PERSON rules added after fresh13's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, type EntityType } from '../../src/deid/index.js';

/** The texts detected as `type`, in order. */
const found = (text: string, type: EntityType = 'PERSON') =>
  detectIdentifiers(text)
    .filter((d) => d.type === type)
    .map((d) => d.text);

describe('form fields led by dots', () => {
  it('reads a dot leader with or without a colon as the label’s separator', () => {
    const text =
      'SUBJECT\n  Surname .......... OYELARAN-BIRCH\n  Forename(s) ...... Tamsin\n' +
      'Also known as....: Tamz\nInterpreter.......: Hamid Qaderi (Dari)\n';
    expect(found(text)).toEqual(['OYELARAN-BIRCH', 'Tamsin', 'Tamz', 'Hamid Qaderi']);
  });

  it('leaves labels that name no person, and an ellipsis in prose', () => {
    expect(found('Arrival ........ Cell block\nOffence....: Theft from a shop')).toEqual([]);
    expect(found('She said her surname... Bolt... no, she would not say.')).toEqual([]);
  });
});

describe('name labels of requests, interviews and transcripts', () => {
  it('takes the value of requester, decision maker, legal rep and transcriber labels', () => {
    const text =
      'Requester: Ivo Brannagh-Lott   DOB: 02/03/1979\n' +
      'Decision maker: Petra Lindqvist-Hale, Records Officer\n' +
      'Interpreter for the victim: Dilnoza Rahimova   Legal rep: Osric Penhale, Tor Law\n' +
      '*Date:* 3 May · *Transcriber:* Wendell Orrin\n  Pupil 2 ....... Juno Castellane (seven)\n';
    expect(found(text)).toEqual([
      'Ivo Brannagh-Lott',
      'Petra Lindqvist-Hale',
      'Dilnoza Rahimova',
      'Osric Penhale',
      'Wendell Orrin',
      'Juno Castellane',
    ]);
  });

  it('does not read a code or a service as a name', () => {
    expect(found('File: int3.docx | Transcriber: TX-09 | Requester: Housing Team')).toEqual([]);
  });
});

describe('transcript speaker labels in more layouts', () => {
  it('reads Markdown bold labels and a dash after the time', () => {
    const md = '**Moderator:** Go on.\n\n**Zuleika (P2):** I rang.\n\n**Zuleika (P2):** Twice.\n';
    expect(found(md)).toEqual(['Zuleika', 'Zuleika']);
    const timed =
      '00:00:04 — Interviewer: Ready?\n00:00:09 — Orsolya: ok\n00:00:15 — Orsolya: yes\n';
    expect(found(timed)).toEqual(['Orsolya', 'Orsolya']);
  });

  it('reads a dash-led dialogue of two speakers or more, not dash-led notes', () => {
    const dialogue =
      'Wenna — Where were you?\nQuillan — Out.\nWenna — With whom?\nQuillan — No one.\n';
    expect(found(dialogue)).toEqual(['Wenna', 'Quillan', 'Wenna', 'Quillan']);
    expect(found('Update — door fixed.\nUpdate — keys returned.\nAction — none.\n')).toEqual([]);
  });

  it('reads bracketed speakers in subtitles, UPPERCASE ones when the text names them', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:03,000\n[WOMAN] It is me, Oriel.\n\n' +
      '2\n00:00:03,500 --> 00:00:05,000\n[ORIEL] He left.\n\n' +
      '3\n00:00:05,500 --> 00:00:07,000\n[ORIEL] Out the back.\n[RADIO] Received.\n[RADIO] Go ahead.\n';
    expect(found(srt)).toEqual(['Oriel', 'ORIEL', 'ORIEL']);
    const sounds = '[SIRENS] loud\n[SIRENS] again\n[Chair] Agreed.\n[Chair] Next item.\n';
    expect(found(sounds)).toEqual([]);
  });

  it('reads UPPERCASE speakers without a time when the text writes them as names', () => {
    const bwv =
      'PC ROWE: Peri, can we talk?\nPERI: yeah\nPC ROWE: Where were you?\nPERI: out\n' +
      'NOTE: none\nNOTE: none again\n';
    expect(found(bwv)).toEqual(['ROWE', 'Peri', 'PERI', 'ROWE', 'PERI']);
  });

  it('reads a chat export’s dated sender lines and a timed label with emoji', () => {
    const chat =
      '2026-03-02 21:14  Zinnia 💕\n  > hi\n2026-03-02 21:15  oswy\n  > hey\n' +
      '2026-03-02 21:16  Zinnia 💕\n  > bye\n';
    expect(found(chat)).toEqual(['Zinnia', 'oswy', 'Zinnia']);
    expect(found('2026-03-02 21:14  Meeting\nAgenda follows.')).toEqual([]);
    expect(found('[3 Mar, 21:14] 07700 900123: hi\n[3 Mar, 21:20] Brisëis 🌼: ring me')).toContain(
      'Brisëis',
    );
  });
});

describe('names in JSON and XML exports', () => {
  it('takes a JSON name whose hyphenated parts are short', () => {
    const json = '[{"rank": "PC", "name": "Ifeoma Brandt-Li"}, {"name": "Zain-ul-Abidin Rauf"}]';
    expect(found(json)).toEqual(['Ifeoma Brandt-Li', 'Zain-ul-Abidin Rauf']);
    expect(found('{"name": "Duty-Desk Team"}')).toEqual([]);
  });

  it('takes the text of person elements up to a comma', () => {
    const xml =
      '<Person role="victim"><Forename>Oksana</Forename><Surname>Threlkeld</Surname></Person>\n' +
      '<Alias>Kipper</Alias><DSL>Maren Osei-Fitch</DSL>\n' +
      '<Witness>Hallam Rudd, neighbour, 07700 900456</Witness>';
    expect(found(xml)).toEqual([
      'Oksana',
      'Threlkeld',
      'Kipper',
      'Maren Osei-Fitch',
      'Hallam Rudd',
    ]);
    expect(found('<Officer>Duty Sergeant</Officer><Unit>Road Policing</Unit>')).toEqual([]);
  });
});

describe('words that end a name', () => {
  it('does not read a placeholder’s letter as an initial', () => {
    expect(found('Risk: Marchetti Protocol N/A. Contact N/K.')).toEqual([]);
    expect(found('Seen by Dr N Okafor today.')).toContain('N Okafor');
  });

  it('leaves a verb of saying or living outside the name', () => {
    expect(found('CHECK HOLT LANE (FRIEND TAMSIN QUARRIE-BELL LIVES THERE)')).toContain(
      'TAMSIN QUARRIE-BELL',
    );
    expect(found('Easy-read used. Says Idris Pengelly (40) shouted.')).toContain('Idris Pengelly');
  });
});

describe('UPPERCASE names before an age in a log', () => {
  it('takes the name words right before an age glued to YRS', () => {
    const log = 'CALLER STATES SON DRAYTON OKEKE-VANCE 13YRS DOB 02/02/2014 NOT HOME';
    expect(found(log)).toContain('DRAYTON OKEKE-VANCE');
  });

  it('leaves everyday words and towns before an age', () => {
    expect(found('REPORT OF MALE 14YRS IN BRADFORD, FEMALE 15 YRS WITH HIM')).toEqual([]);
  });
});
