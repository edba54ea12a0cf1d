/**
 * How well predicted entry labels match a researcher's: event accuracy and macro-F1, framing
 * accuracy and agency F1, as `npm run eval:logs` reports them (docs/log-analysis.md), over
 * entries pooled from any number of logs. Macro-F1 is the unweighted mean of the per-label F1
 * over the labels that occur in the gold or the predictions (Sokolova & Lapalme, "A systematic
 * analysis of performance measures for classification tasks", 2009, Table 3); agency F1 is
 * micro-averaged over every (entry, agency) pair.
 */

/** The labels of one entry. */
export interface LabelledEntry {
  event: string;
  framing: string;
  agencies: readonly string[];
}

export interface EntryLabelScores {
  entries: number;
  eventAccuracy: number;
  eventMacroF1: number;
  framingAccuracy: number;
  agencyF1: number;
}

/** The four scores as reports name them, in the order they print them. */
export const ENTRY_SCORE_NAMES: readonly [keyof Omit<EntryLabelScores, 'entries'>, string][] = [
  ['eventMacroF1', 'event macro-F1'],
  ['eventAccuracy', 'event accuracy'],
  ['framingAccuracy', 'framing accuracy'],
  ['agencyF1', 'agency F1'],
];

/** F1 from counts; 1 when there was nothing to find and nothing was found. */
const f1 = (tp: number, fp: number, fn: number) =>
  tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);

function macroF1(gold: readonly string[], pred: readonly string[]): number {
  const labels = [...new Set([...gold, ...pred])];
  if (labels.length === 0) return 0;
  const perLabel = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (g === label && p === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    return f1(tp, fp, fn);
  });
  return perLabel.reduce((a, b) => a + b, 0) / labels.length;
}

const accuracy = (gold: readonly string[], pred: readonly string[]) =>
  gold.length === 0 ? 0 : gold.filter((g, i) => g === pred[i]).length / gold.length;

function agencyF1(gold: readonly LabelledEntry[], pred: readonly LabelledEntry[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = new Set(pred[i]!.agencies);
    const want = new Set(g.agencies);
    for (const a of p)
      if (want.has(a)) tp++;
      else fp++;
    for (const a of want) if (!p.has(a)) fn++;
  });
  return f1(tp, fp, fn);
}

/** Scores `pred` against `gold`, entry by entry (the same length, the same order). */
export function scoreEntryLabels(
  gold: readonly LabelledEntry[],
  pred: readonly LabelledEntry[],
): EntryLabelScores {
  if (gold.length !== pred.length)
    throw new Error(`${gold.length} gold entries but ${pred.length} predicted`);
  const events = [gold.map((e) => e.event), pred.map((e) => e.event)] as const;
  return {
    entries: gold.length,
    eventAccuracy: accuracy(...events),
    eventMacroF1: macroF1(...events),
    framingAccuracy: accuracy(
      gold.map((e) => e.framing),
      pred.map((e) => e.framing),
    ),
    agencyF1: agencyF1(gold, pred),
  };
}
