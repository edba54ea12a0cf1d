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
 * 2-D dominance count over gaps with a Fenwick tree.
 */
import {
  expectedDisagreement,
  insideGapSum,
  overlapSum,
  type Gaps,
  type SpanUnit,
} from './unitizing-sums.js';
import { sortByIntegerKey } from './sort-by-key.js';

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

type Unit = SpanUnit;

export function unitizingAlpha(input: UnitizingInput): UnitizingAlpha {
  const m = input.coders.length;
  if (m < 2) throw new RangeError('unitizingAlpha: need at least two coders');
  if (!(input.length > 0))
    throw new RangeError('unitizingAlpha: the continuum must have a positive length');
  const byCode = groupUnits(input);
  const perCode = [...byCode].map(([code, units]) => ({
    code,
    units: units.length,
    ...codeResult(units, m, input.begin ?? 0, input.length),
  }));
  const dO = perCode.reduce((s, r) => s + r.observedDisagreement, 0);
  const dE = perCode.reduce((s, r) => s + r.expectedDisagreement, 0);
  return { perCode, pooled: result(dO, dE), coders: m, length: input.length };
}

function result(dO: number, dE: number): UnitizingResult {
  return { alpha: dE > 0 ? 1 - dO / dE : null, observedDisagreement: dO, expectedDisagreement: dE };
}

/** Units per code, clamped to the continuum, each coder's overlaps merged, sorted by coder. */
function groupUnits(input: UnitizingInput): Map<string, Unit[]> {
  const coderIndex = new Map(input.coders.map((c, i) => [c, i]));
  const begin = input.begin ?? 0;
  const raw = new Map<string, Unit[]>();
  for (const s of input.spans) {
    const coder = coderIndex.get(s.coder);
    if (coder === undefined)
      throw new RangeError(`unitizingAlpha: coder "${s.coder}" is not in the coder list`);
    const b = Math.max(s.start, begin);
    const e = Math.min(s.end, begin + input.length);
    if (e <= b) continue;
    const list = raw.get(s.code);
    if (list) list.push({ coder, b, e });
    else raw.set(s.code, [{ coder, b, e }]);
  }
  for (const [code, units] of raw) raw.set(code, mergeOwnOverlaps(units, begin, input.length));
  return raw;
}

/** Sorted by coder, then start; a coder's overlapping units become their union. */
function mergeOwnOverlaps(units: Unit[], begin: number, length: number): Unit[] {
  const sorted = sortByIntegerKey(units, (u) => u.coder * (length + 1) + (u.b - begin));
  const out: Unit[] = [];
  for (const u of sorted) {
    const last = out.at(-1);
    if (last && last.coder === u.coder && u.b < last.e) last.e = Math.max(last.e, u.e);
    else out.push(u);
  }
  return out;
}

function codeResult(byCoder: Unit[], m: number, begin: number, length: number): UnitizingResult {
  const gaps = gapsOf(byCoder, m, begin, length);
  const byStart = sortByIntegerKey(byCoder, (u) => u.b);
  const observed =
    (overlapSum(byStart) + 2 * insideGapSum(byStart, gaps)) / (m * (m - 1) * length * length);
  return result(observed, expectedDisagreement(byStart, gaps, m, length));
}

/** Every coder's gaps (positive length) over [begin, begin + length); units sorted by coder. */
function gapsOf(byCoder: Unit[], m: number, begin: number, length: number): Gaps {
  const cursor = new Array<number>(m).fill(begin);
  const gaps: Gaps = { start: [], end: [] };
  const add = (start: number, end: number) => {
    gaps.start.push(start);
    gaps.end.push(end);
  };
  for (const u of byCoder) {
    const at = cursor[u.coder] as number;
    if (u.b > at) add(at, u.b);
    cursor[u.coder] = u.e;
  }
  for (const at of cursor) if (begin + length > at) add(at, begin + length);
  return gaps;
}
