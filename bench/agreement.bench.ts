/**
 * Agreement over 100 coders' worth of codings on 1,000 synthetic documents (seeded): each
 * document is 5,000 UTF-16 code units long with 20 units (entries) of 250; it has 5 "true" coded
 * spans, each with one of 10 codes; every coder applies each true span with probability 0.85,
 * boundaries jittered by up to ±15 code units, and adds a stray span with probability 0.1. About
 * 450,000 codings in all.
 *
 * - Krippendorff's α (nominal) on the 20,000 × 100 reliability matrix (value = the first code a
 *   coder applied within the unit, or "none"); baseline: the coincidence matrix built from every
 *   pair of coders within each unit, O(coders² · units), in the same run.
 * - α_u over the 5 M code-unit continuum; baseline: the observed disagreement summed over every
 *   pair of coders by walking both coders' sections (as DKPro Statistics does), O(coders² ·
 *   units per coder), with the same expected disagreement (sorted gap lengths).
 *
 * Target from issue 5: p95 under 500 ms. Run: `npx tsx bench/agreement.bench.ts` (~1 minute).
 */
import { krippendorffAlpha, unitizingAlpha, type CodedSpan, type RatingValue } from '@liaison/core';
import { peakRssMb, report, time } from './lib/measure.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const DOCS = 1000;
const DOC_LENGTH = 5000;
const UNITS_PER_DOC = 20;
const CODERS = 100;
const CODES = 10;
const TRUE_SPANS = 5;

const random = seededRandom(20261126);
const coders = Array.from({ length: CODERS }, (_, i) => `coder-${i}`);

function synthesise(): CodedSpan[] {
  const spans: CodedSpan[] = [];
  for (let d = 0; d < DOCS; d++) {
    const base = d * DOC_LENGTH;
    const truth = Array.from({ length: TRUE_SPANS }, (_, i) => {
      const start = base + i * 1000 + 50 + randomInt(random, 600);
      return {
        code: `code-${randomInt(random, CODES)}`,
        start,
        end: start + 40 + randomInt(random, 250),
      };
    });
    for (const coder of coders) {
      for (const t of truth)
        if (random() < 0.85) {
          const jitter = () => randomInt(random, 31) - 15;
          spans.push({ coder, code: t.code, start: t.start + jitter(), end: t.end + jitter() });
        }
      if (random() < 0.1) {
        const start = base + randomInt(random, DOC_LENGTH - 300);
        spans.push({
          coder,
          code: `code-${randomInt(random, CODES)}`,
          start,
          end: start + 20 + randomInt(random, 200),
        });
      }
    }
  }
  return spans;
}

/** Units × coders: the first code (by start) a coder applied overlapping each unit, else "none". */
function reliabilityMatrix(spans: CodedSpan[]): RatingValue[][] {
  const unitLength = DOC_LENGTH / UNITS_PER_DOC;
  const matrix: (RatingValue | null)[][] = Array.from({ length: DOCS * UNITS_PER_DOC }, () =>
    new Array<RatingValue | null>(CODERS).fill(null),
  );
  const coderIndex = new Map(coders.map((c, i) => [c, i]));
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const column = coderIndex.get(s.coder) as number;
    for (let u = Math.floor(s.start / unitLength); u * unitLength < s.end; u++) {
      const row = matrix[u] as (RatingValue | null)[];
      row[column] ??= s.code;
    }
  }
  return matrix.map((row) => row.map((v) => v ?? 'none'));
}

/** Baseline α: coincidences from every ordered pair of coders in each unit (values as ids). */
function pairwiseAlpha(matrix: RatingValue[][]): number {
  const index = new Map<RatingValue, number>();
  for (const row of matrix) for (const v of row) if (!index.has(v)) index.set(v, index.size);
  const v = index.size;
  const o = new Float64Array(v * v);
  for (const row of matrix) {
    const ids = row.map((x) => index.get(x) as number);
    const m = ids.length;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++)
        if (i !== j) {
          const at = (ids[i] as number) * v + (ids[j] as number);
          o[at] = (o[at] as number) + 1 / (m - 1);
        }
  }
  const nc = new Float64Array(v);
  let disagreeing = 0;
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) {
      const x = o[c * v + k] as number;
      nc[c] = (nc[c] as number) + x;
      if (c !== k) disagreeing += x;
    }
  const n = nc.reduce((a, b) => a + b, 0);
  let expected = 0;
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) if (c !== k) expected += (nc[c] as number) * (nc[k] as number);
  return 1 - ((n - 1) * disagreeing) / expected;
}

interface Section {
  unit: boolean;
  b: number;
  e: number;
}

