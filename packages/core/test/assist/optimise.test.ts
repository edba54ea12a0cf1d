import { describe, expect, it } from 'vitest';
import { fitLogistic, minimizeLbfgs, type SparseVector } from '../../src/assist/index.js';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    // f(x, y) = (1 − x)² + 100 (y − x²)² (Nocedal & Wright 2006, eq. 2.22), minimum 0 at (1, 1).
    const result = minimizeLbfgs(
      (v, g) => {
        const [x, y] = [v[0] as number, v[1] as number];
        g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
        g[1] = 200 * (y - x * x);
        return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
      },
      Float64Array.from([-1.2, 1]),
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it('solves a convex quadratic exactly', () => {
    // f(x) = ½ xᵀAx − bᵀx with A = [[4, 1], [1, 3]], b = [1, 2]: x* = A⁻¹b = (1/11, 7/11).
    const result = minimizeLbfgs((v, g) => {
      const [x, y] = [v[0] as number, v[1] as number];
      g[0] = 4 * x + y - 1;
      g[1] = x + 3 * y - 2;
      return 0.5 * (4 * x * x + 2 * x * y + 3 * y * y) - x - 2 * y;
    }, new Float64Array(2));
    expect(result.x[0]).toBeCloseTo(1 / 11, 8);
    expect(result.x[1]).toBeCloseTo(7 / 11, 8);
  });
});

describe('fitLogistic', () => {
  it('with no features, learns the log-odds of the positive rate as its intercept', () => {
    const xs: SparseVector[] = Array.from({ length: 10 }, () => ({ indices: [], values: [] }));
    const y = Uint8Array.from([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    const fit = fitLogistic(xs, y, 3, 0.1);
    expect(fit.bias).toBeCloseTo(Math.log(0.3 / 0.7), 6);
    expect([...fit.weights]).toEqual([0, 0, 0]);
  });

  it('meets the first-order condition of the regularised likelihood', () => {
    // Gradient of J from the textbook formula, computed here independently of the fit.
    const xs: SparseVector[] = [
      { indices: [0], values: [1] },
      { indices: [0, 1], values: [0.6, 0.8] },
      { indices: [1], values: [1] },
      { indices: [1], values: [1] },
      { indices: [0], values: [1] },
    ];
    const y = Uint8Array.from([1, 1, 0, 0, 0]);
    const lambda = 0.05;
    const fit = fitLogistic(xs, y, 2, lambda);
    const grad = [lambda * (fit.weights[0] as number), lambda * (fit.weights[1] as number), 0];
    xs.forEach((x, i) => {
      const z =
        fit.bias +
        x.indices.reduce((s, j, k) => s + (fit.weights[j] as number) * (x.values[k] as number), 0);
      const r = (1 / (1 + Math.exp(-z)) - (y[i] as number)) / xs.length;
      x.indices.forEach((j, k) => (grad[j] = (grad[j] as number) + r * (x.values[k] as number)));
      grad[2] = (grad[2] as number) + r;
    });
    for (const g of grad) expect(Math.abs(g)).toBeLessThan(1e-6);
    expect(fit.weights[0]).toBeGreaterThan(fit.weights[1] as number);
  });

  it('refuses mismatched labels', () => {
    expect(() => fitLogistic([{ indices: [], values: [] }], new Uint8Array(2), 1, 1)).toThrow(
      'one label per unit',
    );
  });
});
