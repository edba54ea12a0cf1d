/**
 * An independent exact computation of Krippendorff's alpha for the tests: rational arithmetic on
 * BigInt fractions over the coincidence matrix, written from Krippendorff (2011) without
 * sharing code with the implementation under test.
 */
export class Fraction {
  readonly num: bigint;
  readonly den: bigint;
  constructor(num: bigint, den = 1n) {
    if (den === 0n) throw new RangeError('zero denominator');
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num < 0n ? -num : num, den < 0n ? -den : den) || 1n;
    this.num = (sign * num) / g;
    this.den = (sign * den) / g;
  }
  static of(n: number): Fraction {
    return Fraction.decimal(String(n));
  }
  /** Exact value of a decimal literal such as `2.5`. */
  static decimal(text: string): Fraction {
    const [whole, part = ''] = text.split('.');
    return new Fraction(BigInt(`${whole}${part}`), 10n ** BigInt(part.length));
  }
  add(o: Fraction): Fraction {
    return new Fraction(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Fraction): Fraction {
    return this.add(new Fraction(-o.num, o.den));
  }
  mul(o: Fraction): Fraction {
    return new Fraction(this.num * o.num, this.den * o.den);
  }
  div(o: Fraction): Fraction {
    return new Fraction(this.num * o.den, this.den * o.num);
  }
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

const ZERO = new Fraction(0n);
const ONE = new Fraction(1n);

type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** α for data with rows = coders, columns = units (Krippendorff's own layout), null = missing. */
export function exactAlpha(byCoder: (number | null)[][], level: Level): Fraction {
  const unitCount = Math.max(...byCoder.map((r) => r.length));
  const values = [...new Set(byCoder.flat().filter((v): v is number => v !== null))].sort(
    (a, b) => a - b,
  );
  const o = values.map(() => values.map(() => ZERO));
  for (let u = 0; u < unitCount; u++) {
    const inUnit = byCoder.map((r) => r[u] ?? null).filter((v): v is number => v !== null);
    const m = inUnit.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const c = values.indexOf(inUnit[i] as number);
        const k = values.indexOf(inUnit[j] as number);
        (o[c] as Fraction[])[k] = (o[c]?.[k] as Fraction).add(new Fraction(1n, BigInt(m - 1)));
      }
  }
  const nc = o.map((row) => row.reduce((s, x) => s.add(x), ZERO));
  const n = nc.reduce((s, x) => s.add(x), ZERO);
  let observed = ZERO;
  let expected = ZERO;
  values.forEach((_, c) =>
    values.forEach((__, k) => {
      const d = delta(level, values, nc, c, k);
      observed = observed.add((o[c]?.[k] as Fraction).mul(d));
      expected = expected.add((nc[c] as Fraction).mul(nc[k] as Fraction).mul(d));
    }),
  );
  return ONE.sub(n.sub(ONE).mul(observed).div(expected));
}

function delta(level: Level, values: number[], nc: Fraction[], c: number, k: number): Fraction {
  const vc = Fraction.of(values[c] as number);
  const vk = Fraction.of(values[k] as number);
  if (level === 'nominal') return c === k ? ZERO : ONE;
  if (level === 'interval') return vc.sub(vk).mul(vc.sub(vk));
  if (level === 'ratio') {
    if (c === k) return ZERO;
    const r = vc.sub(vk).div(vc.add(vk));
    return r.mul(r);
  }
  let between = ZERO;
  for (let g = Math.min(c, k); g <= Math.max(c, k); g++) between = between.add(nc[g] as Fraction);
  const d = between.sub((nc[c] as Fraction).add(nc[k] as Fraction).div(new Fraction(2n)));
  return d.mul(d);
}
