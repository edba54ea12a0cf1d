/**
 * Classifies one log entry by the rules of ANNOTATING-LOGS.md §2–4: the agencies acting or
 * contacted, the event (first in the precedence order), and the framing, each with the words that
 * triggered it. Pure and deterministic: the same entry and lexicon always give the same result.
 */
import type { EntryAnalysis, Trigger } from './analysis-types.js';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon.js';
import { clauseEnd, clauseStart } from './cue-windows.js';
import { listMask, type EntryMatches, type Matcher, type TermMatch } from './entry-matches.js';
import { resolveAmbiguities, type SenseMemory, type SenseTrigger } from './ambiguity.js';
import { DEFAULT_LEXICON } from './default-lexicon.js';
import { historySpans, inMerged, mergeSpans } from './history-segments.js';
import { fastMatcher } from './lexicon-matcher.js';
import { AuthorTable } from './author-table.js';
import {
  learnAuthorName,
  learnInitials,
  learnLocalNames,
  localNameMentions,
  type LocalNames,
} from './local-names.js';
import { isPlaceName } from './place-names.js';
import { decideFraming, type FramingDecision } from './decide-framing.js';
import type { Lexicon } from './lexicon.js';
import { referenceMatcher } from './reference-matcher.js';
import { learnStaffNames, staffMentions, type StaffNames } from './staff-names.js';
import { learnPeople, peopleMentions, type PeopleNames } from './people-names.js';
import { EVENT_TYPES, NON_PARTNER_AGENCIES, type EventType } from './vocabulary.js';

export interface ClassifiableEntry {
  index: number;
  author: string | null;
  text: string;
}

/**
 * What earlier entries of the same log settle: the sense CPN was last read in, and the local
 * organisations named in full so far (local-names.ts).
 */
export interface EntryContext {
  senses: SenseMemory;
  names?: LocalNames;
  /** Partner staff introduced by role and later named alone (staff-names.ts). */
  staff?: StaffNames;
  /** The people the log is about, introduced with their age (people-names.ts). */
  people?: PeopleNames;
}

export function emptyContext(): EntryContext {
  return { senses: {}, names: new Map(), staff: new Map(), people: new Set() };
}

/**
 * `matcher: 'reference'` runs every lexicon pattern as its own RegExp (reference-matcher.ts):
 * slower, with the same results as the default fast matcher; tests compare the two.
 */
export interface ClassifyOptions {
  matcher?: 'fast' | 'reference';
}

/** Lists read from an entry's text, and from its author tag (see `Matcher.match`). */
const ENTRY_LISTS = listMask(['agencies', 'events', 'framings', 'instruments', 'signals']);
const AUTHOR_LISTS = listMask(['authors', 'signals']);

function matcherFor(lexicon: Lexicon, options: ClassifyOptions): Matcher {
  return options.matcher === 'reference' ? referenceMatcher(lexicon) : fastMatcher(lexicon);
}

/** A match as a trigger labelled by its term. */
function triggerOf(text: string, m: TermMatch, terms: { label: string }[]): Trigger {
  const label = terms[m.term]?.label ?? '';
  return { label, text: text.slice(m.start, m.end), startUtf16: m.start, endUtf16: m.end };
}

/** Negation decisions kept per entry (`EntryScan.live`): an entry has a dozen or so matches. */
const KEPT_DECISIONS = 24;

/**
 * One entry's text with its scans and cue tests, shared by the label decisions below. A class so
 * that its tests are shared methods: classifying an entry then creates no named closures, which
 * tsx's keep-names transform makes costly on a hot path.
 */
class EntryScan {
  readonly c: CompiledLexicon;
  readonly matches: EntryMatches;
  /** Author tag → its agency and signals, per matcher (see `authorOf`). */
  readonly authors: AuthorTable<AuthorInfo>;
  readonly extra: SenseTrigger[];
  private readonly clauses: number[];
  /** History spans merged and sorted (`mergeSpans`), looked up by binary search. */
  private readonly history: number[];

  constructor(
    readonly text: string,
    context: EntryContext,
    readonly lexicon: Lexicon,
    matcher: Matcher,
  ) {
    this.c = compileLexicon(lexicon);
    this.matches = matcher.match(text, ENTRY_LISTS);
    this.clauses = this.matches.clauses();
    const inline = this.matches.inlineHistoryCues();
    this.history = mergeSpans(historySpans(text, this.c.history, this.clauses, inline));
    this.authors = authorCacheOf(matcher);
    this.extra = resolveAmbiguities(this.c, text, context.senses, this.matches);
  }

