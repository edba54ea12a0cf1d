/**
 * The lexicon that drives log classification, as plain JSON-serialisable data so that a study can
 * edit it (the CLI loads one with `--lexicon <file>`; `validateLexicon` checks it). Patterns are
 * JavaScript RegExp sources matched case-insensitively, because real exports mix capitals and
 * lower case; write `\b` yourself where a word boundary matters.
 */
import type { LabelModel } from './label-model.js';
import type { HistoryCues } from './history-segments.js';
import type { EventType, Framing } from './vocabulary.js';

/** One label and the patterns that evidence it. */
export interface LexiconTerm {
  label: string;
  patterns: string[];
  /**
   * Event terms only: the cue counts only when a partner agency (not police or public) is in the
   * entry, so "rang again" by a caller stays a report while "rang CMHT" is information sharing.
   */
  requiresPartner?: boolean;
  /**
   * Event and framing terms: the cue gives way to these labels when another term cues them too,
   * e.g. a bare "rang CRHT" is advice when the entry records only the advice received (§2
   * advice), and "booked in" frames an offence unless the book-in records a risk (§4).
   */
  yieldsTo?: string[];
}

/** Cues that, near a match and in the same clause, cancel it. Window in UTF-16 code units. */
export interface CueWindow {
  before: string[];
  after: string[];
  windowUtf16: number;
  /**
   * Negation only: cues before a match that say it is not happening now (possible, wanted,
   * considered, awaited) rather than that it is false. They cancel events, agencies, instruments
   * and signals as `before` does, but not a framing: ANNOTATING-LOGS.md §4 frames the entry's
   * premise, and "possible burglary" or "wants him arrested" states one.
   */
  hedges?: string[];
}

/** One reading of an ambiguous term, chosen when one of its context cues is nearest the term. */
export interface AmbiguitySense {
  sense: string;
  /** `kind:label` pairs this reading adds, e.g. `agency:mental_health`, `event:asb_enforcement`. */
  adds: string[];
  context: string[];
}

/** A term with several meanings that context decides, e.g. CPN (nurse or notice). */
export interface AmbiguityRule {
  term: string;
  pattern: string;
  /** How far either side of the term (UTF-16 code units) context cues are looked for. */
  windowUtf16: number;
  senses: AmbiguitySense[];
  defaultSense: string;
}

export interface Lexicon {
  name: string;
  /** Bumped whenever the lexicon changes, so stored analyses name the lexicon they came from. */
  version: string;
  /** Agencies named in entry text. */
  agencies: LexiconTerm[];
  /** Agencies named by an entry's author tag, e.g. `[PC 2231]` is police, `[L&D ...]` mental health. */
  authors: LexiconTerm[];
  events: LexiconTerm[];
  framings: LexiconTerm[];
  /** Coercive instruments; the first use of each is an escalation (ANNOTATING-LOGS.md §5). */
  instruments: LexiconTerm[];
  /** Named signals used by turning points and the continuum (see docs/log-analysis.md). */
  signals: LexiconTerm[];
  /** Negation: cancels event, framing, instrument and signal cues ("NO MH CONCERNS"). */
  negation: CueWindow;
  /** Background mentions: cancel agency cues ("NOT KNOWN TO MH SERVICES", "previous admissions"). */
  background: CueWindow;
  /**
   * History segments (history-segments.ts): lines and clauses that recount earlier events, whose
   * cues set neither the event nor the agencies. Optional so older saved lexicons still load.
   */
  history?: HistoryCues;
  /** A request that was refused or declined ("cannot accept a referral from police"). */
  refusal: string[];
  ambiguities: AmbiguityRule[];
  /** The framing that is the premise of an event, used when cues of several framings compete. */
  eventFramings: Partial<Record<EventType, Framing>>;
  /** Tie-break when the premise cannot be decided: first wins (ANNOTATING-LOGS.md §4). */
  framingPriority: Framing[];
  /**
   * Events whose entry, when it has no framing cue of its own, continues the framing the log has
   * established (a referral or update about the same episode); others without cues are `unclear`.
   */
  framingCarryEvents: EventType[];
  /**
   * For those same events, the framing that working with an agency presupposes (contacting the
   * CRHT is about health and welfare): the premise when the event has none of its own.
   */
  agencyFramings: Record<string, Framing>;
  /**
   * Learnt second readings of the event and the framing over the lexicon's decision and the
   * entry's words (label-model.ts). Optional: without one the lexicon's label stands.
   */
  eventModel?: LabelModel;
  framingModel?: LabelModel;
  /**
   * Per agency, a learnt reading of whether it takes part in the entry (labels `absent`,
   * `present`; learnt-labels.ts). Agencies without a model keep the lexicon's decision.
   */
  agencyModels?: Record<string, LabelModel>;
}

/** Signal names the analysis reads; a lexicon may define others for its own use. */
export const SIGNALS = [
  'step_down',
  'handoff',
  'one_way',
  'response',
  'reopen',
  'result',
  'closes_log',
  'embedded_staff',
  'standing_panel',
  'regular_review',
  'protocol_in_use',
  'signposting',
  'custody_health',
  'police_present',
  'remote_contact',
  'partner_update',
  'competing_accounts',
  'clinician_seen',
  'no_offence',
] as const;
export type SignalName = (typeof SIGNALS)[number];
