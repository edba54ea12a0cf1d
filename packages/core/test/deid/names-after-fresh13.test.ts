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