  /**
   * The first negation decisions made in this entry, as flat (start, end, 1 if negated else 0)
   * triples, at most KEPT_DECISIONS of them. The same span is often asked about more than once (a
   * phrase that is both an event and a signal cue), and a window check costs two binary searches
   * and often a cue RegExp; the decision depends only on the span, so it is kept. The bound keeps
   * the look-up constant in entries of thousands of matches, where a growing list made them
   * quadratic.
   */
  private negated: number[] | null = null;

  /** Not negated. */
  live(m: TermMatch): boolean {
    const known = this.negated;
    if (known !== null)
      for (let i = 0; i < known.length; i += 3)
        if (known[i] === m.start && known[i + 1] === m.end) return known[i + 2] === 0;
    const negated = this.matches.cancelled('negation', this.clauses, m.start, m.end);
    if (known === null) this.negated = [m.start, m.end, negated ? 1 : 0];
    else if (known.length < KEPT_DECISIONS * 3) known.push(m.start, m.end, negated ? 1 : 0);
    return !negated;
  }

  /**
   * Live for a framing: not negated, or negated only by a hedge (§4: "possible burglary" frames
   * an offence). Only negated matches pay for the second look.
   */
  liveFraming(m: TermMatch): boolean {
    if (this.live(m)) return true;
    const n = this.c.framingNegation;
    const lo = clauseStart(this.clauses, m.start, n.windowUtf16);
    const before = this.text.slice(lo, m.start);
    if (!n.hedge.test(before) || n.before.test(before)) return false;
    const hi = clauseEnd(this.clauses, this.text.length, m.end, n.windowUtf16);
    return !n.after.test(this.text.slice(m.end, hi));
  }

  /** An agency acting or contacted: not history, not a place name, not background. */
  present(m: TermMatch): boolean {
    return (
      !this.past(m.start) &&
      !isPlaceName(this.text, m.start, m.end) &&
      !this.matches.cancelled('background', this.clauses, m.start, m.end)
    );
  }

  /** True for a match inside a history segment: it sets neither the event nor the agencies. */
  past(start: number): boolean {
    return inMerged(this.history, start);
  }

  /*
   * The trigger lists below are loops over the matches calling these methods rather than one
   * generic loop taking a predicate: without a closure per list per entry (which tsx's
   * keep-names transform wraps in a naming call) and the filtered copies, classification took
   * about 2% less time.
   */

  /** Agency matches that are present (`present`), as triggers. */
  agencyTriggers(): Trigger[] {
    const out: Trigger[] = [];
    for (const m of this.matches.list('agencies'))
      if (this.present(m)) out.push(triggerOf(this.text, m, this.lexicon.agencies));
    return out;
  }

  /** Framing matches that are live for a framing (`liveFraming`), as triggers. */
  framingTriggers(): Trigger[] {
    const out: Trigger[] = [];
    let yields = false;
    const terms = this.lexicon.framings;
    for (const m of this.matches.list('framings')) {
      if (!this.liveFraming(m)) continue;
      out.push(triggerOf(this.text, m, terms));
      if (terms[m.term]?.yieldsTo) yields = true;
    }
    return yields
      ? withoutYielded(out, this.matches.list('framings'), this.liveFraming.bind(this), terms)
      : out;
  }

  /** Labels of the live matches of `list`, first-occurrence order, without repeats. */
  liveLabels(list: 'signals' | 'instruments', outsideHistory: boolean): string[] {
    const out: string[] = [];
    const terms = this.lexicon[list];
    for (const m of this.matches.list(list)) {
      const label = terms[m.term]?.label ?? '';
      // A label already listed is settled: its other matches need no window check. `past`
      // before `live`: a binary search, cheaper than the negation window `live` checks.
      if (out.includes(label) || (outsideHistory && this.past(m.start))) continue;
      if (this.live(m)) out.push(label);
    }
    return out;
  }
}

/**
 * Framing cues whose term gives way (`yieldsTo`) to a framing another, firm term cues in the entry
 * are dropped: "booked in" frames an offence unless the book-in records a risk (§4: the entry's
 * premise is the risk the detainee discloses). `triggers` are the live matches, in match order.
 */
function withoutYielded(
  triggers: Trigger[],
  matches: TermMatch[],
  live: (m: TermMatch) => boolean,
  terms: Lexicon['framings'],
): Trigger[] {
  const firm: string[] = [];
  for (const m of matches) {
    const t = terms[m.term];
    if (t && !t.yieldsTo && live(m)) addUnique(firm, t.label);
  }
  const out: Trigger[] = [];
  let i = 0;
  for (const m of matches) {
    if (!live(m)) continue;
    const trigger = triggers[i++] as Trigger;
    if (!givesWay(terms[m.term]?.yieldsTo, firm)) out.push(trigger);
  }
  return out;
}

