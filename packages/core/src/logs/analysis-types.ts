/**
 * The shapes log analysis produces: per-entry labels with the words that triggered them, turning
 * points and the continuum placement. Plain JSON-serialisable data.
 */
import type { EventType, Framing, TurningPointType } from './vocabulary.js';

/** Words that triggered a label, with their span in the entry text (UTF-16, end exclusive). */
export interface Trigger {
  label: string;
  text: string;
  startUtf16: number;
  endUtf16: number;
}

/** The labels an annotator gives an entry (ANNOTATING-LOGS.md §2–4). */
export interface EntryLabels {
  index: number;
  agencies: string[];
  event: EventType;
  framing: Framing;
}

export interface EntryAnalysis extends EntryLabels {
  triggers: { agencies: Trigger[]; event: Trigger[]; framing: Trigger[] };
  /** Coercive instruments used in the entry (escalation), e.g. `arrest`, `s136`, `cpn_notice`. */
  instruments: string[];
  /** Lexicon signals present and not negated, e.g. `step_down`, `handoff`, `one_way`. */
  signals: string[];
  /** Every event type with a live cue in the entry (the winner is `event`). */
  cued: string[];
  /** A request in the entry was refused or declined. */
  refused: boolean;
  /** The agency named by the author tag, when the tag names one. */
  authorAgency: string | null;
}

export interface TurningPoint {
  entry: number;
  type: TurningPointType;
  /** Entry indices that evidence it, ascending; always includes `entry`. */
  evidence: number[];
}

export interface ContinuumPlacement {
  level: number;
  label: string;
  evidence: number[];
  rationale: string;
  /** Present when a researcher overrode the computed placement. */
  override?: { fromLevel: number; reason: string };
}

export interface LogAnalysis {
  lexiconVersion: string;
  entries: EntryAnalysis[];
  turningPoints: TurningPoint[];
  continuum: ContinuumPlacement;
}
