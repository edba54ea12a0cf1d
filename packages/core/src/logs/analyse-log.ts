/**
 * A whole log's analysis: every entry classified (senses of ambiguous terms carried from entry to
 * entry), its turning points and its continuum placement.
 */
import type { LogStructure } from '../model/source.js';
import type { EntryAnalysis, LogAnalysis } from './analysis-types.js';
import { classifyEntry, emptyContext, type ClassifyOptions } from './classify-entry.js';
import { DEFAULT_CONTINUUM_SCALE, placeOnContinuum, type ContinuumScale } from './continuum.js';
import { DEFAULT_LEXICON } from './default-lexicon.js';
import type { Lexicon } from './lexicon.js';
import { detectTurningPoints } from './turning-points.js';

/**
 * Classifies every entry in order. An entry with no framing cue whose event is one of the
 * lexicon's `framingCarryEvents` continues the framing the log last established (§4 reads the
 * entry's own text; an update or referral about the same episode shares its premise).
 */
export function classifyLog(
  log: Pick<LogStructure, 'entries'>,
  lexicon: Lexicon = DEFAULT_LEXICON,
  options: ClassifyOptions = {},
): EntryAnalysis[] {
  const context = emptyContext();
  let established: EntryAnalysis['framing'] = 'unclear';
  // A loop rather than `map` with a closure, which tsx's keep-names transform wraps per log.
  const out: EntryAnalysis[] = [];
  for (let i = 0; i < log.entries.length; i++) {
    const e = log.entries[i] as (typeof log.entries)[number];
    const a = classifyEntry(
      { index: i, author: e.author, text: e.text },
      context,
      lexicon,
      options,
    );
    const carry = a.framing === 'unclear' && a.triggers.framing.length === 0;
    if (carry && lexicon.framingCarryEvents.includes(a.event)) a.framing = established;
    if (a.framing !== 'unclear') established = a.framing;
    out.push(a);
  }
  return out;
}

export function analyseLog(
  log: Pick<LogStructure, 'entries'>,
  lexicon: Lexicon = DEFAULT_LEXICON,
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
  options: ClassifyOptions = {},
): LogAnalysis {
  const entries = classifyLog(log, lexicon, options);
  return {
    lexiconVersion: lexicon.version,
    entries,
    turningPoints: detectTurningPoints(entries),
    continuum: placeOnContinuum(entries, scale),
  };
}
