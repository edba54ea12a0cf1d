import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitizingAlpha, type CodedSpan } from '../../src/index.js';

const span = (coder: string, code: string, start: number, length: number): CodedSpan => ({
  coder,
  code,
  start,
  end: start + length,
});

describe("Krippendorff's unitizing alpha", () => {
  it('reproduces Krippendorff (2004, p. 254): α_c = 0.7286, α_k = 1, pooled 0.859', () => {
    // Two observers on the continuum [150, 450); figures as DKPro Statistics' tests reproduce them.
    const r = unitizingAlpha({
      coders: ['i', 'j'],
      begin: 150,
      length: 300,
      spans: [
        span('i', 'c', 225, 70),
        span('i', 'c', 370, 30),
        span('j', 'c', 220, 80),
        span('j', 'c', 355, 20),
        span('j', 'c', 400, 20),
        span('i', 'k', 180, 60),
        span('i', 'k', 300, 50),
        span('j', 'k', 180, 60),
        span('j', 'k', 300, 50),
      ],
    });
    const c = r.perCode.find((p) => p.code === 'c');
    const k = r.perCode.find((p) => p.code === 'k');
    expect(c?.observedDisagreement).toBeCloseTo(0.0144, 4);
    expect(c?.expectedDisagreement).toBeCloseTo(0.0532, 4);
    expect(c?.alpha).toBeCloseTo(0.7286, 4);
    expect(k).toMatchObject({ alpha: 1, observedDisagreement: 0 });
    expect(k?.expectedDisagreement).toBeCloseTo(0.049, 4);
    expect(Math.abs((r.pooled.alpha as number) - 0.8591)).toBeLessThan(1e-3);
  });

  it("reproduces the observed disagreements of Krippendorff's (1995, p. 57) four examples", () => {
    const coders = ['0', '1'];
    const spans = [
      ...[
        [2, 8, '0'],
        [14, 6, '0'],
        [4, 4, '1'],
        [15, 2, '1'],
      ].map(([s, l, c]) => span(String(c), 'A', Number(s), Number(l))),
      ...[
        [0, 18, '0'],
        [0, 2, '1'],
        [2, 1, '1'],
        [3, 1, '1'],
        [4, 1, '1'],
        [5, 1, '1'],
        [6, 3, '1'],
        [9, 1, '1'],
      ].map(([s, l, c]) => span(String(c), 'B', Number(s), Number(l))),
      ...[
        [2, 6, '0'],
        [10, 2, '0'],
        [14, 4, '0'],
        [20, 2, '0'],
        [0, 2, '1'],
        [4, 4, '1'],
        [10, 4, '1'],
        [16, 2, '1'],
        [20, 2, '1'],
      ].map(([s, l, c]) => span(String(c), 'C', Number(s), Number(l))),
      ...[
        [0, 2, '0'],
        [2, 8, '0'],
        [10, 4, '0'],
        [14, 6, '0'],
        [20, 4, '0'],
        [0, 4, '1'],
        [4, 4, '1'],
        [8, 7, '1'],
        [15, 2, '1'],
        [17, 7, '1'],
      ].map(([s, l, c]) => span(String(c), 'D', Number(s), Number(l))),
    ];
    const r = unitizingAlpha({ coders, length: 24, spans });
    const observed = Object.fromEntries(r.perCode.map((p) => [p.code, p.observedDisagreement]));
    // Published to five decimals (DKPro's test asserts them to 1e-5; C is 1/36 = 0.027777…).
    expect(observed.A).toBeCloseTo(0.03125, 4);
    expect(observed.B).toBeCloseTo(2.26736, 4);
    expect(observed.C).toBeCloseTo(1 / 36, 12);
    expect(observed.D).toBeCloseTo(0.38715, 4);
  });

  it('matches a hand computation, including a unit inside the other coder’s gap', () => {
    // L = 10. Code x: A [2,6), B [3,6): D_o = 2·1/(2·1·100), D_e = 23/362, α = 969/1150.
    // Code y: A [1,3), B nothing: D_o = 2·4/200 = 0.04, D_e = 12/378, α = −0.26.
    const r = unitizingAlpha({
      coders: ['A', 'B'],
      length: 10,
      spans: [span('A', 'x', 2, 4), span('B', 'x', 3, 3), span('A', 'y', 1, 2)],
    });
    const [x, y] = r.perCode;
    expect(x).toMatchObject({ code: 'x', units: 2 });
    expect(x?.observedDisagreement).toBeCloseTo(0.01, 15);
    expect(x?.expectedDisagreement).toBeCloseTo(23 / 362, 15);
    expect(x?.alpha).toBeCloseTo(969 / 1150, 12);
    expect(y?.alpha).toBeCloseTo(-0.26, 12);
    expect(r.pooled.alpha).toBeCloseTo(1 - 0.05 / (23 / 362 + 12 / 378), 12);
  });

  it('merges a coder’s own overlapping spans of one code', () => {
    const split = unitizingAlpha({
      coders: ['A', 'B'],
      length: 10,
      spans: [span('A', 'x', 2, 3), span('A', 'x', 4, 2), span('B', 'x', 3, 3)],
    });
    const whole = unitizingAlpha({
      coders: ['A', 'B'],
      length: 10,
      spans: [span('A', 'x', 2, 4), span('B', 'x', 3, 3)],
    });
    expect(split.perCode).toEqual(whole.perCode);
  });

  const study = fc.record({
    coders: fc.integer({ min: 2, max: 4 }),
    spans: fc.array(
      fc.record({
        coder: fc.integer({ min: 0, max: 3 }),
        code: fc.constantFrom('p', 'q'),
        start: fc.integer({ min: 0, max: 38 }),
        length: fc.integer({ min: 1, max: 12 }),
      }),
      { maxLength: 14 },
    ),
  });

  it('equals a direct sum over every pair of sections (the definition) on random spans', () => {
    fc.assert(
      fc.property(study, ({ coders, spans }) => {
        const input = toInput(coders, spans);
        const fast = unitizingAlpha(input);
        for (const code of fast.perCode) {
          const reference = referenceCode(
            input.spans.filter((s) => s.code === code.code),
            input.coders,
            40,
          );
          expect(code.observedDisagreement).toBeCloseTo(reference.observed, 12);
          expect(code.expectedDisagreement).toBeCloseTo(reference.expected, 12);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('is 1 when every coder codes the same spans, and ignores the order of coders', () => {
    fc.assert(
      fc.property(study, ({ coders, spans }) => {
        const input = toInput(coders, spans);
        const reordered = unitizingAlpha({
          ...input,
          coders: [...input.coders].reverse(),
          spans: [...input.spans].reverse(),
        });
        const a = unitizingAlpha(input).pooled.alpha;
        if (a === null) expect(reordered.pooled.alpha).toBeNull();
        else expect(reordered.pooled.alpha as number).toBeCloseTo(a, 10);
        const same = input.spans.filter((s) => s.coder === 'c0');
        fc.pre(same.length > 0);
        const copies = input.coders.flatMap((coder) => same.map((s) => ({ ...s, coder })));
        expect(unitizingAlpha({ ...input, spans: copies }).pooled.alpha).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});

function toInput(
  coders: number,
  spans: { coder: number; code: string; start: number; length: number }[],
) {
  return {
    coders: Array.from({ length: coders }, (_, i) => `c${i}`),
    length: 40,
    spans: spans
      .filter((s) => s.coder < coders)
      .map((s) => ({
        coder: `c${s.coder}`,
        code: s.code,
        start: s.start,
        end: Math.min(40, s.start + s.length),
      })),
  };
}

interface Section {
  unit: boolean;
  b: number;
  e: number;
}

/** Each coder's continuum cut into units (own overlaps merged) and gaps, straight from the definition. */
function sectionsOf(spans: CodedSpan[], coder: string, length: number): Section[] {
  const covered = new Array<boolean>(length).fill(false);
  const starts = new Set<number>();
  const mine = spans.filter((s) => s.coder === coder).sort((a, b) => a.start - b.start);
  let reach = -1;
  for (const s of mine) {
    if (s.start >= reach) starts.add(s.start);
    reach = Math.max(reach, s.end);
    for (let i = s.start; i < s.end; i++) covered[i] = true;
  }
  const sections: Section[] = [];
  for (let i = 0; i < length; i++) {
    const last = sections.at(-1);
    const newUnit = covered[i] && starts.has(i);
    if (last && last.unit === covered[i] && !newUnit) last.e = i + 1;
    else sections.push({ unit: covered[i] as boolean, b: i, e: i + 1 });
  }
  return sections;
}

function delta(g: Section, h: Section): number {
  const l = (s: Section) => s.e - s.b;
  if (g.unit && h.unit) return g.b < h.e && h.b < g.e ? (g.b - h.b) ** 2 + (g.e - h.e) ** 2 : 0;
  if (g.unit && !h.unit) return h.b <= g.b && g.e <= h.e ? l(g) ** 2 : 0;
  if (!g.unit && h.unit) return g.b <= h.b && h.e <= g.e ? l(h) ** 2 : 0;
  return 0;
}

function referenceCode(spans: CodedSpan[], coders: string[], L: number) {
  const m = coders.length;
  const sections = coders.map((c) => sectionsOf(spans, c, L));
  let sum = 0;
  sections.forEach((si, i) =>
    sections.forEach((sj, j) => {
      if (i !== j) for (const g of si) for (const h of sj) sum += delta(g, h);
    }),
  );
  const all = sections.flat();
  const units = all.filter((s) => s.unit).map((s) => s.e - s.b);
  const gaps = all.filter((s) => !s.unit).map((s) => s.e - s.b);
  let numerator = 0;
  for (const l of units) {
    numerator += ((units.length - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3;
    for (const g of gaps) if (g >= l) numerator += l * l * (g - l + 1);
  }
  const denominator = m * L * (m * L - 1) - units.reduce((s, l) => s + l * (l - 1), 0);
  return { observed: sum / (m * (m - 1) * L * L), expected: ((2 / L) * numerator) / denominator };
}
