/**
 * Hedges (`Lexicon.negation.hedges`, lexicon 1.13.0): words that put a match off rather than deny
 * it cancel events and agencies, but the premise they state still frames the entry
 * (ANNOTATING-LOGS.md §4: "wants him arrested" is crime_asb). Sentences are written for this test,
 * not taken from any evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON, analyseLog, validateLexicon } from '../../src/logs/index.js';
import { LEXICON_ONLY, classify, logOf } from './log-fixtures.js';

describe('hedged premises frame the entry (§4)', () => {
  it('frames a possible offence or a possible risk', () => {
    expect(
      classify('Grade 1, possible burglary in progress. Two units assigned.', 'CH 4410').framing,
    ).toBe('crime_asb');
    expect(classify('Grade 2 for the wording: possible suicide threat.', 'CH 4410').framing).toBe(
      'risk_safety',
    );
  });

  it('still lets a true negation cancel the framing', () => {
    expect(classify('Spoke to him: no offences disclosed, all calm.').framing).not.toBe(
      'crime_asb',
    );
  });

  it('keeps hedges cancelling events: an arrest someone wants is not an arrest', () => {
    const entry = classify('Caller wants the man arrested for the damage to her car.', 'CH 4410');
    expect(entry.event).not.toBe('arrest');
    expect(entry.framing).toBe('crime_asb');
  });
});

describe('a study lexicon with hedges', () => {
  it('validates, and an invalid hedge pattern is reported', () => {
    expect(validateLexicon(DEFAULT_LEXICON).ok).toBe(true);
    const bad = {
      ...DEFAULT_LEXICON,
      negation: { ...DEFAULT_LEXICON.negation, hedges: ['(unclosed'] },
    };
    expect(validateLexicon(bad).ok).toBe(false);
  });

  it('frames as the default does when the hedges are plain negation cues', () => {
    const n = DEFAULT_LEXICON.negation;
    // The lexicon alone: the learnt models read the words, not the negation cues.
    const strict = {
      ...LEXICON_ONLY,
      negation: { ...n, before: [...n.before, ...(n.hedges ?? [])], hedges: [] },
    };
    const log = logOf([['CH 4410', 'Grade 1, possible burglary in progress. Two units assigned.']]);
    expect(analyseLog(log, strict).entries[0]!.framing).toBe('unclear');
    expect(analyseLog(log).entries[0]!.framing).toBe('crime_asb');
  });
});