/** One coder's sections (units and gaps) for one code over [0, L); own overlaps merged. */
function sections(units: CodedSpan[], length: number): Section[] {
  const out: Section[] = [];
  let at = 0;
  for (const u of [...units].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last?.unit && u.start < last.e) {
      last.e = Math.max(last.e, u.end);
      at = last.e;
      continue;
    }
    if (u.start > at) out.push({ unit: false, b: at, e: u.start });
    out.push({ unit: true, b: u.start, e: u.end });
    at = u.end;
  }
  if (at < length) out.push({ unit: false, b: at, e: length });
  return out;
}

function delta(g: Section, h: Section): number {
  if (g.unit && h.unit) return g.b < h.e && h.b < g.e ? (g.b - h.b) ** 2 + (g.e - h.e) ** 2 : 0;
  if (g.unit && !h.unit) return h.b <= g.b && g.e <= h.e ? (g.e - g.b) ** 2 : 0;
  if (!g.unit && h.unit) return g.b <= h.b && h.e <= g.e ? (h.e - h.b) ** 2 : 0;
  return 0;
}

/** Σ δ² over the sections of two coders that intersect, walking both lists once. */
function walkPair(a: Section[], b: Section[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const g = a[i] as Section;
    const h = b[j] as Section;
    sum += delta(g, h);
    if (g.e <= h.e) i++;
    else j++;
  }
  return sum;
}

/** Baseline α_u: pairwise observed disagreement, expected from sorted gap lengths. */
function pairwiseUnitizing(spans: CodedSpan[], length: number): number {
  let observed = 0;
  let expected = 0;
  const codes = new Map<string, CodedSpan[]>();
  for (const s of spans) {
    const list = codes.get(s.code) ?? [];
    list.push(s);
    codes.set(s.code, list);
  }
  for (const list of codes.values()) {
    const perCoder = coders.map((c) =>
      sections(
        list.filter((s) => s.coder === c),
        length,
      ),
    );
    let sum = 0;
    for (let i = 0; i < CODERS; i++)
      for (let j = i + 1; j < CODERS; j++)
        sum += 2 * walkPair(perCoder[i] as Section[], perCoder[j] as Section[]);
    observed += sum / (CODERS * (CODERS - 1) * length * length);
    expected += expectedOf(perCoder.flat(), length);
  }
  return 1 - observed / expected;
}

function expectedOf(all: Section[], length: number): number {
  const units = all.filter((s) => s.unit).map((s) => s.e - s.b);
  const gaps = all
    .filter((s) => !s.unit)
    .map((s) => s.e - s.b)
    .sort((a, b) => a - b);
  const suffix = new Float64Array(gaps.length + 1);
  for (let i = gaps.length - 1; i >= 0; i--)
    suffix[i] = (suffix[i + 1] as number) + (gaps[i] as number);
  let numerator = 0;
  for (const l of units) {
    let from = gaps.findIndex((g) => g >= l);
    if (from < 0) from = gaps.length;
    numerator +=
      ((units.length - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 +
      l * l * ((suffix[from] as number) - (l - 1) * (gaps.length - from));
  }
  const squares = units.reduce((s, l) => s + l * (l - 1), 0);
  return ((2 / length) * numerator) / (CODERS * length * (CODERS * length - 1) - squares);
}

const spans = synthesise();
const matrix = reliabilityMatrix(spans);
const length = DOCS * DOC_LENGTH;
console.log(
  `  ${spans.length} codings by ${CODERS} coders on ${DOCS} documents; ${matrix.length} units`,
);

const alphaFast = krippendorffAlpha(matrix, 'nominal').alpha as number;
const alphaSlow = pairwiseAlpha(matrix);
const uFast = unitizingAlpha({ coders, length, spans }).pooled.alpha as number;
const uSlow = pairwiseUnitizing(spans, length);
console.log(
  `  alpha nominal ${alphaFast.toFixed(6)} (pairwise ${alphaSlow.toFixed(6)}); alpha_u ${uFast.toFixed(6)} (pairwise ${uSlow.toFixed(6)})`,
);
if (Math.abs(alphaFast - alphaSlow) > 1e-9 || Math.abs(uFast - uSlow) > 1e-9)
  throw new Error('fast and pairwise results differ');

const alphaBase = await time(() => pairwiseAlpha(matrix), 3, 1);
report(
  'agreement: Krippendorff alpha nominal (100 coders x 20,000 units)',
  await time(() => krippendorffAlpha(matrix, 'nominal'), 10, 2),
  { name: 'pairwise coders', ms: alphaBase.medianMs },
);
const uBase = await time(() => pairwiseUnitizing(spans, length), 3, 1);
report(
  'agreement: alpha_u (100 coders, 1,000 documents)',
  await time(() => unitizingAlpha({ coders, length, spans }), 10, 2),
  { name: 'pairwise coders', ms: uBase.medianMs },
);
console.log(
  `  baselines: alpha p95 ${alphaBase.p95Ms.toFixed(1)} ms, alpha_u p95 ${uBase.p95Ms.toFixed(1)} ms; target p95 < 500 ms; peak RSS ${peakRssMb().toFixed(0)} MB`,
);
