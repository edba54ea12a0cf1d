/**
 * Turning points of a log (ANNOTATING-LOGS.md §5; operational definitions in
 * docs/log-analysis.md). Works on labelled entries, so researcher corrections feed straight in.
 * Entry 0 is never a turning point; one entry may carry several types.
 *
 * Each detector is one pass over the entries with plain loops: a log has a handful of entries,
 * labels and instruments, where arrays searched by `includes` beat Sets, and closures per entry
 * (which tsx's keep-names transform wraps in a naming call) were a measurable share of analysis.
 */
import type { EntryAnalysis, TurningPoint } from './analysis-types.js';
import { insertSorted } from './sorted-indices.js';
import { NON_PARTNER_AGENCIES, TURNING_POINT_TYPES, type TurningPointType } from './vocabulary.js';

/** What turning-point detection reads from an entry. */
export type TurningPointInput = Pick<EntryAnalysis, 'index' | 'agencies' | 'event' | 'framing'> &
  Partial<Pick<EntryAnalysis, 'signals' | 'instruments' | 'refused' | 'cued' | 'authorAgency'>>;

const has = (e: TurningPointInput, signal: string) => e.signals?.includes(signal) ?? false;

const NO_INSTRUMENTS: readonly string[] = [];

/** The point with its evidence and its own entry, ascending without repeats. */
function point(entry: number, type: TurningPointType, evidence: number[]): TurningPoint {
  const sorted: number[] = [];
  for (const x of evidence) insertSorted(sorted, x);
  insertSorted(sorted, entry);
  return { entry, type, evidence: sorted };
}

/** Index of the first entry after `i` with a framing other than unclear; -1 when none. */
function nextFramed(entries: TurningPointInput[], i: number): number {
  for (let j = i + 1; j < entries.length; j++)
    if ((entries[j] as TurningPointInput).framing !== 'unclear') return j;
  return -1;
}

/** §5 reframing: a non-unclear framing that differs from the established one and is followed up. */
export function reframings(entries: TurningPointInput[]): TurningPoint[] {
  const out: TurningPoint[] = [];
  let framing: string | null = null;
  let at = -1;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as TurningPointInput;
    if (e.framing === 'unclear') continue;
    let established = framing === null || e.framing === framing;
    if (!established) {
      const next = nextFramed(entries, i);
      established = next >= 0 && entries[next]?.framing === e.framing;
      if (established) out.push(point(i, 'reframing', [at, next]));
    }
    if (established) {
      framing = e.framing;
      at = i;
    }
  }
  return out;
}

/** Appends to `seen` the items of `items` not in it; returns how many were new. */
function addFresh(seen: string[], items: readonly string[]): number {
  let fresh = 0;
  for (const x of items)
    if (!seen.includes(x)) {
      seen.push(x);
      fresh++;
    }
  return fresh;
}

/** §5 escalation: the first entry in which each distinct coercive instrument is used. */
export function escalations(entries: TurningPointInput[]): TurningPoint[] {
  const seen: string[] = [];
  const out: TurningPoint[] = [];
  for (let i = 0; i < entries.length; i++) {
    const fresh = addFresh(seen, entries[i]?.instruments ?? NO_INSTRUMENTS);
    if (i > 0 && fresh > 0) out.push(point(i, 'escalation', [i]));
  }
  return out;
}

/** True when some item of `items` is not in `seen`. */
function anyNew(seen: string[], items: readonly string[]): boolean {
  for (const x of items) if (!seen.includes(x)) return true;
  return false;
}

/**
 * §5 de-escalation: a step-down decided or done, evidenced by the latest escalation before it.
 * Marked where the step-down is first decided or done: a later restatement of it ("returned home"
 * after the search was stood down) is not a new turning point until a new coercive measure or a
 * new report gives something fresh to step down from.
 */
