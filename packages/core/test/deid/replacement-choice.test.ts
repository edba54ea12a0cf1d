import { describe, expect, it } from 'vitest';
import {
  choicesFor,
  deidSettingsProblems,
  parseReplacementChoice,
  PseudonymTable,
  replacementChoice,
  withReplacementChoice,
} from '../../src/index.js';

const hmac = (_secret: Uint8Array, data: string) => data;

describe('replacement choices per type (docs/deid.md, "Settings")', () => {
  it('reads the defaults: pseudonyms, DATE shifted, DATE_OF_BIRTH numbered', () => {
    expect(replacementChoice({}, 'PHONE')).toBe('pseudonym');
    expect(replacementChoice({}, 'DATE')).toBe('shift');
    expect(replacementChoice({}, 'DATE_OF_BIRTH')).toBe('pseudonym');
    expect(choicesFor('PHONE')).toEqual(['pseudonym', 'placeholder']);
    expect(choicesFor('DATE')).toEqual(['pseudonym', 'placeholder', 'shift']);
  });

  it('maps each choice onto the policy and back', () => {
    let policy = withReplacementChoice({}, 'PHONE', 'placeholder');
    expect(policy).toEqual({ placeholders: ['PHONE'] });
    policy = withReplacementChoice(policy, 'DATE_OF_BIRTH', 'shift');
    expect(replacementChoice(policy, 'DATE_OF_BIRTH')).toBe('shift');
    policy = withReplacementChoice(policy, 'PHONE', 'pseudonym');
    expect(policy).toEqual({ placeholders: [], dates: { DATE_OF_BIRTH: 'shift' } });
    expect(() => withReplacementChoice(policy, 'EMAIL', 'shift')).toThrow(/DATE and DATE_OF_BIRTH/);
  });

  it('gives the replacement the table writes for each choice', () => {
    const policy = withReplacementChoice(
      withReplacementChoice({}, 'PHONE', 'placeholder'),
      'DATE',
      'pseudonym',
    );
    const table = new PseudonymTable({ secret: new Uint8Array(32), hmac, policy });
    const text = 'Rang 07700 900123 on 09/06/2016.';
    const at = (words: string, type: 'PHONE' | 'DATE') => {
      const start = text.indexOf(words);
      const end = start + words.length;
      return { type, startUtf16: start, endUtf16: end, text: words, score: 1, recognizer: 't' };
    };
    const replaced = table.replacementsFor(text, [
      at('07700 900123', 'PHONE'),
      at('09/06/2016', 'DATE'),
    ]);
    expect(replaced.map((r) => r.replacement)).toEqual(['[PHONE]', '[DATE 1]']);
  });

  it('parses TYPE=CHOICE and names what is wrong', () => {
    expect(parseReplacementChoice(' phone = Placeholder ')).toEqual({
      type: 'PHONE',
      choice: 'placeholder',
    });
    expect(() => parseReplacementChoice('PHONE')).toThrow(/not TYPE=CHOICE/);
    expect(() => parseReplacementChoice('NAME=placeholder')).toThrow(/unknown type "NAME"/);
    expect(() => parseReplacementChoice('PHONE=hide')).toThrow(/unknown choice "hide"/);
  });
});

describe('de-identification settings checks', () => {
  it('accepts the empty and a full valid object', () => {
    expect(deidSettingsProblems({ detection: {}, policy: {} })).toEqual([]);
    const full = {
      detection: { crimeRefPatterns: ['\\bWY-\\d{6}\\b'], places: ['Ossett'], agencies: true },
      policy: { dates: { DATE: 'shift' }, maxShiftDays: 30, placeholders: ['EMAIL'] },
    };
    expect(deidSettingsProblems(full)).toEqual([]);
  });

  it('names every problem', () => {
    const problems = deidSettingsProblems({
      detection: { crimeRefPatterns: ['(x'], places: [''], agencies: 'yes', colour: 1 },
      policy: { dates: { AGE: 'shift', DATE: 'hide' }, maxShiftDays: 1.5, placeholders: ['NAME'] },
    });
    expect(problems).toEqual([
      expect.stringContaining('detection.colour is not a setting'),
      expect.stringContaining('detection.crimeRefPatterns[0] is not a regular expression'),
      'detection.places must be a list of non-empty strings',
      'detection.agencies must be true or false',
      'policy.dates.AGE: only DATE and DATE_OF_BIRTH have a date treatment',
      'policy.dates.DATE must be "shift" or "placeholder"',
      'policy.maxShiftDays must be a whole number of days from 1 to 3650',
      expect.stringContaining('policy.placeholders must list entity types'),
    ]);
    expect(deidSettingsProblems(null)).toEqual([
      'settings must be an object { detection, policy }',
    ]);
  });
});
