/** Scoring for `npm run eval:logs` (see eval-logs.ts for the metric definitions). */
import { EVENT_TYPES, type LogAnalysis } from '../packages/core/src/logs/index.js';

export interface GoldLog {
  file: string;
  entries: { index: number; agencies: string[]; event: string; framing: string }[];
  turningPoints: { entry: number; type: string }[];
  continuum: number;
  notes?: string;
}

export interface Scores {
  logs: number;
  entries: number;
  metrics: Record<string, number>;
  disagreements: string[];
}

const f1 = (tp: number, fp: number, fn: number) =>
  tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);

function eventMacroF1(pairs: [string, string][]): number {
  const used = EVENT_TYPES.filter((e) => pairs.some(([g, p]) => g === e || p === e));
  const scores = used.map((e) => {
    const tp = pairs.filter(([g, p]) => g === e && p === e).length;
    const fp = pairs.filter(([g, p]) => g !== e && p === e).length;
    const fn = pairs.filter(([g, p]) => g === e && p !== e).length;
    return f1(tp, fp, fn);
  });
  return scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
}

interface TpCounts {
  tp: number;
  fp: number;
  fn: number;
  typeRight: number;
}

/** Greedy matching: each gold point takes the nearest unmatched prediction within ±1, same type first. */
function matchTurningPoints(
  gold: GoldLog['turningPoints'],
  pred: LogAnalysis['turningPoints'],
): TpCounts {
  const free = pred.map((p) => ({ entry: p.entry, type: p.type as string, used: false }));
  let tp = 0;
  let typeRight = 0;
  for (const g of gold) {
    const near = free.filter((p) => !p.used && Math.abs(p.entry - g.entry) <= 1);
    const pick =
      near.find((p) => p.type === g.type) ??
      near.sort((a, b) => Math.abs(a.entry - g.entry) - Math.abs(b.entry - g.entry))[0];
    if (!pick) continue;
    pick.used = true;
    tp++;
    if (pick.type === g.type) typeRight++;
  }
  return { tp, fp: free.filter((p) => !p.used).length, fn: gold.length - tp, typeRight };
}

export function scoreSet(gold: GoldLog[], predicted: LogAnalysis[]): Scores {
  const events: [string, string][] = [];
  const agency = { tp: 0, fp: 0, fn: 0 };
  const tps = { tp: 0, fp: 0, fn: 0, typeRight: 0 };
  let framingRight = 0;
  let exact = 0;
  let withinOne = 0;
  const disagreements: string[] = [];
  gold.forEach((g, li) => {
    const p = predicted[li] as LogAnalysis;
    for (const ge of g.entries) {
      const pe = p.entries[ge.index];
      const pEvent = pe?.event ?? 'other';
      events.push([ge.event, pEvent]);
      const pa = new Set(pe?.agencies ?? []);
      const ga = new Set(ge.agencies);
      for (const a of ga)
        if (pa.has(a)) agency.tp++;
        else agency.fn++;
      for (const a of pa) if (!ga.has(a)) agency.fp++;
      if (pe?.framing === ge.framing) framingRight++;
      const diff: string[] = [];
      if (pEvent !== ge.event) diff.push(`event ${ge.event}≠${pEvent}`);
      if (pe?.framing !== ge.framing) diff.push(`framing ${ge.framing}≠${pe?.framing}`);
      if ([...ga].sort().join() !== [...pa].sort().join())
        diff.push(`agencies [${[...ga].sort()}]≠[${[...pa].sort()}]`);
      if (diff.length) disagreements.push(`${g.file}#${ge.index}: ${diff.join('; ')}`);
    }
    const m = matchTurningPoints(g.turningPoints, p.turningPoints);
    tps.tp += m.tp;
    tps.fp += m.fp;
    tps.fn += m.fn;
    tps.typeRight += m.typeRight;
    const gtp = g.turningPoints.map((t) => `${t.entry}:${t.type}`).join(' ');
    const ptp = p.turningPoints.map((t) => `${t.entry}:${t.type}`).join(' ');
    if (gtp !== ptp) disagreements.push(`${g.file} TP gold [${gtp}] pred [${ptp}]`);
    if (p.continuum.level === g.continuum) exact++;
    else disagreements.push(`${g.file} continuum gold ${g.continuum} pred ${p.continuum.level}`);
    if (Math.abs(p.continuum.level - g.continuum) <= 1) withinOne++;
  });
  const precision = tps.tp / Math.max(1, tps.tp + tps.fp);
  const recall = tps.tp / Math.max(1, tps.tp + tps.fn);
  return {
    logs: gold.length,
    entries: events.length,
    metrics: {
      eventMacroF1: eventMacroF1(events),
      agencyF1: f1(agency.tp, agency.fp, agency.fn),
      framingAccuracy: framingRight / Math.max(1, events.length),
      turningPointPrecision: precision,
      turningPointRecall: recall,
      turningPointF1: f1(tps.tp, tps.fp, tps.fn),
      turningPointTypeAccuracy: tps.typeRight / Math.max(1, tps.tp),
      continuumExact: exact / Math.max(1, gold.length),
      continuumWithinOne: withinOne / Math.max(1, gold.length),
    },
    disagreements,
  };
}
