/**
 * Loads the labelled de-identification sets in ../shared/deid into one shape. Presidio's entity
 * names are mapped to ours (PRESIDIO_TYPE_MAP); its types with no counterpart (passport, driving
 * licence, IP address, URL) are left out, as are its cases that give no spans (context-score
 * checks and count-only tests).
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '@liaison/core';

export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
}

export interface EvalDoc {
  id: string;
  text: string;
  gold: GoldSpan[];
  /** Spans that must not be tagged (UTF-16 offsets, end exclusive). */
  hardNegatives: { start: number; end: number }[];
  /** When set, only predictions of these types are scored (Presidio labels one type per case). */
  scoredTypes?: EntityType[];
}

/** Presidio entity → Liaison entity. DATE_TIME also accepts DATE_OF_BIRTH predictions. */
export const PRESIDIO_TYPE_MAP: Readonly<Record<string, EntityType>> = {
  PERSON: 'PERSON',
  UK_NHS: 'NHS_NUMBER',
  UK_NINO: 'NINO',
  UK_POSTCODE: 'POSTCODE',
  UK_VEHICLE_REGISTRATION: 'VRM',
  PHONE_NUMBER: 'PHONE',
  EMAIL_ADDRESS: 'EMAIL',
  CREDIT_CARD: 'CARD_NUMBER',
  DATE_TIME: 'DATE',
};

interface Span {
  type: string;
  start: number;
  end: number;
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function loadDevSet(path: string): EvalDoc[] {
  return readJsonl(path).map((row) => ({
    id: String(row.id),
    text: String(row.text),
    gold: (row.entities as Span[]).map((e) => ({
      type: e.type as EntityType,
      start: e.start,
      end: e.end,
    })),
    hardNegatives: (row.hard_negatives as Span[]).map((h) => ({ start: h.start, end: h.end })),
  }));
}

/**
 * Presidio's phone tests run the same text at several libphonenumber leniency levels and label it
 * differently at each (`+91 4155 550132` is a number when lenient, not when strict). The guide
 * annotates every phone number as written, so of rows with the same text and type only the one
 * with the most spans (the most lenient) is kept; keeping all would count a number as both a
 * miss and a false positive.
 */
function mostLenient(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const keyOf = (row: Record<string, unknown>) =>
    `${String(row.entity_type)}\u0000${String(row.text)}`;
  const best = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const held = best.get(keyOf(row));
    if (!held || (row.entities as Span[]).length > (held.entities as Span[]).length) {
      best.set(keyOf(row), row);
    }
  }
  return rows.filter((row) => best.get(keyOf(row)) === row);
}

/**
 * eval/deid/fresh.jsonl (the held-out set written without looking at the detector) uses the
 * eval_dev.jsonl schema with split "fresh", so it loads the same way.
 */
export const loadFreshSet = loadDevSet;

export function loadPresidioCases(path: string): EvalDoc[] {
  const docs: EvalDoc[] = [];
  mostLenient(readJsonl(path)).forEach((row, i) => {
    const type = PRESIDIO_TYPE_MAP[String(row.entity_type)];
    const expected = row.expected_count;
    const spans = row.entities as Span[];
    if (!type || typeof expected !== 'number' || spans.length !== expected) return;
    const text = String(row.text);
    docs.push({
      id: `presidio-${i}`,
      text,
      gold: spans.map((s) => ({ type, start: s.start, end: s.end })),
      hardNegatives: expected === 0 ? [{ start: 0, end: text.length }] : [],
      scoredTypes: type === 'DATE' ? ['DATE', 'DATE_OF_BIRTH'] : [type],
    });
  });
  return docs;
}
