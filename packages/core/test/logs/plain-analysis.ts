/**
 * The straightforward turning-point detection and continuum placement, as
 * packages/core/src/logs/turning-points.ts and continuum.ts had them before they were rewritten
 * as loops without closures, Sets or copies (issue 3 item 7). The property tests check the
 * rewritten whole-log passes against these on generated labelled logs. The per-entry predicates
 * (whether partners take part, engage or share; which events are the criminal process) are
 * imported rather than copied: they were not rewritten, and a change to them needs making once.
 */
import type { ContinuumPlacement, TurningPoint } from '../../src/logs/analysis-types.js';
import {
  PROCESS_EVENTS,
  shares,
  type ContinuumLevel,
  type ContinuumScale,
} from '../../src/logs/continuum.js';
import { engages, takesPart, type TurningPointInput } from '../../src/logs/turning-points.js';
import {
  NON_PARTNER_AGENCIES,
  TURNING_POINT_TYPES,
  type TurningPointType,
} from '../../src/logs/vocabulary.js';

const has = (e: TurningPointInput, signal: string) => e.signals?.includes(signal) ?? false;

/** The point with its evidence and its own entry, ascending without repeats. */
function point(entry: number, type: TurningPointType, evidence: number[]): TurningPoint {
  // Evidence lists hold one or two indices: an insertion into a fresh array beats Set + sort.
  const sorted: number[] = [];
  for (const x of [...evidence, entry]) {
    if (sorted.includes(x)) continue;
    let j = sorted.length;
    while (j > 0 && (sorted[j - 1] as number) > x) j--;
    sorted.splice(j, 0, x);
  }
  return { entry, type, evidence: sorted };
}

/** Index of the first entry after `i` with a framing other than unclear; -1 when none. */
function nextFramed(entries: TurningPointInput[], i: number): number {
  for (let j = i + 1; j < entries.length; j++)
    if ((entries[j] as TurningPointInput).framing !== 'unclear') return j;
  return -1;
}

/** §5 reframing: a non-unclear framing that differs from the established one and is followed up. */
function reframings(entries: TurningPointInput[]): TurningPoint[] {
  const out: TurningPoint[] = [];
  let established: { framing: string; at: number } | null = null;
  entries.forEach((e, i) => {
    if (e.framing === 'unclear') return;
    if (established === null) established = { framing: e.framing, at: i };
    else if (e.framing !== established.framing) {
      const next = nextFramed(entries, i);
      if (next >= 0 && entries[next]?.framing === e.framing) {
        out.push(point(i, 'reframing', [established.at, next]));
        established = { framing: e.framing, at: i };
      }
    } else established.at = i;
  });
  return out;
}

/** §5 escalation: the first entry in which each distinct coercive instrument is used. */
function escalations(entries: TurningPointInput[]): TurningPoint[] {
  const seen = new Set<string>();
  const out: TurningPoint[] = [];
  entries.forEach((e, i) => {
    const fresh = (e.instruments ?? []).filter((x) => !seen.has(x));
    fresh.forEach((x) => seen.add(x));
    if (i > 0 && fresh.length > 0) out.push(point(i, 'escalation', [i]));
  });
  return out;
}

/**
 * §5 de-escalation: a step-down decided or done, evidenced by the latest escalation before it.
 * Marked where the step-down is first decided or done: a later restatement of it ("returned home"
 * after the search was stood down) is not a new turning point until a new coercive measure or a
 * new report gives something fresh to step down from.
 */
