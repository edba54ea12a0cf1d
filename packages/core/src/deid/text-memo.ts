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

/**
 * Position of each text of the outermost open batch (its first, when a text repeats), or null.
 * A memo keeps a batch text's value in an array at that position: one map lookup per text and
 * rule (`batchPosition`, shared by every memo) instead of a lookup in each memo's own map, which
 * made batches about 5% faster. Texts given outside the list (none today) use the map.
 */
let positions: Map<string, number> | null = null;
/** The texts of the outermost open batch, and the position `positions` gives each index. */
let batchTexts: readonly string[] = [];
let firstPositions: number[] = [];
/**
 * The last text `batchPosition` looked up, its position (-1: not a batch text) and its index in
 * `batchTexts` (-1 when unknown).
 */
let positionText: string | undefined;
let positionAt = -1;
let positionIndex = -1;

function batchPosition(text: string): number {
  if (text === positionText) return positionAt;
  positionText = text;
  // Each rule reads the batch's texts in order: the text after the last one is tried before the
  // map (a lookup there cost about 1% of a batch).
  const next = positionIndex + 1;
  if (next < batchTexts.length && batchTexts[next] === text) {
    positionIndex = next;
    positionAt = firstPositions[next]!;
  } else {
    positionAt = positions?.get(text) ?? -1;
    positionIndex = positionAt;
  }
  return positionAt;
}

/** `compute(text)`, kept for the last text and, inside a batch, for every text of the batch. */
export function textMemo<T>(compute: (text: string) => T): TextMemo<T> {
  let lastText: string | undefined;
  let last: T | undefined;
  const kept = new Map<string, T>();
  /** Values by batch position; a hole (undefined) is not computed yet. */
  const byPosition: (T | undefined)[] = [];
  const memo = (text: string): T => {
    if (text === lastText) return last as T;
    let value: T;
    if (openBatches === 0) value = compute(text);
    else value = keptValue(text);
    lastText = text;
    last = value;
    return value;
  };
  const keptValue = (text: string): T => {
    const at = batchPosition(text);
    if (at >= 0) {
      const held = byPosition[at];
      // A value may be undefined only if `compute` returns it: then it is computed again.
      return held !== undefined ? held : (byPosition[at] = compute(text));
    }
    if (kept.has(text)) return kept.get(text) as T;
    const value = compute(text);
    kept.set(text, value);
    return value;
  };
  memo.clear = () => {
    lastText = undefined;
    last = undefined;
    kept.clear();
    byPosition.length = 0;
  };
  memos.push(memo);
  return memo;
}

/** Whether a batch is open: a memo's value may be reused scratch space only when none is. */
export function inBatch(): boolean {
  return openBatches > 0;
}

/** Outermost batches opened so far: memory handed out for one batch is free once the next opens. */
let batchesOpened = 0;

export function batchNumber(): number {
  return batchesOpened;
}

/**
 * Runs `run` with every memo keeping each text's result, then lets them go. Keep the texts of
 * one batch bounded (their results are held together until it ends). `texts`, when given, are
 * the texts `run` reads (any other text is still memoized, by a map).
 */
export function inTextBatch<R>(run: () => R, texts?: readonly string[]): R {
  // A value kept from outside the batch may be scratch space that a later text reuses.
  if (openBatches++ === 0) {
    batchesOpened++;
    for (const memo of memos) memo.clear();
    positions = texts ? positionsOf(texts) : null;
    batchTexts = texts ?? [];
    firstPositions = batchTexts.map((text) => positions!.get(text)!);
  }
  try {
    return run();
  } finally {
    if (--openBatches === 0) {
      for (const memo of memos) memo.clear();
      positions = null;
      batchTexts = [];
      firstPositions = [];
      positionText = undefined;
      positionAt = -1;
      positionIndex = -1;
    }
  }
}

/** Each text's first position in `texts`. */
function positionsOf(texts: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) if (!out.has(texts[i]!)) out.set(texts[i]!, i);
  return out;
}
