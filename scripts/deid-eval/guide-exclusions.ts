/**
 * Gold spans of other projects' sets that ../shared/deid/ANNOTATION.md does not annotate, so
 * that eval:deid can say how much of a miss is annotation policy rather than detection.
 *
 * The guide annotates dates of birth and "full calendar dates" of events; it leaves out "partial
 * or administrative dates (`13/10`)", "entry timestamps" and "CSV `timestamp` cells". Presidio's
 * date tests label every partial date (`May-21`, `5/2021`, `1972`, `May 1st`) and ISO timestamps
 * wherever they stand, so those gold spans are reported apart.
 */
import type { EvalDoc, GoldSpan } from './datasets.js';

export type GuideExclusion = 'partial date' | 'timestamp at an entry start or in a CSV cell';

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A date with a day, a month and a year: three number groups, or a month name and two. */
export function isFullCalendarDate(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return true;
  const numbers = value.match(/\d+/g)?.length ?? 0;
  return numbers >= 3 || (MONTH_NAME.test(value) && numbers >= 2);
}

/** Where the guide's timestamp rule applies: at a line start or right after a comma. */
function atEntryOrCell(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  return before === '' || before === '\n' || before === ',';
}

export function guideExclusion(doc: EvalDoc, gold: GoldSpan): GuideExclusion | null {
  if (gold.type !== 'DATE') return null;
  const value = doc.text.slice(gold.start, gold.end);
  if (!isFullCalendarDate(value)) return 'partial date';
  if (ISO_TIMESTAMP.test(value) && atEntryOrCell(doc.text, gold.start)) {
    return 'timestamp at an entry start or in a CSV cell';
  }
  return null;
}

/** The documents with the gold spans the guide excludes removed, and how many of each kind. */
export function withoutGuideExclusions(docs: EvalDoc[]): {
  docs: EvalDoc[];
  removed: Map<GuideExclusion, number>;
} {
  const removed = new Map<GuideExclusion, number>();
  const kept = docs.map((doc) => {
    const gold = doc.gold.filter((g) => {
      const why = guideExclusion(doc, g);
      if (why) removed.set(why, (removed.get(why) ?? 0) + 1);
      return why === null;
    });
    return { ...doc, gold };
  });
  return { docs: kept, removed };
}
