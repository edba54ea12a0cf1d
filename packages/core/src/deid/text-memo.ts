/**
 * Per-text results of the whole-text passes that several rules read (the merged scan's sites, the
 * literal gate's triples, the gazetteer finders' word starts, a table's header cells). Recognizers
 * run one after another on the same text, so the last text's result is kept and reused. While a
 * text batch is open (`inTextBatch`, used by `detectIdentifiersBatch`, which runs each recognizer
 * over many texts before the next), every text's result is kept until the batch closes: otherwise
 * each recognizer would redo the passes of every text (measured: about 8% of the batch's time).
 *
 * A memo's value must depend on the text only (and on module state fixed at load time, which
 * `clear` covers when it changes), so a reused value is the value a fresh pass would give.
 */

export interface TextMemo<T> {
  (text: string): T;
  /** Forgets every kept result (the pass's inputs changed). */
  clear(): void;
}

/** Open batches (nested calls keep the outer batch's results). */
let openBatches = 0;
/** Every memo, all forgotten when an outermost batch opens or closes. */
const memos: TextMemo<unknown>[] = [];

/** `compute(text)`, kept for the last text and, inside a batch, for every text of the batch. */
export function textMemo<T>(compute: (text: string) => T): TextMemo<T> {
  let lastText: string | undefined;
  let last: T | undefined;
  const kept = new Map<string, T>();
  const memo = (text: string): T => {
    if (text === lastText) return last as T;
    let value: T;
    if (openBatches === 0) value = compute(text);
    else if (kept.has(text)) value = kept.get(text) as T;
    else kept.set(text, (value = compute(text)));
    lastText = text;
    last = value;
    return value;
  };
  memo.clear = () => {
    lastText = undefined;
    last = undefined;
    kept.clear();
  };
  memos.push(memo);
  return memo;
}

/** Whether a batch is open: a memo's value may be reused scratch space only when none is. */
export function inBatch(): boolean {
  return openBatches > 0;
}

/**
 * Runs `run` with every memo keeping each text's result, then lets them go. Keep the texts of
 * one batch bounded (their results are held together until it ends).
 */
export function inTextBatch<R>(run: () => R): R {
  // A value kept from outside the batch may be scratch space that a later text reuses.
  if (openBatches++ === 0) for (const memo of memos) memo.clear();
  try {
    return run();
  } finally {
    if (--openBatches === 0) for (const memo of memos) memo.clear();
  }
}
