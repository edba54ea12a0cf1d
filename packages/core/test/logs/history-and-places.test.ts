import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEXICON,
  classifyEntry,
  validateLexicon,
  type EntryAnalysis,
} from '../../src/index.js';

function classify(text: string, author: string | null = 'OPR 1200'): EntryAnalysis {
  return classifyEntry({ index: 1, author, text });
}

describe('classifyEntry: history segments set neither the event nor the agencies', () => {
  it('does not close an entry on an old NFA under a PREVIOUS heading', () => {
    const text =
      'RP REPORTS NOISE FROM FLAT ABOVE, MALE SHOUTING\n' +
      'PREVIOUS: 12/03/2015 - CALL RE SAME MALE, NFA';
    const a = classify(text);
    expect(a.event).toBe('report');
    expect(a.cued).not.toContain('closure');
  });

  it('the same NFA outside a history segment still closes the entry', () => {
    expect(classify('RP REPORTS NOISE FROM FLAT ABOVE. NFA').event).toBe('closure');
  });

  it('treats lines that open with a date and no time as history', () => {
    const text =
      'RP RANG AGAIN, SHOUTING NOW LOUDER\n24/04/2014 - CALL RE SAME, CMHT INFORMED, NFA';
    const a = classify(text);
    expect(a.event).toBe('report');
    expect(a.agencies).not.toContain('mental_health');
  });

  it('keeps bullets under a HISTORY heading in the segment', () => {
    const text = 'Caller reports male shouting in street\nHISTORY:\n- CMHT visit, NFA\n- GP aware';
    const a = classify(text);
    expect(a.event).toBe('report');
    expect(a.agencies).not.toContain('mental_health');
    expect(a.agencies).not.toContain('health');
  });

  it('drops agencies only named in a Local intel or PREV CALLS line', () => {
    const local = classify(
      'Neighbour reports banging\nLocal intel - 2 prev calls, words of advice',
    );
    expect(local.event).toBe('report');
    const prev = classify('RP reports male in garden\nPREV CALLS: AMHP attended, sectioned');
    expect(prev.agencies).not.toContain('mental_health');
    expect(prev.instruments).toEqual([]);
  });

  it('ignores a clause that says what happened previously, last week or on a date', () => {
    expect(classify('RP reports banging, previously arrested for damage').event).toBe('report');
    expect(classify('Caller reports shouting, CMHT visited last week').agencies).not.toContain(
      'mental_health',
    );
    expect(classify('Caller reports shouting, CMHT visited on 08/04').agencies).not.toContain(
      'mental_health',
    );
  });

  it('still counts an agency acting now in the same entry as a history line', () => {
    const a = classify('RANG CMHT, UPDATE GIVEN\nPREVIOUS: 12/03/2015 - CALL RE SAME, NFA');
    expect(a.agencies).toContain('mental_health');
    expect(a.event).toBe('information_sharing');
  });

  it('a PREVIOUS line never changes the event or agencies, whatever it says', () => {
    const words = ['CMHT', 'NFA', 'ARRESTED', 'S136', 'AMHP', 'GP', 'COURT', 'REFERRED', 'ADVICE'];
    const base = 'RP REPORTS NOISE FROM FLAT ABOVE';
    const before = classify(base);
    const line = fc.array(fc.constantFrom(...words, 'TO', 'RE', 'SAME', ','), { maxLength: 12 });
    fc.assert(
      fc.property(line, fc.constantFrom('PREVIOUS: ', 'HISTORY: ', '03/02/2015 - '), (w, head) => {
        const after = classify(`${base}\n${head}${w.join(' ')}`);
        expect([after.event, after.agencies]).toEqual([before.event, before.agencies]);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts lexicons with or without history cues', () => {
    expect(validateLexicon(DEFAULT_LEXICON).ok).toBe(true);
    const { history: _dropped, ...older } = DEFAULT_LEXICON;
    expect(validateLexicon(older).ok).toBe(true);
    const bad = validateLexicon({ ...DEFAULT_LEXICON, history: { lineStart: ['('], inline: [] } });
    expect(bad.ok).toBe(false);
    const text = 'RP REPORTS NOISE\nPREVIOUS: 12/03/2015 - CALL RE SAME, NFA';
    expect(classifyEntry({ index: 1, author: null, text }, undefined, older).event).toBe('closure');
  });
});

describe('classifyEntry: place names are not agencies', () => {
  it('reads a numbered block of flats named Court as an address', () => {
    const a = classify('RP MRS PARKIN FLAT 12 BRINDLE COURT REPORTS NOISE FROM FLAT ABOVE');
    expect(a.agencies).not.toContain('criminal_justice');
    expect(classify('Caller of 9 Tannery Court reports shouting').agencies).not.toContain(
      'criminal_justice',
    );
  });

  it('reads a title-case name before Court as an address', () => {
    expect(classify('Neighbour in Tern Court reports banging').agencies).not.toContain(
      'criminal_justice',
    );
  });

  it('reads an agency word followed by a street word as an address', () => {
    expect(classify('Caller on Hospital Road reports male shouting').agencies).not.toContain(
      'health',
    );
    expect(classify('RP AT 4 COUNCIL STREET REPORTS NOISE').agencies).not.toContain(
      'local_authority',
    );
  });

  it('still reads courts of law and agencies by name', () => {
    const cj = (text: string) => classify(text, 'PC 2291 TATE').agencies;
    // Police bail to a court sets a date; the court does not act yet (eval/logs dev KD-003, fresh8).
    expect(cj('Charged s4A, bailed to court Monday')).not.toContain('criminal_justice');
    expect(cj('Remanded to Crown Court')).toContain('criminal_justice');
    expect(cj('MALE APPEARED AT COURT THIS MORNING')).toContain('criminal_justice');
    expect(cj('Attended Court this morning')).toContain('criminal_justice');
    expect(cj('Rang Hospital, ward staff updated')).toContain('health');
  });
});
