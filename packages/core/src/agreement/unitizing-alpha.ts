/**
 * Krippendorff's unitizing alpha α_u for spans coded freely on one continuum (Krippendorff 1995,
 * "On the reliability of unitizing continuous data", Sociological Methodology 25:47–76; restated
 * in Content Analysis, 2nd ed. 2004 ch. 11 and 3rd ed. 2013 ch. 12). Positions are UTF-16 offsets.
 *
 * For each code c, every coder's continuum is cut into sections: units (spans coded c) and gaps
 * (everything else). Over ordered pairs of coders i ≠ j and their sections g, h:
 *
 *   δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   both units and overlapping
 *            = l_g²                          g a unit lying inside gap h (and symmetrically)
 *            = 0                             otherwise (gap against gap counts as agreement)
 *
 *   D_o(c) = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(g, h) / (m (m − 1) L²)
 *   D_e(c) = (2/L) Σ_{units g} [ (N_c − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_{gaps h, l_h ≥ l_g} (l_h − l_g + 1) ]
 *            / [ mL(mL − 1) − Σ_{units g} l_g(l_g − 1) ]
 *   α_u(c) = 1 − D_o(c) / D_e(c)
 *
 * with m coders, continuum length L, N_c units of c over all coders and gaps taken over all coders
 * (Krippendorff 2004, pp. 252–253; the form DKPro Statistics' KrippendorffAlphaUnitizingAgreement
 * implements). The pooled value over codes is 1 − Σ_c D_o(c) / Σ_c D_e(c) (Krippendorff 2004,
 * p. 254), so codes weigh by their disagreements. The variants cuα and |cuα of Krippendorff et al.
 * 2016 ("On the reliability of unitizing textual continua", Quality & Quantity 50) are not
 * implemented.
 *
 * A coder's own overlapping spans of one code are merged first (α_u assumes a coder's units of a
 * code do not overlap); touching spans stay separate units.
 *
 * Cost: O(N log N) per code for N spans, not O(m² N): unit–unit overlap sums use prefix sums of
 * b, b², e, e² within clusters of overlapping spans, and "unit inside another coder's gap" is a
 * 2-D dominance count over gaps with a Fenwick tree. Spans live in parallel typed arrays, and
 * integer offsets are ordered by a radix sort (sort-by-key.ts) rather than by comparisons.
 */
import {
  expectedDisagreement,
  insideGapSum,
  overlapSum,
  type Gaps,
  type Units,
} from './unitizing-sums.js';
import { sortedOrder } from './sort-by-key.js';

export interface CodedSpan {
  coder: string;
  code: string;
  /** UTF-16 offsets on the continuum, end exclusive. */
  start: number;
  end: number;
}

export interface UnitizingInput {
  /** Every coder who coded the continuum, including any who applied no code at all. */
  coders: readonly string[];
  /** Length L of the continuum in UTF-16 code units; it starts at `begin` (default 0). */
  length: number;
  begin?: number;
  spans: readonly CodedSpan[];
}

export interface UnitizingResult {
  /** Null when D_e = 0 (nothing to disagree about). */
  alpha: number | null;
  observedDisagreement: number;
  expectedDisagreement: number;
}

export interface UnitizingCodeResult extends UnitizingResult {
  code: string;
  /** Units of this code over all coders, after merging each coder's overlaps. */
  units: number;
}

export interface UnitizingAlpha {
  perCode: UnitizingCodeResult[];
  pooled: UnitizingResult;
  coders: number;
  length: number;
}

export function unitizingAlpha(input: UnitizingInput): UnitizingAlpha {
  const m = input.coders.length;
  if (m < 2) throw new RangeError('unitizingAlpha: need at least two coders');
  if (!(input.length > 0))
    throw new RangeError('unitizingAlpha: the continuum must have a positive length');
  const begin = input.begin ?? 0;
  const perCode = [...groupSpans(input)].map(([code, spans]) => {
    const units = mergeOwnOverlaps(spans, m, begin);
    return { code, units: units.count, ...codeResult(units, m, begin, input.length) };
  });
  const dO = perCode.reduce((s, r) => s + r.observedDisagreement, 0);
  const dE = perCode.reduce((s, r) => s + r.expectedDisagreement, 0);
  return { perCode, pooled: result(dO, dE), coders: m, length: input.length };
}