export function deEscalations(entries: TurningPointInput[], closures: number[]): TurningPoint[] {
  const used: string[] = [];
  let lastCoercive = -1;
  let steppedDown = false;
  const out: TurningPoint[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as TurningPointInput;
    const instruments = e.instruments ?? NO_INSTRUMENTS;
    // A step-down in the entry that applies a new power (s136 ended as s2 is applied) is not one;
    // an instrument used before and only named again ("cautioned for failing to comply with the
    // s35 direction, released") does not hide the step-down (§5: the first use escalates).
    const fresh = anyNew(used, instruments);
    const stepDown =
      (has(e, 'step_down') || closures.includes(i)) && (!fresh || has(e, 'search_ended'));
    // A mid-log NFA drops an offence: a step-down of its own even after another (released, then
    // NFA for the damage), as the writers mark it (§5).
    if (i > 0 && stepDown && (!steppedDown || closures.includes(i)))
      out.push(point(i, 'de_escalation', lastCoercive >= 0 ? [lastCoercive] : []));
    if (i > 0 && stepDown) steppedDown = true;
    addFresh(used, instruments);
    if (instruments.length > 0) lastCoercive = i;
    if (fresh || (e.event === 'report' && !stepDown)) steppedDown = false;
  }
  return out;
}

/** The agencies of an entry that are partners (not police or public), in order. */
function partnersIn(e: TurningPointInput): string[] {
  const out: string[] = [];
  for (const a of e.agencies) if (!NON_PARTNER_AGENCIES.includes(a)) out.push(a);
  return out;
}

/** The first entry before `before` naming one of `agencies`, as evidence (or none). */
function firstSeen(entries: TurningPointInput[], agencies: string[], before: number): number[] {
  for (let i = 0; i < before && i < entries.length; i++)
    for (const a of (entries[i] as TurningPointInput).agencies)
      if (agencies.includes(a)) return [i];
  return [];
}

/**
 * §5 handoff: another agency accepts responsibility or is recorded lead, police not remaining.
 * A later entry naming only partners that already took the lead restates it ("stays on the
 * panel with ASC as lead"): responsibility does not change there, so it is not a new handoff.
 */
export function handoffs(entries: TurningPointInput[]): TurningPoint[] {
  const leads: string[] = [];
  const out: TurningPoint[] = [];
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i] as TurningPointInput;
    if (!has(e, 'handoff') || has(e, 'police_remain')) continue;
    const partners = partnersIn(e);
    const restated = partners.length > 0 && !anyNew(leads, partners);
    addFresh(leads, partners);
    if (!restated) out.push(point(i, 'handoff', firstSeen(entries, partners, i)));
  }
  return out;
}

/** True when the partners in the entry take part rather than only being contacted or refusing. */
export function takesPart(e: TurningPointInput): boolean {
  if (e.refused) return false;
  return !has(e, 'one_way') || has(e, 'response');
}

/**
 * §5 partner engagement needs the agency to act, accept, assess, advise or share: a request sent
 * to it (a referral) engages it only when the entry records its answer; otherwise the agency is
 * engaged at the later entry where it answers.
 */
export function engages(e: TurningPointInput): boolean {
  // A refusal that still gives advice ("will not assess. Phone advice only: …") has the agency
  // advising (§5: only a refusal with nothing provided does not engage). A notification screened
  // out with a signpost ("PPN closed at screening, signpost to community groups") is one-way: no
  // answer came to police (a `one_way` cue without a `response`).
  if (e.refused && e.cued?.includes('advice') && (!has(e, 'one_way') || has(e, 'response'))) {
    return true;
  }
  if (!takesPart(e)) return false;
  if (e.event !== 'referral') return true;
  return has(e, 'accepted');
}

/**
 * The partners taking part in an entry. A referral not yet answered engages none of the agencies
 * asked, but one written by a partner's own staff shows that partner acting: the GP who visits
 * and refers on to a memory service takes part (§5: it acts), the memory service not yet.
 */
function takingPart(e: TurningPointInput): string[] {
  const partners = partnersIn(e);
  if (engages(e)) return partners;
  const author = e.authorAgency;
  const acting = e.event === 'referral' && takesPart(e) && author != null;
  return acting && partners.includes(author) ? [author] : [];
}

/** §5 partner engagement: the first entry in which a partner not involved earlier takes part. */
export function partnerEngagements(entries: TurningPointInput[]): TurningPoint[] {
  const engaged: string[] = [];
  addFresh(engaged, entries[0]?.agencies ?? NO_INSTRUMENTS);
  const out: TurningPoint[] = [];
  for (let i = 1; i < entries.length; i++) {
    const fresh = addFresh(engaged, takingPart(entries[i] as TurningPointInput));
    if (fresh > 0) out.push(point(i, 'partner_engagement', [i]));
  }
  return out;
}

