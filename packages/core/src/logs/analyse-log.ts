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
import { withLearntLabels } from './learnt-labels.js';
import { detectTurningPoints } from './turning-points.js';

/**
 * Classifies every entry in order. An entry with no framing cue whose event is one of the
 * lexicon's `framingCarryEvents` continues the framing the log last established (§4 reads the
 * entry's own text; an update or referral about the same episode shares its premise). Then, when
 * the lexicon has an `eventModel` or a `framingModel`, the model reads each entry's words beside
 * the lexicon's decision and gives the label (learnt-labels.ts).
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
    if (carries(a) && lexicon.framingCarryEvents.includes(a.event)) a.framing = established;
    if (a.framing !== 'unclear') established = a.framing;
    out.push(a);
  }
  withLearntLabels(out, log.entries, lexicon);
  return out;
}

/**
 * An unclear entry with no framing cue continues the log's framing. So does a request whose only
 * cues are logistics ("emailed the outreach team asking them to find her. Auto-reply"): what it
 * asks for is about the same episode, whatever the reply (§4; across the labelled sets no such
 * referral is unclear, while chasing one is).
 */
function carries(a: EntryAnalysis): boolean {
  if (a.framing !== 'unclear') return false;
  const cues = a.triggers.framing;
  if (cues.length === 0) return true;
  if (a.event !== 'referral') return false;
  for (const t of cues) if (t.label !== 'unclear') return false;
  return true;
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
