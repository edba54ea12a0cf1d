/**
 * History segments: the parts of an entry that recount earlier events rather than record this
 * entry's action ("PREVIOUS: 22/04/2014 - CALL RE SAME, NFA", "Local intel - 2 prev calls",
 * "previously sectioned"). ANNOTATING-LOGS.md §2–3: the event is the action the entry records and
 * agencies only mentioned as history do not act, so cues inside these segments are ignored for the
 * event and the agencies. Offsets are UTF-16 code units; spans are flat [start, end) pairs.
 */

import { pairsBefore } from './cue-windows.js';

/** Cue patterns for history segments (`Lexicon.history`), as RegExp sources. */
export interface HistoryCues {
  /** A line that starts with one of these (after blanks) is history up to its end. */
  lineStart: string[];
  /** The clause (see cue-windows.ts) holding one of these is history. */
  inline: string[];
}

export interface CompiledHistory {
  lineStart: RegExp;
  inline: RegExp;
  /**
   * The inline cues' sources, for alternations of some of them (`inlineOf`); null when a cue
   * holds a back-reference, whose group number would change in a shorter alternation.
   */
  inlineCues: string[] | null;
  /** Alternations of some inline cues, by the bit mask of the cues they join (`inlineOf`). */
  subsets: Map<number, RegExp>;
}

/** `historySpans`' `inline` when any inline cue may match: the whole alternation runs. */
export const ALL_INLINE_CUES = -1;

/**
 * Subsets of inline cues with an alternation of their own (each mask below 2^31). Past this many
 * cues `inlineOf` runs the whole alternation.
 */
const SUBSET_CUES = 31;
/** Alternations kept per lexicon: cleared past this, so memory stays flat whatever the masks. */
const SUBSETS_KEPT = 256;
/**
 * Texts at least this long (UTF-16 code units) run the whole alternation even when some cues are
 * ruled out. V8 compiles a RegExp to native code at once for a subject this long, and an
 * alternation first compiled late in a busy process (here, after the benchmark's six other
 * implementations) ran its 400,000-character entry about ten times slower than the whole one,
 * compiled early (160 ms against 17 ms), though three times faster in a fresh process. Short
 * texts, where the subsets pay, are not affected that way; long ones keep the path they had.
 */
const SUBSET_TEXT_LIMIT = 1000;

/** Back-references (`\1`, `\k<name>`): numbered or named groups a sub-alternation would renumber. */
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

/** Lines under a history heading stay history while they are bullets or indented. */
const CONTINUES = /^(?:[ \t]+\S|[-*•])/;

function join(patterns: string[], flags: string, prefix = ''): RegExp {
  const body = patterns.map((p) => `(?:${p})`).join('|');
  return new RegExp(patterns.length ? `${prefix}(?:${body})` : '(?!)', flags);
}

export function compileHistory(cues: HistoryCues | undefined): CompiledHistory {
  const inline = cues?.inline ?? [];
  const separable = inline.length <= SUBSET_CUES && !inline.some((p) => BACK_REFERENCE.test(p));
  return {
    lineStart: join(cues?.lineStart ?? [], 'i', '^\\s*'),
    inline: join(inline, 'gi'),
    inlineCues: separable ? inline : null,
    subsets: new Map(),
  };
}

/**
 * The alternation of the inline cues in `mask` (bit i for cue i), in their order, or the whole
 * alternation for ALL_INLINE_CUES. A cue left out must be one that cannot match anywhere in the
 * text (the key gate, `EntryMatches.inlineHistoryCues`): at every position the first cue of the
 * whole alternation that matches is then also the first of the shorter one, so every match (its
 * start and text; only those are read) is the same. Running only the cues the gate left open took
 * a benchmark entry's run of the alternation from several microseconds to a fraction of one: the
 * whole alternation tries a dozen cues, some with look-behinds, at every position.
 */
export function inlineOf(cues: CompiledHistory, mask: number): RegExp {
  if (mask === ALL_INLINE_CUES || cues.inlineCues === null) return cues.inline;
  let regex = cues.subsets.get(mask);
  if (regex !== undefined) return regex;
  if (cues.subsets.size >= SUBSETS_KEPT) cues.subsets.clear();
  const kept = cues.inlineCues.filter((_, i) => ((mask >> i) & 1) === 1);
  regex = join(kept, 'gi');
  cues.subsets.set(mask, regex);
  return regex;
}

