/**
 * Ambiguous terms settled by context (ANNOTATING-LOGS.md §7): each occurrence takes the sense
 * whose context cue lies nearest to it within the rule's window; with no cue nearby it takes the
 * sense the same log last settled on, else the rule's default. Both senses can occur in one entry.
 */
import type { Trigger } from './analysis-types.js';
import type { CompiledAmbiguity, CompiledLexicon } from './compile-lexicon.js';
import type { EntryMatches } from './entry-matches.js';

/** Term → the sense it was last read in within the current log. */
export type SenseMemory = Record<string, number>;

export interface SenseTrigger {
  kind: string;
  trigger: Trigger;
}

function nearestCueDistance(
  re: RegExp,
  text: string,
  start: number,
  end: number,
  window: number,
): number {
  const from = Math.max(0, start - window);
  const slice = text.slice(from, Math.min(text.length, end + window));
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) re.lastIndex++;
    const s = from + m.index;
    const e = s + m[0].length;
    const overlapsTerm = s < end && e > start && !(s <= start && e >= end);
    if (!overlapsTerm) best = Math.min(best, s >= end ? s - end : e <= start ? start - e : 0);
  }
  return best;
}

function senseFor(
  a: CompiledAmbiguity,
  text: string,
  start: number,
  end: number,
  memory: SenseMemory,
): number {
  let best = -1;
  let bestDistance = Infinity;
  // Loops rather than closures here and below: tsx's keep-names transform wraps each closure
  // made per occurrence in a naming call.
  for (let i = 0; i < a.senses.length; i++) {
    const d = nearestCueDistance(a.senses[i]!.context, text, start, end, a.rule.windowUtf16);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  }
  return best >= 0 ? best : (memory[a.rule.term] ?? a.defaultIndex);
}

/** Appends the triggers a sense's `kind:label` additions make to `out`. */
function addTriggers(
  out: SenseTrigger[],
  adds: string[],
  text: string,
  start: number,
  end: number,
): void {
  for (const pair of adds) {
    const cut = pair.indexOf(':');
    const label = pair.slice(cut + 1);
    out.push({
      kind: pair.slice(0, cut),
      trigger: { label, text: text.slice(start, end), startUtf16: start, endUtf16: end },
    });
  }
}

/**
 * Triggers the ambiguous terms in `text` add; updates `memory` with the senses chosen. A rule
 * whose term `matches` rules out (`EntryMatches.mayHoldAmbiguity`) is not scanned for.
 */
export function resolveAmbiguities(
  c: CompiledLexicon,
  text: string,
  memory: SenseMemory,
  matches?: Pick<EntryMatches, 'mayHoldAmbiguity'>,
): SenseTrigger[] {
  const out: SenseTrigger[] = [];
  for (let rule = 0; rule < c.ambiguities.length; rule++) {
    const a = c.ambiguities[rule] as CompiledAmbiguity;
    if (matches !== undefined && !matches.mayHoldAmbiguity(rule)) continue;
    a.term.lastIndex = 0;
    for (let m = a.term.exec(text); m !== null; m = a.term.exec(text)) {
      if (m[0].length === 0) {
        a.term.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      const sense = senseFor(a, text, m.index, end, memory);
      memory[a.rule.term] = sense;
      addTriggers(out, a.senses[sense]?.adds ?? [], text, m.index, end);
    }
  }
  return out;
}