/** Ambiguity readings of one kind; event and agency readings inside history do not count. */
function extraOf(s: EntryScan, kind: string): Trigger[] {
  // Most entries carry no ambiguous term: skip the scan and its allocations then.
  if (s.extra.length === 0) return [];
  const blind = HISTORY_BLIND.includes(kind);
  const out: Trigger[] = [];
  for (const t of s.extra)
    if (t.kind === kind && (!blind || !s.past(t.trigger.startUtf16))) out.push(t.trigger);
  return out;
}

/** Kinds of label that history segments cannot set (ANNOTATING-LOGS.md §2–3). */
const HISTORY_BLIND: readonly string[] = ['event', 'agency', 'instrument'];

/**
 * Event cues that count: outside history, with a partner named when the term requires one, and
 * live (tested in that order, cheapest first; each test is pure, so the order changes no result).
 */
function eventCues(s: EntryScan, partner: boolean): { matches: TermMatch[]; triggers: Trigger[] } {
  const terms = s.lexicon.events;
  const matches: TermMatch[] = [];
  const triggers: Trigger[] = [];
  for (const m of s.matches.list('events')) {
    if (s.past(m.start) || (terms[m.term]?.requiresPartner && !partner) || !s.live(m)) continue;
    matches.push(m);
    triggers.push(triggerOf(s.text, m, terms));
  }
  for (const t of extraOf(s, 'event')) triggers.push(t);
  return { matches, triggers };
}

function decideEvent(
  s: EntryScan,
  cues: ReturnType<typeof eventCues>,
  signals: string[],
  partner: boolean,
): EventType {
  // An entry that opens with a check of police systems is a risk assessment (§2), unless it also
  // assigns a unit: grading plus assigning is deploy.
  const assigns = firstStart(cues.triggers, 'deploy') !== Infinity;
  if (signals.includes('system_check') && !partner && !assigns) return 'risk_assessment';
  const picked = pickEvent(
    withoutPlanned(cues.triggers, s.text),
    yielding(cues.matches, s.lexicon),
  );
  const event =
    partner && picked === 'referral' && signals.includes('partner_update')
      ? 'information_sharing'
      : picked;
  // An attending officer's entry with no action cue records what they found on scene (§2 deploy),
  // unless it opens with a call or message made from afar.
  const uncued = event === 'other' && cues.triggers.length === 0;
  const onScene = signals.includes('field_officer') && !signals.includes('remote_contact');
  return uncued && onScene && s.text.length > 40 ? 'deploy' : event;
}

/** The label of a meeting's or joint visit's agreed plan (`Agreed: (1) arrest today …`). */
const PLAN_LABEL = /\b(?:agreed|plan|actions?)[ \t]*:/i;
/** Events above joint_action in §2's precedence that a plan may name without doing them. */
const PLANNABLE: readonly string[] = ['closure', 'mha_power', 'arrest', 'asb_enforcement'];

/**
 * §2: a meeting or joint visit (joint_action) whose entry then lists what was agreed records the
 * meeting; an arrest, closure, section or ASB measure named after the plan's label is to be done,
 * not done (`Hub triage … Agreed: (1) arrest today`, `Saltway to take no further action while he
 * works with the plan`). Entries without a joint_action cue before the label are unchanged.
 */
function withoutPlanned(triggers: Trigger[], text: string): Trigger[] {
  const joint = firstStart(triggers, 'joint_action');
  if (joint === Infinity) return triggers;
  const plan = PLAN_LABEL.exec(text.slice(joint));
  if (!plan) return triggers;
  const from = joint + plan.index;
  return triggers.filter((t) => !PLANNABLE.includes(t.label) || t.startUtf16 < from);
}

/** A visit made with someone: the words before them (`Visit with Ms `, `visited the flat with `). */
const VISIT_WITH =
  /(?<!\b(?:to|will|shall|can|could|would) )\b(?:visit(?:ed)?|attended|went|patrol(?:led)?|walked)\b(?:(?!\b(?:booked|arranged|planned|scheduled|proposed|tomorrow|ambulance|to it)\b)[^.;\n]){0,30}\bwith (?:(?:an?|the|her|his|their) )?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?$/i;

/**
 * §2 joint_action: a visit made with a partner the log named earlier (`Visit with Ms Audsley` once
 * she was introduced as the housing officer): the lexicon's joint-visit cues name roles, not the
 * people a log learns. Only events below joint_action in precedence are raised.
 */