function deEscalations(entries: TurningPointInput[], closures: number[]): TurningPoint[] {
  const used = new Set<string>();
  let lastCoercive = -1;
  let steppedDown = false;
  const out: TurningPoint[] = [];
  entries.forEach((e, i) => {
    const instruments = e.instruments ?? [];
    // A step-down in the entry that applies a new power (s136 ended as s2 is applied) is not one;
    // an instrument used before and only named again ("cautioned for failing to comply with the
    // s35 direction, released") does not hide the step-down (§5: the first use escalates).
    const fresh = instruments.some((x) => !used.has(x));
    const stepDown = (has(e, 'step_down') || closures.includes(i)) && !fresh;
    // A mid-log NFA is a step-down of its own, even after another.
    if (i > 0 && stepDown && (!steppedDown || closures.includes(i)))
      out.push(point(i, 'de_escalation', lastCoercive >= 0 ? [lastCoercive] : []));
    if (i > 0 && stepDown) steppedDown = true;
    for (const x of instruments) used.add(x);
    if (instruments.length > 0) lastCoercive = i;
    if (fresh || (e.event === 'report' && !stepDown)) steppedDown = false;
  });
  return out;
}

function firstSeen(entries: TurningPointInput[], agencies: string[], before: number): number[] {
  const idx = entries
    .slice(0, before)
    .findIndex((e) => e.agencies.some((a) => agencies.includes(a)));
  return idx >= 0 ? [idx] : [];
}

/**
 * §5 handoff: another agency accepts responsibility or is recorded lead, police not remaining.
 * A later entry naming only partners that already took the lead restates it ("stays on the
 * panel with ASC as lead"): responsibility does not change there, so it is not a new handoff.
 */
function handoffs(entries: TurningPointInput[]): TurningPoint[] {
  const leads = new Set<string>();
  const out: TurningPoint[] = [];
  entries.forEach((e, i) => {
    if (i === 0 || !has(e, 'handoff') || has(e, 'police_remain')) return;
    const partners = e.agencies.filter((a) => !NON_PARTNER_AGENCIES.includes(a));
    const restated = partners.length > 0 && partners.every((a) => leads.has(a));
    for (const a of partners) leads.add(a);
    if (!restated) out.push(point(i, 'handoff', firstSeen(entries, partners, i)));
  });
  return out;
}

/**
 * The partners taking part in an entry. A referral not yet answered engages none of the agencies
 * asked, but one written by a partner's own staff shows that partner acting: the GP who visits
 * and refers on to a memory service takes part (§5: it acts), the memory service not yet.
 */
function takingPart(e: TurningPointInput): string[] {
  const partners = e.agencies.filter((a) => !NON_PARTNER_AGENCIES.includes(a));
  if (engages(e)) return partners;
  const author = e.authorAgency;
  const acting = e.event === 'referral' && takesPart(e) && author != null;
  return acting && partners.includes(author) ? [author] : [];
}

