/**
 * TF-IDF vectors over a fixed vocabulary, with sublinear term frequency and L2-normalised rows
 * (Manning, Raghavan & Schütze, Introduction to Information Retrieval, 2008, §6.2–6.4):
 *
 *   w(t, d) = (1 + ln tf(t, d)) · idf(t),   idf(t) = ln((1 + N) / (1 + df(t))) + 1
 *
 * where N is the number of training units and df(t) the number that contain t. The "+1"s are
 * scikit-learn's smoothed idf (TfidfTransformer, smooth_idf=True): as if one extra unit held
 * every term, so no idf is zero or infinite.
 */

/** A sparse vector: `indices` strictly increasing, `values` aligned with them. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

export interface TfidfModel {
  /** Feature names, by index. */
  terms: string[];
  index: ReadonlyMap<string, number>;
  idf: Float64Array;
}

function documentFrequencies(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * Learns the vocabulary (terms in at least `minDf` units: rarer ones cannot generalise) and
 * their idf, in sorted term order so the model does not depend on Map iteration order.
 */
export function fitTfidf(docs: string[][], minDf = 2): TfidfModel {
  const df = documentFrequencies(docs);
  const terms = [...df.keys()].filter((t) => (df.get(t) as number) >= minDf).sort();
  const n = docs.length;
  const idf = Float64Array.from(terms, (t) => Math.log((1 + n) / (1 + (df.get(t) as number))) + 1);
  return { terms, index: new Map(terms.map((t, i) => [t, i])), idf };
}

/** The unit's L2-normalised TF-IDF vector; unknown terms are ignored. */
export function tfidfVector(model: TfidfModel, features: string[]): SparseVector {
  const tf = new Map<number, number>();
  for (const f of features) {
    const i = model.index.get(f);
    if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const indices = [...tf.keys()].sort((a, b) => a - b);
  const values = indices.map((i) => (1 + Math.log(tf.get(i) as number)) * (model.idf[i] as number));
  const norm = Math.hypot(...values);
  return { indices, values: norm > 0 ? values.map((v) => v / norm) : values };
}
