/**
 * `npm run eval:deid -- --verbose`: every miss, inexact match and false positive with a little
 * context, to study errors. The labelled sets are fictional or public test data; the detector's
 * own logging never prints document text.
 */
import type { Detection } from '@liaison/core';
import type { EvalDoc } from './datasets.js';

const overlaps = (a: Detection, g: { start: number; end: number }) =>
  a.startUtf16 < g.end && g.start < a.endUtf16;

function show(doc: EvalDoc, start: number, end: number): string {
  const before = doc.text.slice(Math.max(0, start - 30), start);
  const after = doc.text.slice(end, end + 30);
  return JSON.stringify(`${before}[[${doc.text.slice(start, end)}]]${after}`);
}

/** The error lines of one document (predictions already limited to its scored types). */
export function errorLines(doc: EvalDoc, predictions: Detection[]): string[] {
  const lines: string[] = [];
  for (const g of doc.gold) {
    const hits = predictions.filter((p) => overlaps(p, g));
    if (hits.length === 0) lines.push(`MISS    ${g.type.padEnd(13)} ${show(doc, g.start, g.end)}`);
    else if (!hits.some((p) => p.startUtf16 === g.start && p.endUtf16 === g.end)) {
      const got = hits.map((p) => `${p.type} ${JSON.stringify(p.text)}`).join(', ');
      lines.push(`INEXACT ${g.type.padEnd(13)} ${show(doc, g.start, g.end)} got ${got}`);
    }
  }
  for (const p of predictions) {
    if (doc.gold.some((g) => overlaps(p, g))) continue;
    const hard = doc.hardNegatives.some((h) => overlaps(p, h)) ? ' (hard negative)' : '';
    const where = show(doc, p.startUtf16, p.endUtf16);
    lines.push(`FALSE   ${p.type.padEnd(13)} ${where} score ${p.score.toFixed(2)}${hard}`);
  }
  return lines.map((l) => `  ${doc.id}: ${l}`);
}
