/**
 * L2-regularised binary logistic regression on sparse features, fitted with L-BFGS. It
 * minimises the mean negative log-likelihood plus a ridge penalty (Hastie, Tibshirani &
 * Friedman, The Elements of Statistical Learning, 2nd ed., 2009, §4.4 and eq. 4.31):
 *
 *   J(w, b) = (1/n) Σᵢ [ softplus(zᵢ) − yᵢ zᵢ ] + (λ/2) ‖w‖²,   zᵢ = wᵀxᵢ + b,
 *   ∇_w J = (1/n) Σᵢ (σ(zᵢ) − yᵢ) xᵢ + λ w,   ∂J/∂b = (1/n) Σᵢ (σ(zᵢ) − yᵢ),
 *
 * with σ(z) = 1 / (1 + e^−z) and softplus(z) = ln(1 + e^z) = max(z, 0) + ln(1 + e^−|z|) (the
 * stable form). The intercept b is not penalised. J is strictly convex for λ > 0, so L-BFGS from
 * zero reaches the one minimum whatever the order of the data.
 */
import { minimizeLbfgs, type LbfgsOptions } from './lbfgs.js';
import type { SparseVector } from './tfidf.js';

export interface BinaryLogistic {
  weights: Float64Array;
  bias: number;
  iterations: number;
  converged: boolean;
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

const softplus = (z: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));

/** wᵀx + b for a sparse x. */
export function linear(weights: Float64Array, bias: number, x: SparseVector): number {
  let z = bias;
  for (let k = 0; k < x.indices.length; k++)
    z += (weights[x.indices[k] as number] as number) * (x.values[k] as number);
  return z;
}

/** J and its gradient; parameters are [w₀ … w_{d−1}, b]. */
function objective(xs: SparseVector[], y: Uint8Array, lambda: number) {
  return (theta: Float64Array, grad: Float64Array): number => {
    const dim = theta.length - 1;
    const bias = theta[dim] as number;
    let loss = 0;
    grad.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as SparseVector;
      const z = linear(theta, bias, x);
      loss += softplus(z) - (y[i] as number) * z;
      const r = (sigmoid(z) - (y[i] as number)) / xs.length;
      for (let k = 0; k < x.indices.length; k++) {
        const j = x.indices[k] as number;
        grad[j] = (grad[j] as number) + r * (x.values[k] as number);
      }
      grad[dim] = (grad[dim] as number) + r;
    }
    let penalty = 0;
    for (let j = 0; j < dim; j++) {
      penalty += (theta[j] as number) ** 2;
      grad[j] = (grad[j] as number) + lambda * (theta[j] as number);
    }
    return loss / xs.length + (lambda / 2) * penalty;
  };
}

/** Fits w and b for labels y ∈ {0, 1} over `dim` features. */
export function fitLogistic(
  xs: SparseVector[],
  y: Uint8Array,
  dim: number,
  lambda: number,
  options: LbfgsOptions = {},
): BinaryLogistic {
  if (xs.length === 0 || xs.length !== y.length)
    throw new RangeError(`need one label per unit (got ${xs.length} units, ${y.length} labels)`);
  const fit = minimizeLbfgs(objective(xs, y, lambda), new Float64Array(dim + 1), options);
  return {
    weights: fit.x.subarray(0, dim),
    bias: fit.x[dim] as number,
    iterations: fit.iterations,
    converged: fit.converged,
  };
}