/** §5 partner engagement: the first entry in which a partner not involved earlier takes part. */
function partnerEngagements(entries: TurningPointInput[]): TurningPoint[] {
  const engaged = new Set(entries[0]?.agencies ?? []);
  const out: TurningPoint[] = [];
  entries.forEach((e, i) => {
    if (i === 0) return;
    const fresh = takingPart(e).filter((a) => !engaged.has(a));
    fresh.forEach((a) => engaged.add(a));
    if (fresh.length > 0) out.push(point(i, 'partner_engagement', [i]));
  });
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
 * §5 closure: the last closure event, and any earlier one that closed the log (a closing word or
 * a result) after which a new report reopens it. Returns the closure points and the mid-log
 * closures that are de-escalations instead.
 */
function closures(entries: TurningPointInput[]): {
  points: TurningPoint[];
  midLog: number[];
} {
  const at = entries.map((e, i) => (e.event === 'closure' ? i : -1)).filter((i) => i > 0);
  const last = at[at.length - 1];
  const points: TurningPoint[] = [];
  const midLog: number[] = [];
  for (const i of at) {
    const e = entries[i] as TurningPointInput;
    const closedLog = has(e, 'closes_log') || has(e, 'result');
    const reopened = closedLog && reopensAfter(entries, i);
    if (i === last || reopened) points.push(point(i, 'closure', [i]));
    else midLog.push(i);
  }
  return { points, midLog };
}

/** Several turning points on one entry are listed in the vocabulary's order. */
const ORDER: readonly string[] = TURNING_POINT_TYPES;

export function plainDetectTurningPoints(entries: TurningPointInput[]): TurningPoint[] {
  const closing = closures(entries);
  // A closing statement restates the outcome: its step-down is the closure, not a de-escalation;
  // a lead it names ("RESULT: ... CMHT TAKE OVER") was handed over earlier, not there; and a
  // measure it names ("RESULT: ASB - CPN BREACH") was used earlier or not in this log.
  const closed = new Set(closing.points.map((p) => p.entry));
  const all = [
    ...reframings(entries),
    ...escalations(entries).filter((p) => !closed.has(p.entry)),
    ...deEscalations(entries, closing.midLog).filter((p) => !closed.has(p.entry)),
    ...handoffs(entries).filter((p) => !closed.has(p.entry)),
    ...partnerEngagements(entries),
    ...closing.points,
  ];
  return all.sort((a, b) => a.entry - b.entry || ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
}

const CONTINUUM_FEATURES = [
  'partner_contact',
  'partner_shared',
  'handoff',
  'joint_action',
  'embedded_staff',
  'standing_panel',
  'regular_review',
  'signposting',
] as const;

/**
 * Partners that count for the continuum: not the scale's ignored agencies, and not the custody
 * healthcare professional in its routine role (§6).
 */
function partnersOf(e: TurningPointInput, scale: ContinuumScale): string[] {
  const custody = e.signals?.includes('custody_health') ?? false;
  const process = PROCESS_EVENTS.includes(e.event);
  return e.agencies.filter(
    (a) =>
      !NON_PARTNER_AGENCIES.includes(a) &&
      !(process && scale.ignoreAgencies.includes(a)) &&
      !(custody && a === 'health'),
  );
}

function featuresOf(e: TurningPointInput, scale: ContinuumScale): string[] {
  const partners = partnersOf(e, scale);
  // Lexicon 1.11.0: a handoff counts only with a partner in the entry.
  const out = (e.signals ?? []).filter(
    (s) =>
      (CONTINUUM_FEATURES as readonly string[]).includes(s) &&
      (s !== 'handoff' || partners.length > 0),
  );
  if (partners.length > 0) out.push('partner_contact');
  if (partners.length > 0 && shares(e)) out.push('partner_shared');
  const joint = e.event === 'joint_action' || (e.cued?.includes('joint_action') ?? false);
  if (joint && (partners.length > 0 || e.agencies.length > 1)) out.push('joint_action');
  return out;
}

/** Entry indices per feature over the whole log. */
function continuumFeatures(
  entries: TurningPointInput[],
  scale: ContinuumScale,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const features = featuresOf(e, scale);
    // Each feature once per entry (first occurrence), appended in place rather than copied.
    features.forEach((f, at) => {
      if (features.indexOf(f) !== at) return;
      const list = map.get(f);
      if (list) list.push(i);
      else map.set(f, [i]);
    });
  });
  return map;
}

function evidenceFor(level: ContinuumLevel, features: Map<string, number[]>): number[] | null {
  for (const alternative of level.requires) {
    if (alternative.every((f) => features.has(f))) {
      const idx = alternative.flatMap((f) => features.get(f) ?? []);
      return [...new Set(idx)].sort((a, b) => a - b);
    }
  }
  return null;
}

export function plainPlaceOnContinuum(
  entries: TurningPointInput[],
  scale: ContinuumScale,
): ContinuumPlacement {
  const features = continuumFeatures(entries, scale);
  const levels = [...scale.levels].sort((a, b) => b.level - a.level);
  for (const level of levels) {
    const evidence = evidenceFor(level, features);
    if (evidence) return placement(level, evidence);
  }
  return {
    level: 0,
    label: levels[levels.length - 1]?.label ?? 'isolation',
    evidence: [],
    rationale: '',
  };
}

function placement(level: ContinuumLevel, evidence: number[]): ContinuumPlacement {
  const rationale = level.rationale.replace('{entries}', evidence.join(', '));
  return { level: level.level, label: level.label, evidence, rationale };
}