function jointWithPartner(
  event: EventType,
  text: string,
  triggers: Trigger[],
  authorAgency: string | null,
): EventType {
  if (EVENT_TYPES.indexOf(event) <= EVENT_TYPES.indexOf('joint_action')) return event;
  for (const t of triggers) {
    // A colleague of the author's own service (an EIP worker visiting with the EIP consultant)
    // makes it a visit by one agency, not a joint one.
    if (NON_PARTNER_AGENCIES.includes(t.label) || t.label === authorAgency) continue;
    if (VISIT_WITH.test(text.slice(Math.max(0, t.startUtf16 - 60), t.startUtf16)))
      return 'joint_action';
  }
  return event;
}

/**
 * An entry written by a partner agency's staff (author tag `[TRIAGE RMN ...]`, `[CMHT ...]`) with
 * no action cue records what that agency found or knows: an update from a partner (§2
 * information_sharing), as an officer's uncued entry records attendance.
 */
function partnerNote(
  event: EventType,
  triggers: Trigger[],
  authorAgency: string | null,
): EventType {
  const partnerAuthor = authorAgency !== null && !NON_PARTNER_AGENCIES.includes(authorAgency);
  return event === 'other' && triggers.length === 0 && partnerAuthor
    ? 'information_sharing'
    : event;
}

/**
 * A mental health clinician's entry that opens with the person they saw records their assessment
 * (§2 mh_assessment), however it goes on (a bed confirmed, a review planned, a plan shared).
 */
function clinicianSeen(
  event: EventType,
  signals: string[],
  authorAgency: string | null,
): EventType {
  // mh_assessment outranks a referral too (§2), so the assessing clinician's onward request
  // ("asked the AMHP service for a Mental Health Act assessment") does not hide it.
  const relayed =
    event === 'other' ||
    event === 'information_sharing' ||
    event === 'referral' ||
    event === 'support';
  return relayed && authorAgency === 'mental_health' && signals.includes('clinician_seen')
    ? 'mh_assessment'
    : event;
}

/** Events below `report` in weight that a log's first entry is read as instead of a report. */
const NOT_OPENING: readonly EventType[] = [
  'information_sharing',
  'support',
  'advice',
  'deploy',
  'risk_assessment',
  'other',
];

/**
 * §2 report: a log opens with the call or notification that starts the incident, whoever makes
 * it ("Call from CPN Hannah Froggatt, CMHT: … asks police to do a welfare check"). In the
 * labelled sets 115 of 120 opening entries are reports; the rest are referrals or joint actions,
 * which are kept.
 */
function openingCall(index: number, event: EventType): EventType {
  return index === 0 && NOT_OPENING.includes(event) ? 'report' : event;
}

/**
 * §2: updating a member of the public is `other`, however many agencies the news names; §3: those
 * agencies are told about, not contacted (see the `public_update` signal).
 */
function publicUpdate(signals: string[], event: EventType, triggers: Trigger[]): EventType {
  if (!TOLD_EVENTS.includes(event) || !signals.includes('public_update')) return event;
  // Advice given with the news is what the entry does for them (§2 advice; other is "updating a
  // relative without giving advice").
  return firstStart(triggers, 'advice') === Infinity ? 'other' : 'advice';
}

/**
 * Events an update to the public only recounts: the caller is the one told, and an arrest or a
 * warning named in it ("Caller rung back: one man arrested") was recorded when it happened.
 */
const TOLD_EVENTS: readonly EventType[] = [
  'information_sharing',
  'report',
  'arrest',
  'asb_enforcement',
];

function peopleOnly(triggers: Trigger[]): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) if (NON_PARTNER_AGENCIES.includes(t.label)) out.push(t);
  return out;
}

/**
 * §4: the premise is what the entry acts on. When the author rules out an offence and names
 * another framing's cue ("no offence here, the noise was down to illness"), the nuisance cues
 * only recount the complaint, so they are dropped.
 */
function withoutRuledOut(triggers: Trigger[], signals: string[]): Trigger[] {
  if (!signals.includes('no_offence')) return triggers;
  let other = false;
  for (const t of triggers) if (t.label !== 'crime_asb' && t.label !== 'unclear') other = true;
  if (!other) return triggers;
  const out: Trigger[] = [];
  for (const t of triggers) if (t.label !== 'crime_asb') out.push(t);
  return out;
}

/** §4: competing accounts the author does not choose between frame nothing, unless risk is cued. */
function contested(decision: FramingDecision, signals: string[]): FramingDecision {
  if (!signals.includes('competing_accounts') || decision.framing === 'risk_safety')
    return decision;
  return { framing: 'unclear', triggers: [] };
}

