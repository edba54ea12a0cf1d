/**
 * The study model: the entities a multi-method qualitative study is made of, as plain data.
 * Every entity is JSON-serialisable so the store, server, CLI and web share one shape.
 *
 * Units: text offsets are UTF-16 code units (JavaScript string indices) over a text version and
 * are always named `...Utf16`; times of day are local ISO 8601 without a zone; audit times are
 * ISO 8601 UTC (`Date.prototype.toISOString`).
 */

/** Opaque identifier (a ULID-like string made by `newId`). */
export type Id = string;

/** ISO 8601 UTC instant, e.g. `2026-11-26T07:00:00.000Z`. */
export type IsoInstant = string;

/** ISO 8601 local date-time without a zone, e.g. `2015-03-14T21:05:00` (police logs record local time). */
export type IsoLocalDateTime = string;

/** Who did something: a coder, researcher or tool name (accounts arrive in a later issue). */
export type Actor = string;

export const DATASET_KINDS = ['police_logs', 'interviews', 'focus_groups', 'documents'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export const SECTORS = ['statutory', 'third_sector'] as const;
export type Sector = (typeof SECTORS)[number];

export interface Study {
  id: Id;
  name: string;
  description: string;
  createdAt: IsoInstant;
}

/** A study site (the seed study had two). */
export interface Site {
  id: Id;
  name: string;
  description: string;
}

export interface Dataset {
  id: Id;
  name: string;
  kind: DatasetKind;
  description: string;
}

/** A professional who took part in an interview or focus group. */
export interface Participant {
  id: Id;
  /** The study's own label, e.g. `P07`, as used in transcripts and the register. */
  code: string;
  role: string;
  organisation: string;
  sector: Sector;
  siteId: Id | null;
  /** Free attributes from the participant register (years in post, gender, ...). */
  attributes: Record<string, string>;
}

export const CASE_KINDS = ['person', 'incident', 'site', 'other'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** A unit of analysis that groups sources (a person, an incident, a site). */
export interface Case {
  id: Id;
  name: string;
  kind: CaseKind;
  description: string;
  attributes: Record<string, string>;
  sourceIds: Id[];
}
