/**
 * PERSON rules added in a second pass over fresh10 to fresh13's misses (docs/deid.md): each with
 * fictional examples of its own (not taken from any evaluation set) and a negative case.
 */
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, type EntityType } from '../../src/deid/index.js';

/** The texts detected as `type`, in order. */
const found = (text: string, type: EntityType = 'PERSON') =>
  detectIdentifiers(text)
    .filter((d) => d.type === type)
    .map((d) => d.text);

describe('labels that open lines but name nobody', () => {
  it('leaves email headers and form rows that repeat', () => {
    const text =
      'From: Orla Pennick\nSent: 3 May 2027 10:01\nTo: Tam Rusk\n\n' +
      'From: Tam Rusk\nSent: 2 May 2027 09:12\n\nName: Ines Varro\nName: Lyle Okoro\n';
    expect(found(text)).not.toContain('Sent');
    expect(found(text)).not.toContain('Name');
  });

  it('still reads a speaker who opens two lines', () => {
    expect(found('Wrenna: I went home.\nINT: Okay.\nWrenna: Then I slept.\n')).toEqual([
      'Wrenna',
      'Wrenna',
    ]);
  });
});

describe('fixed-width prints', () => {
  it('reads a word before a colon after a padded gap as the next label', () => {
    const text = 'ENQUIRY BY: 4410  FOR: PC 2281  PURPOSE: THEFT\nSEX: F  BUILD: SLIM\n';
    expect(found(text)).toEqual([]);
  });

  it('keeps a rank, number and name with single spaces before a colon', () => {
    expect(found('PC 2281 TREMAYNE: Can you confirm?')).toEqual(['TREMAYNE']);
  });
});

describe('car models and codes after title-case words', () => {
  it('reads a given name after a car make as a model', () => {
    expect(found('Seen getting into a red Renault Zoe and a SEAT LEON GRY')).toEqual([]);
  });

  it('still reads a given name that follows no make', () => {
    expect(found('Seen getting into a red car with Zoe Parfitt')).toEqual(['Zoe Parfitt']);
  });

  it('reads two or three capitals after a title-case word as a code', () => {
    expect(found('Returned to Hollowmere ICB and Locker QZ today.')).toEqual([]);
  });

  it('keeps a short UPPERCASE surname the gazetteer knows', () => {
    expect(found('Spoke to Marta LEE at the door.')).toEqual(['Marta LEE']);
  });
});

describe('documents, teams and jobs named like people', () => {
  it('leaves an abstract noun after a role word, and a team in brackets after a name', () => {
    const text =
      'The Visiting Patient Policy (VP-2) applies. Notes: Ansel Ruddock (Psychology) agreed.';
    expect(found(text)).toEqual(['Ansel Ruddock']);
  });

  it('leaves a solicitor before the firm in brackets', () => {
    expect(found('2. Solicitor (Pellow Tarrant Defence) | 0113 496 0000')).toEqual([]);
  });

  it('still reads a nickname in brackets after a full name', () => {
    expect(found('Kieran Ruddock (Crow) was seen.')).toEqual(['Kieran Ruddock', 'Crow']);
  });

  it('leaves a list of systems that looks like SURNAME, First', () => {
    expect(found('Systems: Athena, Pronto, NICHE, Mosaic.')).toEqual([]);
    expect(found('Subject: QUAYLE, Bethan, seen today.')).toEqual(['QUAYLE, Bethan']);
  });
});

describe('names widened to the whole name', () => {
  it('takes the rest of a hyphenated surname and an initial before a name', () => {
    expect(found('From health visitor Maren Tullis-Ayodele (0-19 team).')).toEqual([
      'Maren Tullis-Ayodele',
    ]);
    const text = 'Tegan Penhallow rang. Log closed by I Penhallow. Checked by T. Penhallow.';
    expect(found(text)).toEqual(['Tegan Penhallow', 'I Penhallow', 'T. Penhallow']);
  });

  it('leaves the pronoun I out of the name', () => {
    const text = 'Tegan Penhallow rang. Then I Penhallow the file.';
    expect(found(text)).toEqual(['Tegan Penhallow', 'Penhallow']);
  });
});

describe('an unknown surname after a name already found', () => {
  it('joins the title-case word after an echoed first name', () => {
    expect(found('Mum (Oriel) rang. Note for Oriel Szabados, seen today.')).toEqual([
      'Oriel',
      'Oriel Szabados',
    ]);
  });

  it('leaves a day or everyday word after the name', () => {
    expect(found('Mum (Oriel) rang. Saw Oriel Tuesday at home.')).toEqual(['Oriel', 'Oriel']);
  });
});

describe('a name found in capitals echoed in capitals', () => {
  it('finds the later capitals of a CAD name found by its age', () => {
    const text =
      'CALLER STATES DAUGHTER ZELIKA ODUYA-BRENT 14YRS NOT RETURNED FROM SCHOOL\n' +
      'FRIEND ATTENDED, NOT SEEN ZELIKA SINCE MONDAY. SAYS ZELIKA TALKS TO AN OLDER MALE';
    const secondLine = text.indexOf('\n');
    const later = detectIdentifiers(text).filter(
      (d) => d.type === 'PERSON' && d.startUtf16 > secondLine && d.text.startsWith('ZELIKA'),
    );
    expect(later).toHaveLength(2);
  });

  it('does not echo the capitals of a name found in title case', () => {
    const text = 'Caller Tamsin Reed reports a fight.\nREED ROAD BLOCKED BY TAMSIN STREET WORKS';
    const names = detectIdentifiers(text)
      .filter((d) => d.type === 'PERSON')
      .map((d) => d.text);
    expect(names).not.toContain('TAMSIN');
  });
});

describe('a field value written surname, comma, given name', () => {
  it('takes the whole name, after a name or a role label', () => {
    expect(found('Occupier: Haapala, Eero\nTenure: private rent')).toEqual(['Haapala, Eero']);
    expect(found('Name: Brennan-Sayer, Ottilie (victim)')).toEqual(['Brennan-Sayer, Ottilie']);
  });

  it('does not read a team or a place after the comma as a given name', () => {
    expect(found('Caller: Housing, Team\n')).toEqual([]);
    expect(found('Location: Ward, Bed 4\n')).toEqual([]);
  });
});