export function classifyEntry(
  entry: ClassifiableEntry,
  context: EntryContext = emptyContext(),
  lexicon: Lexicon = DEFAULT_LEXICON,
  options: ClassifyOptions = {},
): EntryAnalysis {
  const matcher = matcherFor(lexicon, options);
  const s = new EntryScan(entry.text, context, lexicon, matcher);
  const author = authorOf(matcher, s.authors, lexicon, entry.author);
  const agencyTriggers = withPeople(
    s,
    withLocalNames(s, withExtra(s, s.agencyTriggers(), 'agency'), context),
    context,
    author.agency,
  );
  learnFromAuthor(entry.author, author.agency, context);
  // A request or contact needs a partner named in the text: the author alone is not one.
  const partner = hasPartner(agencyTriggers, null);
  const cues = eventCues(s, partner);
  const signals = s.liveLabels('signals', false);
  for (const signal of author.signals) signals.push(signal);
  const event = publicUpdate(
    signals,
    openingCall(
      entry.index,
      clinicianSeen(
        partnerNote(
          jointWithPartner(
            decideEvent(s, cues, signals, partner),
            s.text,
            agencyTriggers,
            author.agency,
          ),
          cues.triggers,
          author.agency,
        ),
        signals,
        author.agency,
      ),
    ),
    cues.triggers,
  );
  // A closing statement summarises the log: agencies named in it are not acting in this entry.
  const acting =
    event === 'closure'
      ? withoutOutcomeRoles(outsideClosing(agencyTriggers, cues.triggers, s.text))
      : agencyTriggers;
  const told = signals.includes('public_update');
  const agencies = decideAgencies(
    told ? peopleOnly(acting) : acting,
    author.agency,
    event,
    signals,
  );
  if (callsPartner(s.text, acting, signals) && onlyPronouns(acting))
    removeLabel(agencies, 'public');
  const framingTriggers = withoutRuledOut(withExtra(s, s.framingTriggers(), 'framing'), signals);
  const framing = contested(
    decideFraming(event, framingTriggers, resultEnd(s), lexicon, agencies),
    signals,
  );
  return {
    index: entry.index,
    agencies,
    event,
    framing: framing.framing,
    triggers: {
      agencies: labelledIn(agencyTriggers, agencies),
      event: labelled(cues.triggers, event),
      framing: framing.triggers,
    },
    instruments: instrumentsOf(s),
    signals: uniqueOf(signals),
    cued: uniqueLabels(cues.triggers),
    refused: s.matches.refused(),
    authorAgency: author.agency,
  };
}

/**
 * `triggers` followed by mentions of the local organisations the log has named in full (this
 * entry included), present as agency matches are: not history, background or a place name.
 */
function withLocalNames(s: EntryScan, triggers: Trigger[], context: EntryContext): Trigger[] {
  if (!context.names) return triggers;
  // Without a word the learners need (shared key scan) there is nothing to learn.
  if (s.matches.mayHoldLocalNameWords()) learnLocalNames(s.text, context.names);
  learnInitials(s.text, context.names);
  for (const m of localNameMentions(s.text, context.names)) {
    if (!s.present({ term: -1, start: m.start, end: m.end })) continue;
    const text = s.text.slice(m.start, m.end);
    triggers.push({ label: m.agency, text, startUtf16: m.start, endUtf16: m.end });
  }
  return withStaffNames(s, triggers, context);
}

/**
 * `triggers` followed by mentions of partner staff named earlier in the log, present as agency
 * matches are; the names beside this entry's partner triggers are learnt first.
 */
function withStaffNames(s: EntryScan, triggers: Trigger[], context: EntryContext): Trigger[] {
  if (!context.staff) return triggers;
  learnStaffNames(s.text, triggers, context.staff);
  for (const m of staffMentions(s.text, context.staff)) {
    if (!s.present({ term: -1, start: m.start, end: m.end })) continue;
    const text = s.text.slice(m.start, m.end);
    triggers.push({ label: m.agency, text, startUtf16: m.start, endUtf16: m.end });
  }
  return triggers;
}

/**
 * `triggers` followed by mentions of the people the log is about, as `public` (§3: the person
 * concerned acts or is dealt with). Names are looked for before this entry's introductions are
 * learnt: the entry that introduces someone (`AMHP … asks police to attend … Peter ASQUITH, 47`)
 * only mentions them.
 */
