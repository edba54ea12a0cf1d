/**
 * Limited-memory BFGS for smooth unconstrained minimisation (Nocedal & Wright, Numerical
 * Optimization, 2nd ed., 2006): the two-loop recursion of Algorithm 7.4 with the initial
 * Hessian scaling γ = sᵀy / yᵀy of eq. 7.20, and a line search for the strong Wolfe conditions
 * (Algorithms 3.5 and 3.6, zooming by bisection). A pair (s, y) with sᵀy ≤ 0 is not stored, as a
 * safeguard that keeps the implied Hessian positive definite. No randomness: the same start and
 * data give the same result.
 */

/** Returns f(x) and writes ∇f(x) into `grad`. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Correction pairs kept (m), default 10. */
  memory?: number;
  /** Default 200. */
  maxIterations?: number;
  /** Stop when ‖∇f‖∞ falls below this, default 1e-6. */
  gradientTolerance?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  converged: boolean;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};

/** a·x + y as a new array (a plain loop: Float64Array.from with a map function is slow in V8). */
function axpy(a: number, x: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = a * (x[i] as number) + (y[i] as number);
  return out;
}

const maxAbs = (a: Float64Array) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** p = −H∇f by the two-loop recursion over the stored pairs (oldest first). */
function direction(grad: Float64Array, s: Float64Array[], y: Float64Array[]): Float64Array {
  const q = Float64Array.from(grad);
  const alpha = new Array<number>(s.length);
  for (let i = s.length - 1; i >= 0; i--) {
    const si = s[i] as Float64Array;
    const yi = y[i] as Float64Array;
    alpha[i] = dot(si, q) / dot(yi, si);
    for (let j = 0; j < q.length; j++)
      q[j] = (q[j] as number) - (alpha[i] as number) * (yi[j] as number);
  }
  const last = s.length - 1;
  const gamma =
    last >= 0
      ? dot(s[last] as Float64Array, y[last] as Float64Array) /
        dot(y[last] as Float64Array, y[last] as Float64Array)
      : 1;
  for (let j = 0; j < q.length; j++) q[j] = (q[j] as number) * gamma;
  for (let i = 0; i < s.length; i++) {
    const si = s[i] as Float64Array;
    const yi = y[i] as Float64Array;
    const beta = dot(yi, q) / dot(yi, si);
    for (let j = 0; j < q.length; j++)
      q[j] = (q[j] as number) + (si[j] as number) * ((alpha[i] as number) - beta);
  }
  for (let j = 0; j < q.length; j++) q[j] = -(q[j] as number);
  return q;
}

interface Step {
  x: Float64Array;
  grad: Float64Array;
  value: number;
  /** Step length along the search direction that reached this point. */
  alpha: number;
}

const C1 = 1e-4;
const C2 = 0.9;

/** The point from + αp with its value and gradient. */
function probe(f: Objective, from: Step, p: Float64Array, alpha: number): Step {
  const x = axpy(alpha, p, from.x);
  const grad = new Float64Array(x.length);
  return { x, grad, value: f(x, grad), alpha };
}

/** Armijo's sufficient decrease: φ(α) ≤ φ(0) + c₁ α φ′(0). */
const decreases = (from: Step, slope0: number, t: Step) =>
  t.value <= from.value + C1 * t.alpha * slope0;

/**
 * Zoom between a step `lo` that decreases f enough and a step `hi` (Algorithm 3.6), by
 * bisection, until the strong Wolfe conditions hold; the best sufficient-decrease step
 * otherwise (null when there is none).
 */
function zoom(f: Objective, from: Step, p: Float64Array, slope0: number, lo: Step, hi: Step) {
  for (let k = 0; k < 30; k++) {
    const t = probe(f, from, p, (lo.alpha + hi.alpha) / 2);
    if (!decreases(from, slope0, t) || t.value >= lo.value) hi = t;
    else {
      const slope = dot(t.grad, p);
      if (Math.abs(slope) <= -C2 * slope0) return t;
      if (slope * (hi.alpha - lo.alpha) >= 0) hi = lo;
      lo = t;
    }
  }
  return lo.alpha > 0 ? lo : null;
}

/**
 * A step meeting the strong Wolfe conditions (Nocedal & Wright, Algorithm 3.5, c₁ = 10⁻⁴,
 * c₂ = 0.9): sufficient decrease, and |φ′(α)| ≤ c₂ |φ′(0)| so that sᵀy > 0 and the curvature
 * pair is informative. Trial steps start at 1 and double, so a short quasi-Newton step can grow.
 */
function lineSearch(f: Objective, from: Step, p: Float64Array): Step | null {
  const slope0 = dot(from.grad, p);
  if (!(slope0 < 0)) return null;
  let prev: Step = { ...from, alpha: 0 };
  for (let k = 0, alpha = 1; k < 30; k++, alpha *= 2) {
    const t = probe(f, from, p, alpha);
    if (!decreases(from, slope0, t) || (k > 0 && t.value >= prev.value))
      return zoom(f, from, p, slope0, prev, t);
    const slope = dot(t.grad, p);
    if (Math.abs(slope) <= -C2 * slope0) return t;
    if (slope >= 0) return zoom(f, from, p, slope0, t, prev);
    prev = t;
  }
  return prev.alpha > 0 ? prev : null;
}

const done = (at: Step, iterations: number, converged: boolean): LbfgsResult => ({
  x: at.x,
  value: at.value,
  iterations,
  converged,
});

export function minimizeLbfgs(
  f: Objective,
  x0: Float64Array,
  options: LbfgsOptions = {},
): LbfgsResult {
  const m = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.gradientTolerance ?? 1e-6;
  const grad0 = new Float64Array(x0.length);
  let at: Step = { x: Float64Array.from(x0), grad: grad0, value: f(x0, grad0), alpha: 0 };
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  for (let k = 0; k < maxIterations; k++) {
    if (maxAbs(at.grad) < tolerance) return done(at, k, true);
    let next = lineSearch(f, at, direction(at.grad, s, y));
    // A stale curvature model can give an uphill direction: restart from steepest descent.
    if (!next && s.length) {
      s.length = y.length = 0;
      next = lineSearch(f, at, direction(at.grad, s, y));
    }
    if (!next) return done(at, k, false);
    const sk = axpy(-1, at.x, next.x);
    const yk = axpy(-1, at.grad, next.grad);
    if (dot(sk, yk) > 1e-12) {
      s.push(sk);
      y.push(yk);
      if (s.length > m) {
        s.shift();
        y.shift();
      }
    }
    at = next;
  }
  return done(at, maxIterations, maxAbs(at.grad) < tolerance);
}