function result(dO: number, dE: number): UnitizingResult {
  return { alpha: dE > 0 ? 1 - dO / dE : null, observedDisagreement: dO, expectedDisagreement: dE };
}

/** One code's spans clamped to the continuum, in input order, as parallel arrays. */
interface Clamped {
  coder: number[];
  b: number[];
  e: number[];
}

/**
 * Spans per code, clamped to the continuum (codes in order of their first kept span). The coder
 * and code of the previous span are remembered, since codings usually come in runs of one coder.
 */
function groupSpans(input: UnitizingInput): Map<string, Clamped> {
  const coderIndex = new Map(input.coders.map((c, i) => [c, i]));
  const begin = input.begin ?? 0;
  const raw = new Map<string, Clamped>();
  let lastCoder: string | undefined;
  let coder = -1;
  let lastCode: string | undefined;
  let list: Clamped | undefined;
  for (const s of input.spans) {
    if (s.coder !== lastCoder) {
      coder = coderOf(coderIndex, s.coder);
      lastCoder = s.coder;
    }
    const b = Math.max(s.start, begin);
    const e = Math.min(s.end, begin + input.length);
    if (e <= b) continue;
    if (list === undefined || s.code !== lastCode) {
      list = listFor(raw, s.code);
      lastCode = s.code;
    }
    list.coder.push(coder);
    list.b.push(b);
    list.e.push(e);
  }
  return raw;
}

function coderOf(coderIndex: Map<string, number>, coder: string): number {
  const index = coderIndex.get(coder);
  if (index === undefined)
    throw new RangeError(`unitizingAlpha: coder "${coder}" is not in the coder list`);
  return index;
}

function listFor(raw: Map<string, Clamped>, code: string): Clamped {
  let list = raw.get(code);
  if (!list) raw.set(code, (list = { coder: [], b: [], e: [] }));
  return list;
}

/**
 * Units sorted by start, then coder; a coder's overlapping spans become their union. Walking
 * spans by start, each coder's spans come in start order, so a span either extends that coder's
 * last unit or starts a new one.
 */
function mergeOwnOverlaps(spans: Clamped, m: number, begin: number): Units {
  const n = spans.b.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++)
    keys[i] = ((spans.b[i] as number) - begin) * m + (spans.coder[i] as number);
  const order = sortedOrder(keys);
  const units = {
    coder: new Int32Array(n),
    b: new Float64Array(n),
    e: new Float64Array(n),
    count: 0,
  };
  const last = new Int32Array(m).fill(-1);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const coder = spans.coder[i] as number;
    const j = last[coder] as number;
    const b = spans.b[i] as number;
    const e = spans.e[i] as number;
    if (j >= 0 && b < (units.e[j] as number)) units.e[j] = Math.max(units.e[j] as number, e);
    else {
      units.coder[units.count] = coder;
      units.b[units.count] = b;
      units.e[units.count] = e;
      last[coder] = units.count++;
    }
  }
  return units;
}

function codeResult(units: Units, m: number, begin: number, length: number): UnitizingResult {
  const gaps = gapsOf(units, m, begin, length);
  const observed =
    (overlapSum(units) + 2 * insideGapSum(units, gaps)) / (m * (m - 1) * length * length);
  return result(observed, expectedDisagreement(units, gaps, m, length));
}

/** Every coder's gaps (positive length) over [begin, begin + length); units sorted by start. */
function gapsOf(units: Units, m: number, begin: number, length: number): Gaps {
  const cursor = new Float64Array(m).fill(begin);
  const gaps = { start: new Float64Array(units.count + m), end: new Float64Array(units.count + m) };
  let count = 0;
  const add = (start: number, end: number) => {
    gaps.start[count] = start;
    gaps.end[count++] = end;
  };
  for (let i = 0; i < units.count; i++) {
    const coder = units.coder[i] as number;
    const at = cursor[coder] as number;
    if ((units.b[i] as number) > at) add(at, units.b[i] as number);
    cursor[coder] = units.e[i] as number;
  }
  for (const at of cursor) if (begin + length > at) add(at, begin + length);
  return { start: gaps.start.subarray(0, count), end: gaps.end.subarray(0, count) };
}