function withPeople(
  s: EntryScan,
  triggers: Trigger[],
  context: EntryContext,
  authorAgency: string | null,
): Trigger[] {
  if (!context.people) return triggers;
  // A partner's own note about the person ("We accept Mr Pocklington is homeless") records
  // their work with them, not the person dealing with police (§3); their names are still learnt.
  const partnerNote = authorAgency !== null && !NON_PARTNER_AGENCIES.includes(authorAgency);
  const mentions =
    context.people.size > 0 && !partnerNote ? peopleMentions(s.text, context.people) : [];
  learnPeople(s.text, context.people, context.staff);
  for (const m of mentions) {
    if (!s.present({ term: -1, start: m.start, end: m.end })) continue;
    const text = s.text.slice(m.start, m.end);
    triggers.push({ label: 'public', text, startUtf16: m.start, endUtf16: m.end });
  }
  return triggers;
}

/** A partner's author tag that opens with its organisation names it for later entries. */
function learnFromAuthor(
  author: string | null,
  agency: string | null,
  context: EntryContext,
): void {
  if (!author || !agency || !context.names || NON_PARTNER_AGENCIES.includes(agency)) return;
  learnAuthorName(author, agency, context.names);
}

/**
 * An entry that opens with a call or email to a partner ("Rang his CPN, Gail HUTTON … She says
 * he has been relapsing") records that conversation: its "she says" is the partner speaking and
 * the person is only talked about, so the public is not listed (§3 public: only mentioned).
 */
function callsPartner(text: string, triggers: Trigger[], signals: string[]): boolean {
  if (!signals.includes('remote_contact')) return false;
  let first: Trigger | undefined;
  for (const t of triggers) if (!first || t.startUtf16 < first.startUtf16) first = t;
  if (!first || NON_PARTNER_AGENCIES.includes(first.label)) return false;
  return !/[.:;\n]/.test(text.slice(0, first.startUtf16));
}

/**
 * Public cues that name nobody: a pronoun speaking or told ("she says", "says he", "told her"),
 * the call itself ("spoke to") or advice given. A named person acting ("Kerry-Ann consents")
 * is the public even in a call to a partner.
 */
const PRONOUN_CUE =
  /^(?:(?:he|she|they)\b.*|(?:states|says|told|spoke|spoken|advised|updated)\b.*)$/i;

function onlyPronouns(triggers: Trigger[]): boolean {
  for (const t of triggers) if (t.label === 'public' && !PRONOUN_CUE.test(t.text)) return false;
  return true;
}

/** Removes `label` from the sorted list in place. */
function removeLabel(labels: string[], label: string): void {
  const at = labels.indexOf(label);
  if (at >= 0) labels.splice(at, 1);
}

/** `triggers` followed by the ambiguity readings of `kind`, appended in place (no copy). */
function withExtra(s: EntryScan, triggers: Trigger[], kind: string): Trigger[] {
  for (const t of extraOf(s, kind)) triggers.push(t);
  return triggers;
}

/** End of the first match of the `result` signal (negated or not), or -1 without one. */
function resultEnd(s: EntryScan): number {
  const terms = s.lexicon.signals;
  for (const m of s.matches.list('signals')) if (terms[m.term]?.label === 'result') return m.end;
  return -1;
}

/** The triggers labelled `label`, in order. */
function labelled(triggers: Trigger[], label: string): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) if (t.label === label) out.push(t);
  return out;
}

/** The triggers whose label is one of `labels` (a few), in order. */
function labelledIn(triggers: Trigger[], labels: string[]): Trigger[] {
  const out: Trigger[] = [];
  for (const t of triggers) if (labels.includes(t.label)) out.push(t);
  return out;
}

function instrumentsOf(s: EntryScan): string[] {
  const labels = s.liveLabels('instruments', true);
  for (const t of extraOf(s, 'instrument')) addUnique(labels, t.label);
  return labels;
}

/** Appends `label` unless present: lists here hold a few labels, where this beats a Set. */
function addUnique(out: string[], label: string): void {
  if (!out.includes(label)) out.push(label);
}

/** The values in first-occurrence order without repeats (as `.filter(unique)`), in one pass. */
function uniqueOf(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) addUnique(out, v);
  return out;
}

/** The triggers' labels in first-occurrence order without repeats. */
function uniqueLabels(triggers: Trigger[]): string[] {
  const out: string[] = [];
  for (const t of triggers) addUnique(out, t.label);
  return out;
}

/** The lowest start of the triggers labelled `label` (Infinity when none is). */
/**
 * The agency triggers outside the entry's closing statement, which summarises the log: agencies
 * named in it are not acting in this entry. The statement runs from the first closure cue to the
 * end of the entry, except that a bare `NFA` decides an offence and its reason ("NFA - victim does
 * not support") while later sentences go on recording what agencies do ("Released to the AMHP
 * and conveyed by ambulance"): an NFA's statement ends with its sentence.
 */