function historyLines(text: string, cues: CompiledHistory, out: number[]): void {
  // Lines found with indexOf rather than split: most entries are one line, and split's array
  // of copies was a share of each entry's garbage.
  let open = false;
  for (let start = 0; start <= text.length;) {
    const cut = text.indexOf('\n', start);
    const end = cut < 0 ? text.length : cut;
    const line = start === 0 && cut < 0 ? text : text.slice(start, end);
    open = cues.lineStart.test(line) || (open && CONTINUES.test(line));
    if (open) out.push(start, end);
    start = end + 1;
  }
}

/**
 * The clause around [start, end): from the last boundary that ends at or before `start` to the
 * first one that starts at or after `end`. Boundary starts and ends both ascend, so two binary
 * searches find them (a walk over all boundaries per cue was quadratic in very long entries).
 */
function clauseAround(bounds: number[], length: number, start: number, end: number): number[] {
  const after = pairsBefore(bounds, end);
  const to = after * 2 < bounds.length ? (bounds[after * 2] as number) : length;
  return [lastEndAtOrBefore(bounds, start), to];
}

/** The largest boundary end ≤ `pos`, or 0 when none ends there. */
function lastEndAtOrBefore(bounds: number[], pos: number): number {
  let lo = 0;
  let hi = bounds.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid * 2 + 1] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (bounds[lo * 2 - 1] as number);
}

/**
 * History spans of an entry; `bounds` are its clause boundaries (`clauseBoundaries`). `inline`
 * says which inline cues may match (`EntryMatches.inlineHistoryCues`, a bit per cue; `true` or
 * ALL_INLINE_CUES for all): with none (`false` or 0) their alternation, tried at every position of
 * every entry, is not run (it was about 4% of analysis time), and otherwise only that of the
 * cues that may match (`inlineOf`).
 */
export function historySpans(
  text: string,
  cues: CompiledHistory,
  bounds: number[],
  inline: boolean | number = true,
): number[] {
  const out: number[] = [];
  historyLines(text, cues, out);
  if (inline === false || inline === 0) return out;
  const all = inline === true || text.length >= SUBSET_TEXT_LIMIT;
  const regex = inlineOf(cues, all ? ALL_INLINE_CUES : inline);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else
      out.push(
        ...afterColon(
          text,
          clauseAround(bounds, text.length, m.index, m.index + m[0].length),
          m.index,
          labelColon(m[0]),
        ),
      );
  }
  return out;
}

/**
 * A history clause starts after the last colon before its cue: "Rang the ASB team: a CPW was
 * served in January" recounts the CPW, not the call (a colon is no clause boundary for the cue
 * windows, where "AMB: NOT REQD" must still read as one clause). A cue that is itself a label
 * ("Call history: 31 calls since May") starts the history after its colon (`labelAt`, the colon's
 * offset in the cue, or -1): the label names the check this entry makes (§2), the rest recounts.
 */
function afterColon(text: string, clause: number[], cue: number, labelAt = -1): number[] {
  if (labelAt >= 0) return [cue + labelAt + 1, clause[1]!];
  const colon = text.lastIndexOf(':', cue);
  return colon >= clause[0]! ? [colon + 1, clause[1]!] : clause;
}

/** A label of up to three words then a colon opening a cue's match: the colon's offset, or -1. */
const LABEL_THEN_COLON = /^[\p{L}&]+(?: [\p{L}&]+){0,2}\s*:/u;

function labelColon(match: string): number {
  const m = LABEL_THEN_COLON.exec(match);
  return m ? m[0].length - 1 : -1;
}

/** True when UTF-16 offset `pos` falls inside one of the flat [start, end) spans. */
export function inSpans(spans: number[], pos: number): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    if (pos >= (spans[i] as number) && pos < (spans[i + 1] as number)) return true;
  }
  return false;
}

/**
 * The union of flat [start, end) spans as disjoint spans in ascending order, so that `inMerged`
 * answers by binary search: an entry may hold thousands of history spans.
 */
export function mergeSpans(spans: number[]): number[] {
  if (spans.length <= 2) return spans;
  const order: number[] = [];
  for (let i = 0; i < spans.length; i += 2)
    if ((spans[i] as number) < (spans[i + 1] as number)) order.push(i);
  order.sort((x, y) => (spans[x] as number) - (spans[y] as number));
  const out: number[] = [];
  for (const i of order) {
    const [s, e] = [spans[i] as number, spans[i + 1] as number];
    const last = out.length - 1;
    if (last > 0 && s <= (out[last] as number)) out[last] = Math.max(out[last] as number, e);
    else out.push(s, e);
  }
  return out;
}

/** `inSpans` for spans from `mergeSpans`: the last span starting at or before `pos` holds it. */
export function inMerged(merged: number[], pos: number): boolean {
  let lo = 0;
  let hi = merged.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((merged[mid * 2] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < (merged[lo * 2 - 1] as number);
}
