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
  if (own && cued.every((t) => t.label === 'unclear')) cued = [];
  const labels = new Set(cued.map((t) => t.label));
  const premise = own ?? agencyPremise(event, agencies, lexicon);
  const framing = chooseFraming(labels, premise, lexicon.framingPriority, cued);
  return { framing, triggers: cued.filter((t) => t.label === framing) };
}

/**
 * A result statement heads with its category ("RESULT: ASB - …", "RESULT: DRUNK - WELFARE, …
 * DAMAGE NFA"): §4 takes the closing entry's framing from it, so the first framed cue decides.
 */
function headOf(inResult: Trigger[]): Trigger[] {
  const framed = inResult.filter((t) => t.label !== 'unclear');
  if (framed.length === 0) return inResult;
  const first = framed.reduce((a, b) => (b.startUtf16 < a.startUtf16 ? b : a));
  return framed.filter((t) => t.label === first.label);
}

/** The premise that working with one of the entry's agencies gives its event, if any. */
function agencyPremise(
  event: EventType,
  agencies: string[],
  lexicon: Lexicon,
): Framing | undefined {
  if (!lexicon.framingCarryEvents.includes(event)) return undefined;
  const agency = Object.keys(lexicon.agencyFramings).find((a) => agencies.includes(a));
  return agency ? lexicon.agencyFramings[agency] : undefined;
}

function chooseFraming(
  labels: Set<string>,
  premise: Framing | undefined,
  priority: Framing[],
  cued: Trigger[],
): Framing {
  if (labels.size === 0) return premise ?? 'unclear';
  if (labels.size === 1) return [...labels][0] as Framing;
  if (premise && labels.has(premise)) return premise;
  const ranked = priority.filter((f) => labels.has(f));
  if (ranked.length === 0) return [...labels][0] as Framing;
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
  const count = (f: Framing) =>
    new Set(cued.filter((t) => t.label === f).map((t) => t.text.toLowerCase())).size;
  let best = ranked[0]!;
  for (const f of ranked) if (count(f) > count(best)) best = f;
  return best;
}