function outsideClosing(agencies: Trigger[], cues: Trigger[], text: string): Trigger[] {
  let from = Infinity;
  let nfaFrom = Infinity;
  for (const t of cues) {
    if (t.label !== 'closure') continue;
    if (/^NFA$/i.test(t.text)) nfaFrom = Math.min(nfaFrom, t.startUtf16);
    else from = Math.min(from, t.startUtf16);
  }
  const nfaTo = nfaFrom < from ? sentenceEnd(text, nfaFrom) : nfaFrom;
  const out: Trigger[] = [];
  for (const t of agencies)
    if (t.startUtf16 < from && (t.startUtf16 < nfaFrom || t.startUtf16 >= nfaTo)) out.push(t);
  return out;
}

/**
 * A closing entry's outcome names the victim and the person charged without either acting in it
 * ("Reviewed. Assault charged, victim updated earlier"): those words do not list the public (§3).
 * Across the labelled sets no closing entry with them lists the public on their account.
 */
const OUTCOME_ROLE = /^(?:victim|charged)$/i;

function withoutOutcomeRoles(triggers: Trigger[]): Trigger[] {
  return triggers.filter((t) => t.label !== 'public' || !OUTCOME_ROLE.test(t.text));
}

/** Where the sentence holding offset `from` ends (UTF-16): after its next `.`, `;` or line end. */
function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 10) return i + 1;
  }
  return text.length;
}

function firstStart(triggers: Trigger[], label: string): number {
  let first = Infinity;
  for (const t of triggers) if (t.label === label && t.startUtf16 < first) first = t.startUtf16;
  return first;
}

interface AuthorInfo {
  agency: string | null;
  /** Signals the author tag carries, e.g. `custody_health` for `[CUSTODY HCP ...]`. */
  signals: string[];
}

const NO_AUTHOR: AuthorInfo = { agency: null, signals: [] };

/** Signals read from the author tag rather than the text. */
const AUTHOR_SIGNALS: readonly string[] = ['custody_health', 'field_officer'];

const authorCaches = new WeakMap<Matcher, AuthorTable<AuthorInfo>>();
/** The last matcher's cache: entry after entry asks for the same one. */
let lastAuthors: { matcher: Matcher; cache: AuthorTable<AuthorInfo> } | null = null;

/** Each matcher keeps its own author cache, so the reference never reads the fast one's. */
function authorCacheOf(matcher: Matcher): AuthorTable<AuthorInfo> {
  if (lastAuthors?.matcher === matcher) return lastAuthors.cache;
  let cache = authorCaches.get(matcher);
  if (!cache) authorCaches.set(matcher, (cache = new AuthorTable()));
  lastAuthors = { matcher, cache };
  return cache;
}

/** The author tag's agency (first author term that matches) and signals, cached per tag. */
function authorOf(
  matcher: Matcher,
  cache: AuthorTable<AuthorInfo>,
  lexicon: Lexicon,
  author: string | null,
): AuthorInfo {
  if (!author) return NO_AUTHOR;
  const cached = cache.get(author);
  if (cached !== undefined) return cached;
  const matches = matcher.match(author, AUTHOR_LISTS);
  const first = matches.list('authors')[0];
  const info = sharedInfo({
    agency: first ? (lexicon.authors[first.term]?.label ?? null) : null,
    signals: matches
      .list('signals')
      .map((m) => lexicon.signals[m.term]?.label ?? '')
      .filter((l) => AUTHOR_SIGNALS.includes(l)),
  });
  // Logs repeat a few author tags; the table's bound keeps memory flat over any number of logs.
  cache.set(author, info);
  return info;
}

/**
 * One object per distinct (agency, signals): thousands of tags ("PC 1234", "PC 5678") read the
 * same, and a few shared objects stay in the processor's cache where one per tag, read once per
 * entry, was a cache miss each time. Never mutated. Bounded by the lexicon's labels.
 */
const sharedInfos = new Map<string, AuthorInfo>();

function sharedInfo(info: AuthorInfo): AuthorInfo {
  const key = JSON.stringify(info);
  const known = sharedInfos.get(key);
  if (known) return known;
  sharedInfos.set(key, info);
  return info;
}

function hasPartner(triggers: Trigger[], authorAgency: string | null): boolean {
  if (authorAgency && !NON_PARTNER_AGENCIES.includes(authorAgency)) return true;
  return firstPartnerOf(triggers) !== undefined;
}

/**
 * Labels cued only by terms that give way to another label that is cued too. Short arrays
 * searched by `includes` rather than four Sets: an entry cues a few events.
 */
