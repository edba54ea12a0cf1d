/**
 * Reads the shared de-identification test data (../shared/deid, see NOTES.md there): sourced format
 * vectors and Presidio's own recognizer test cases. Read in place, never copied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeidSettings, Detection, Recognizer } from '../../src/index.js';

const DEID_DIR = join(import.meta.dirname, '../../../../../shared/deid');

export interface FormatVector {
  type: string;
  value: string;
  expected_valid: boolean;
  note: string;
}

export interface PresidioEntity {
  type: string;
  start: number;
  end: number;
  value: string;
}

export interface PresidioCase {
  text: string;
  group: string;
  entity_type: string;
  entities: PresidioEntity[];
  params?: Record<string, unknown>;
}

function readJsonl<T>(name: string): T[] {
  const lines = readFileSync(join(DEID_DIR, name), 'utf8').split('\n');
  return lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

export function formatVectors(type: string): FormatVector[] {
  return readJsonl<FormatVector>('format_vectors.jsonl').filter((v) => v.type === type);
}

export function presidioCases(entityType: string): PresidioCase[] {
  return readJsonl<PresidioCase>('presidio_uk_cases.jsonl').filter(
    (c) => c.entity_type === entityType,
  );
}

/** Detections of `recognizer` on `text` as `[text, start, end]` triples, for compact assertions. */
export function spans(
  recognizer: Recognizer,
  text: string,
  settings: DeidSettings = {},
): [string, number, number][] {
  return recognizer
    .detect(text, settings)
    .map((d: Detection) => [d.text, d.startUtf16, d.endUtf16]);
}

/** Texts of the detections, in order. */
export function found(recognizer: Recognizer, text: string, settings: DeidSettings = {}): string[] {
  return recognizer.detect(text, settings).map((d) => d.text);
}

export interface CaseScore {
  truePositives: number;
  falseNegatives: string[];
  falsePositives: string[];
}

/**
 * Scores Presidio cases the way Presidio's tests do (an expected entity is found when a detection
 * overlaps it). Context-group cases expect at least one detection.
 */
export function scoreCases(recognizer: Recognizer, cases: PresidioCase[]): CaseScore {
  const score: CaseScore = { truePositives: 0, falseNegatives: [], falsePositives: [] };
  for (const c of cases) {
    const detections = recognizer.detect(c.text, {});
    const expected =
      c.group === 'context' ? [{ start: 0, end: c.text.length, value: c.text }] : c.entities;
    for (const e of expected) {
      const hit = detections.some((d) => d.startUtf16 < e.end && d.endUtf16 > e.start);
      if (hit) score.truePositives++;
      else score.falseNegatives.push(e.value);
    }
    for (const d of detections) {
      if (!expected.some((e) => d.startUtf16 < e.end && d.endUtf16 > e.start))
        score.falsePositives.push(d.text);
    }
  }
  return score;
}