/** Whether a later entry than `i` is a new report or reopens the log (scanned without a copy). */
function reopensAfter(entries: TurningPointInput[], i: number): boolean {
  for (let j = i + 1; j < entries.length; j++) {
    const e = entries[j] as TurningPointInput;
    if (e.event === 'report' || has(e, 'reopen')) return true;
  }
  return false;
}

/**
 * Whether a closure event closes the log itself (a result statement, `Log closed`), not only an
 * offence (`Criminal damage NFA` with work continuing, §5: a de-escalation).
 */
export function closesLog(e: TurningPointInput): boolean {
  return has(e, 'closes_log') || has(e, 'result');
}

/** Index of the last closure entry after entry 0, or -1. */
function lastClosure(entries: TurningPointInput[]): number {
  for (let i = entries.length - 1; i > 0; i--)
    if ((entries[i] as TurningPointInput).event === 'closure') return i;
  return -1;
}

/**
 * §5 closure: the last closure event, and any earlier one that closed the log (`closesLog`) after
 * which a new report reopens it. Returns the closure points and the mid-log closures that are
 * de-escalations instead.
 */
export function closures(entries: TurningPointInput[]): {
  points: TurningPoint[];
  midLog: number[];
} {
  const last = lastClosure(entries);
  const points: TurningPoint[] = [];
  const midLog: number[] = [];
  for (let i = 1; i <= last; i++) {
    if ((entries[i] as TurningPointInput).event !== 'closure') continue;
    const e = entries[i] as TurningPointInput;
    if (i === last || (closesLog(e) && reopensAfter(entries, i))) {
      points.push(point(i, 'closure', [i]));
    } else midLog.push(i);
  }
  return { points, midLog };
}

/** Several turning points on one entry are listed in the vocabulary's order. */
const ORDER: readonly string[] = TURNING_POINT_TYPES;

/** Appends the points not on a closing entry (`closed`). */
function pushOpen(out: TurningPoint[], points: TurningPoint[], closed: TurningPoint[]): void {
  for (const p of points) if (!isClosed(closed, p.entry)) out.push(p);
}

function isClosed(closed: TurningPoint[], entry: number): boolean {
  for (const c of closed) if (c.entry === entry) return true;
  return false;
}

/** Up to this many points are insertion-sorted (`sortPoints`); more use the built-in sort. */
const SHORT_POINTS = 16;

function byEntryThenType(a: TurningPoint, b: TurningPoint): number {
  return a.entry - b.entry || ORDER.indexOf(a.type) - ORDER.indexOf(b.type);
}

/**
 * Sorts the points in place by `byEntryThenType`, as the built-in stable sort does. A log has a
 * handful of points, mostly in entry order already, where the built-in sort's set-up and its
 * comparator calls (two `indexOf` each) dominated: an insertion sort (also stable) does it then.
 * A long log's points come in several ascending runs (one per type), where insertion would be
 * quadratic, so the built-in sort takes over past SHORT_POINTS.
 */
function sortPoints(points: TurningPoint[]): TurningPoint[] {
  if (points.length > SHORT_POINTS) return points.sort(byEntryThenType);
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as TurningPoint;
    const rank = ORDER.indexOf(p.type);
    let j = i - 1;
    for (; j >= 0 && after(points[j] as TurningPoint, p.entry, rank); j--)
      points[j + 1] = points[j] as TurningPoint;
    points[j + 1] = p;
  }
  return points;
}

/** True when `a` sorts after a point on `entry` of type rank `rank`. */
function after(a: TurningPoint, entry: number, rank: number): boolean {
  return a.entry > entry || (a.entry === entry && ORDER.indexOf(a.type) > rank);
}

export function detectTurningPoints(entries: TurningPointInput[]): TurningPoint[] {
  const closing = closures(entries);
  // A closing statement restates the outcome: its step-down is the closure, not a de-escalation;
  // a lead it names ("RESULT: ... CMHT TAKE OVER") was handed over earlier, not there; and a
  // measure it names ("RESULT: ASB - CPN BREACH") was used earlier or not in this log.
  const closed = closing.points;
  const all = reframings(entries);
  pushOpen(all, escalations(entries), closed);
  pushOpen(all, deEscalations(entries, closing.midLog), closed);
  pushOpen(all, handoffs(entries), closed);
  for (const p of partnerEngagements(entries)) all.push(p);
  for (const p of closed) all.push(p);
  return sortPoints(all);
}