function yielding(matches: TermMatch[], lexicon: Lexicon): readonly string[] {
  // Few terms yield; without one nothing can give way, so skip building the lists.
  if (!anyYields(matches, lexicon)) return NOTHING_YIELDS;
  const cued: string[] = [];
  for (const m of matches) addUnique(cued, lexicon.events[m.term]?.label as string);
  const firm: string[] = [];
  const yielded: string[] = [];
  for (const m of matches) {
    const t = lexicon.events[m.term];
    if (!t) continue;
    if (givesWay(t.yieldsTo, cued)) addUnique(yielded, t.label);
    else addUnique(firm, t.label);
  }
  const out: string[] = [];
  for (const label of yielded) if (!firm.includes(label)) out.push(label);
  return out;
}

function anyYields(matches: TermMatch[], lexicon: Lexicon): boolean {
  for (const m of matches) if (lexicon.events[m.term]?.yieldsTo) return true;
  return false;
}

/** True when one of the labels the term yields to is cued. */
function givesWay(yieldsTo: string[] | undefined, cued: string[]): boolean {
  if (!yieldsTo) return false;
  for (const y of yieldsTo) if (cued.includes(y)) return true;
  return false;
}

const NOTHING_YIELDS: readonly string[] = [];

/**
 * §2: the first event type in precedence order that has a live cue; `other` when none has. The
 * lowest precedence index over the triggers, so no set of labels is built per entry.
 */
function pickEvent(triggers: Trigger[], yielded: readonly string[]): EventType {
  const order: readonly string[] = EVENT_TYPES;
  let best = order.length;
  for (const t of triggers) {
    const rank = order.indexOf(t.label);
    if (rank >= 0 && rank < best && !yielded.includes(t.label)) best = rank;
  }
  return (order[best] as EventType | undefined) ?? 'other';
}

/** Events that another agency can do on its own, so a police author may only be relaying them. */
const RELAYABLE: readonly EventType[] = ['support', 'mh_assessment'];

/**
 * §3: police are listed when police staff act, decide, attend or receive a contact; not when the
 * author belongs to another agency or the entry only relays another agency's action. Public is
 * listed when a member of the public reports, is spoken to or acts; a report with no partner
 * agency in it comes from the public, and one with a partner comes from that partner.
 */
function decideAgencies(
  triggers: Trigger[],
  authorAgency: string | null,
  event: EventType,
  signals: string[],
): string[] {
  // A set of labels kept as a short array (an entry names a few agencies): only membership is
  // read until the labels are sorted at the end, so the order they are added in does not matter.
  const named: string[] = [];
  for (const t of triggers) addUnique(named, t.label);
  if (authorAgency && authorAgency !== 'police') addUnique(named, authorAgency);
  const firstPartner = firstPartnerOf(triggers);
  const policeAuthored = !authorAgency || authorAgency === 'police';
  const relayOnly =
    firstPartner !== undefined &&
    firstPartner.startUtf16 < 3 &&
    RELAYABLE.includes(event) &&
    !signals.includes('police_present') &&
    !named.includes('public');
  if (policeAuthored && !relayOnly) addUnique(named, 'police');
  // Another agency's staff naming police ("findings shared with the OIC") do not list them (§3);
  // police still receive the call such an entry reports.
  if (!policeAuthored && event !== 'report') removeLabel(named, 'police');
  // A report from a partner (a housing officer, a ward, a pharmacist ringing in) is their
  // account: the person it is about does not report or act in it. A report with no partner
  // agency in it comes from the public.
  if (event === 'report') {
    if (hasPartner(triggers, authorAgency)) removeLabel(named, 'public');
    else addUnique(named, 'public');
  }
  // Support given by police alone (a lift, food, first aid) is given to someone (§2 support,
  // §3 public); a crew or ward caring for the person is the partner acting.
  if (event === 'support' && !hasPartner(triggers, authorAgency)) addUnique(named, 'public');
  // A check of police systems reads records: the callers and neighbours it names are history.
  if (event === 'risk_assessment' && signals.includes('system_check')) removeLabel(named, 'public');
  return sortLabels(named);
}

/** The first trigger naming a partner (not police or public), in order. */
function firstPartnerOf(triggers: Trigger[]): Trigger | undefined {
  for (const t of triggers) if (!NON_PARTNER_AGENCIES.includes(t.label)) return t;
  return undefined;
}

/**
 * Sorts the labels in place in code-unit order, as `[...labels].sort()` gives them; an insertion
 * sort, since an entry lists a few agencies and the built-in sort's set-up dominates at that size.
 */
function sortLabels(labels: string[]): string[] {
  for (let i = 1; i < labels.length; i++) {
    const label = labels[i] as string;
    let j = i - 1;
    for (; j >= 0 && (labels[j] as string) > label; j--) labels[j + 1] = labels[j] as string;
    labels[j + 1] = label;
  }
  return labels;
}
