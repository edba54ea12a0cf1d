import type { Actor, Id, IsoInstant, IsoLocalDateTime } from './study.js';

/** How a source's text was parsed into structure. */
export const SOURCE_FORMATS = [
  'police_log_text',
  'police_log_csv',
  'transcript',
  'document',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Where a source came from; kept with the immutable original bytes. */
export interface Provenance {
  /** File name as given at import (no directories: they can identify people or machines). */
  fileName: string;
  importedBy: Actor;
  importedAt: IsoInstant;
  /** Tool and version that imported it, e.g. `liaison-cli 0.1.0`. */
  tool: string;
  note?: string;
}

/**
 * A source document. Its original bytes never change; they are stored once, addressed by
 * their SHA-256. Edits and redactions make new text versions instead.
 */
export interface Source {
  id: Id;
  datasetId: Id;
  siteId: Id | null;
  caseId: Id | null;
  name: string;
  format: SourceFormat;
  mediaType: string;
  /** Lower-case hex SHA-256 of the original bytes. */
  sha256: string;
  byteLength: number;
  provenance: Provenance;
  /** Participants who speak in a transcript (by participant id). */
  participantIds: Id[];
}

export type TextVersionReason = 'import' | 'edit' | 'redaction';

/** One version of a source's text. Version 1 is the text as decoded from the original bytes. */
export interface TextVersion {
  id: Id;
  sourceId: Id;
  /** 1-based, increasing per source. */
  number: number;
  parentId: Id | null;
  reason: TextVersionReason;
  text: string;
  lengthUtf16: number;
  createdAt: IsoInstant;
  createdBy: Actor;
}

/** One timed entry of a police log. */
export interface LogEntry {
  /** 0-based, in file order. */
  index: number;
  /** Local time of the entry (no zone), or null when the log gave none that could be read. */
  time: IsoLocalDateTime | null;
  author: string | null;
  /** Entry text with continuation lines joined by `\n` (timestamp and author removed). */
  text: string;
  /** The whole entry's span in the text version, timestamp included. */
  startUtf16: number;
  endUtf16: number;
  /** Span of `text` alone within the text version (for a CSV log, of the text cell). */
  textStartUtf16: number;
  textEndUtf16: number;
  /** 1-based line where the entry starts in the file. */
  line: number;
}

export interface LogStructure {
  kind: 'police_log';
  /** Header `Key: Value` pairs with keys lower-cased (text logs); empty for CSV logs. */
  header: Record<string, string>;
  incident: string | null;
  site: string | null;
  openingCode: string | null;
  closingCode: string | null;
  /** Date-time the log was opened, when the header gives it. */
  opened: IsoLocalDateTime | null;
  entries: LogEntry[];
}

/** One speaker turn of an interview or focus-group transcript. */
export interface TranscriptTurn {
  index: number;
  /** Speaker label as written, e.g. `INT`, `P1`, `Sarah`. */
  speaker: string;
  /** Offset from the recording start in milliseconds, when the turn carries a timestamp. */
  timestampMs: number | null;
  text: string;
  startUtf16: number;
  endUtf16: number;
  textStartUtf16: number;
  textEndUtf16: number;
  line: number;
}

export interface TranscriptStructure {
  kind: 'transcript';
  /** Distinct speaker labels in order of first appearance. */
  speakers: string[];
  turns: TranscriptTurn[];
}

/** A section of a plain or Markdown document (a heading and what follows it). */
export interface DocumentSection {
  index: number;
  heading: string | null;
  /** Markdown heading level 1–6; 0 for text before any heading or plain text. */
  level: number;
  startUtf16: number;
  endUtf16: number;
  line: number;
}

export interface DocumentStructure {
  kind: 'document';
  format: 'plain' | 'markdown';
  sections: DocumentSection[];
  paragraphCount: number;
}

export type Structure = LogStructure | TranscriptStructure | DocumentStructure;
