/**
 * The framing of an entry (ANNOTATING-LOGS.md §4). A closing entry takes the framing of its
 * result statement; otherwise, with cues of one framing it is that framing, with cues of several
 * it is the premise of the entry's event (lexicon `eventFramings`) when that framing is cued, else
 * the first of `framingPriority`. An entry with no cues takes its event's premise or `unclear`.
 * Cues labelled `unclear` (§4: entries that frame nothing) lose to any other framing's cue.
 */
import type { Trigger } from './analysis-types.js';
import type { Lexicon } from './lexicon.js';
import type { EventType, Framing } from './vocabulary.js';

export interface FramingDecision {
  framing: Framing;
  triggers: Trigger[];
}

/** `resultEnd`: where the entry's result statement starts its text (UTF-16), or -1 without one. */
export function decideFraming(
  event: EventType,
  triggers: Trigger[],
  resultEnd: number,
  lexicon: Lexicon,
  agencies: string[] = [],
): FramingDecision {
  let cued = triggers;
  if (event === 'closure') {
    const from = resultEnd;
    const inResult = triggers.filter((t) => t.startUtf16 >= from);
    if (from >= 0 && inResult.length > 0) cued = headOf(inResult);
  }
  const own = lexicon.eventFramings[event];
  // An event with a premise of its own (support is about welfare) is framed by it even beside a
  // logistics cue: "drove him home, officers resuming" frames welfare, not nothing (§4).
  // So is a request to a health service beside one ("ambulance requested, ETA 40 mins").
  const premised =
    own ?? (event === 'referral' ? agencyPremise(event, agencies, lexicon) : undefined);
  if (premised && allUnclear(cued)) cued = [];
  const labels = distinctLabels(cued);
  const framing = chooseFraming(labels, own, event, agencies, lexicon, cued);
  return { framing, triggers: withLabel(cued, framing) };
}

/*
 * The helpers below are loops over the few triggers of an entry rather than `every`, `map` into a
 * Set and `filter` with closures: framing is decided for every entry, and those calls and their
 * copies were a share of its time. Each gives what the chain it replaced gave, in the same order.
 */

/** True when every trigger is labelled `unclear` (and for none). */
function allUnclear(triggers: Trigger[]): boolean {
  for (const t of triggers) if (t.label !== 'unclear') return false;
  return true;
}

/** The triggers' labels without repeats, in first-occurrence order (a Set's iteration order). */
function distinctLabels(triggers: Trigger[]): string[] {
  const out: string[] = [];
  for (const t of triggers) if (!out.includes(t.label)) out.push(t.label);
  return out;
}

/** The triggers labelled `label`, in order. */
function withLabel(triggers: Trigger[], label: string): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) if (t.label === label) out.push(t);
  return out;
}

/**
 * A result statement heads with its category ("RESULT: ASB - …", "RESULT: DRUNK - WELFARE, …
 * DAMAGE NFA"): §4 takes the closing entry's framing from it, so the first framed cue decides.
 */
export function headOf(inResult: Trigger[]): Trigger[] {
  const framed = inResult.filter((t) => t.label !== 'unclear');
  if (framed.length === 0) return inResult;
  const first = framed.reduce((a, b) => (b.startUtf16 < a.startUtf16 ? b : a));
  return framed.filter((t) => t.label === first.label);
}

/** The premise that working with one of the entry's agencies gives its event, if any. */
export function agencyPremise(
  event: EventType,
  agencies: string[],
  lexicon: Lexicon,
): Framing | undefined {
  if (!lexicon.framingCarryEvents.includes(event)) return undefined;
  const agency = Object.keys(lexicon.agencyFramings).find((a) => agencies.includes(a));
  return agency ? lexicon.agencyFramings[agency] : undefined;
}

/**
 * The framing from the distinct cued labels. The premise (the event's own, else the one working
 * with an agency gives it) is only read when no single label decides, so it is worked out then.
 */
function chooseFraming(
  labels: string[],
  own: Framing | undefined,
  event: EventType,
  agencies: string[],
  lexicon: Lexicon,
  cued: Trigger[],
): Framing {
  if (labels.length === 1) return labels[0] as Framing;
  const premise = own ?? agencyPremise(event, agencies, lexicon);
  if (labels.length === 0) return premise ?? 'unclear';
  if (premise && labels.includes(premise)) return premise;
  const priority = lexicon.framingPriority;
  const ranked = priority.filter((f) => labels.includes(f));
  if (ranked.length === 0) return labels[0] as Framing;
  const first = ranked[0]!;
  return first === priority[0] ? first : mostCued(ranked, cued);
}

/**
 * Between crime/ASB and health/welfare cues the framing with more distinct cue words wins, ties
 * going to the priority order: "thrown" once against "autistic" and "distressed" reads as
 * distress (§4: the entry's premise). The first framing of the priority (risk/safety by default)
 * outranks any number of the others' cues.
 */
function mostCued(ranked: Framing[], cued: Trigger[]): Framing {
  let best = ranked[0]!;
  let most = distinctCueWords(cued, best);
  for (const f of ranked) {
    const n = distinctCueWords(cued, f);
    if (n > most) [best, most] = [f, n];
  }
  return best;
}

/**
 * The number of distinct cue words (lower case) labelled `framing`: a loop and a short array
 * rather than a named closure and a Set per call, which tsx's keep-names transform wraps.
 */
function distinctCueWords(cued: Trigger[], framing: Framing): number {
  const words: string[] = [];
  for (const t of cued) {
    if (t.label !== framing) continue;
    const word = t.text.toLowerCase();
    if (!words.includes(word)) words.push(word);
  }
  return words.length;
}
