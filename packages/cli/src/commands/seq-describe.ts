/**
 * `liaison seq describe <csv> | --study <path>`: TraMineR's descriptives of a wide-format sequence file —
 * transition rates (`seqtrate`), state distribution and entropy per position (`seqstatd`),
 * mean time in each state (`seqmeant`) and within-sequence entropy (`seqient`). JSON output:
 * `{sequences, alphabet, positions, transitionRates: {counts, rates}, distribution:
 * [{position, frequencies, validStates, entropy, entropyNormalised}], meanTime: [{state, mean,
 * variance, sd, se}], sequenceEntropy: [{id, entropy}]}`; matrices are `[from][to]` in alphabet
 * order and `frequencies` is keyed by state. `--svg <file>` also draws the state distribution
 * and the sequence index plot.
 */
import {
  meanTimeInState,
  sequenceEntropy,
  sequenceIndexPlotSvg,
  stackSvgs,
  stateDistribution,
  stateDistributionPlotSvg,
  transitionRates,
  type WideSequences,
} from '@liaison/core';
import type { CliContext } from '../context.js';
import { printJson } from '../io.js';
import { formatTable } from '../table.js';
import { writeSvg } from './seq-cluster.js';
import { loadSequencesFrom, type SeqInputOptions } from './seq-input.js';
import type { SeqStudyOptions } from './seq-study.js';

export async function seqDescribe(
  ctx: CliContext,
  file: string | undefined,
  opts: SeqInputOptions & SeqStudyOptions & { json?: boolean; svg?: string },
): Promise<void> {
  const set = await loadSequencesFrom(ctx, file, opts);
  const description = describeSequences(set);
  if (opts.svg !== undefined) await writeSvg(ctx, opts.svg, describePlots(set));
  if (opts.json) printJson(ctx.io, description);
  else ctx.io.stdout(humanDescription(description));
}

type Description = ReturnType<typeof describeSequences>;

export function describeSequences(set: WideSequences) {
  const options = { weights: set.weights };
  const distribution = stateDistribution(set, options);
  const mean = meanTimeInState(set, options);
  const entropy = sequenceEntropy(set);
  const byState = (values: number[]) =>
    Object.fromEntries(set.alphabet.map((s, i) => [s, values[i] as number]));
  return {
    sequences: set.ids.length,
    weighted: set.weights !== undefined,
    alphabet: set.alphabet,
    positions: set.positionNames,
    transitionRates: transitionRates(set, options),
    distribution: distribution.frequencies.map((frequencies, t) => ({
      position: set.positionNames[t] ?? String(t + 1),
      frequencies: byState(frequencies),
      validStates: distribution.validStates[t] as number,
      entropy: distribution.entropy[t] as number,
      entropyNormalised: distribution.entropyNormalised[t] as number,
    })),
    meanTime: set.alphabet.map((state, s) => ({
      state,
      mean: mean.mean[s] as number,
      variance: mean.variance[s] as number,
      sd: mean.sd[s] as number,
      se: mean.se[s] as number,
    })),
    sequenceEntropy: set.ids.map((id, i) => ({ id, entropy: entropy[i] as number })),
  };
}

/** `seqdplot` above `seqIplot`, as TraMineR users look at a new data set first. */
function describePlots(set: WideSequences): string {
  const positionNames = set.positionNames;
  const distribution = stateDistribution(set, { weights: set.weights });
  return stackSvgs([
    stateDistributionPlotSvg(distribution, { positionNames, title: 'State distribution' }),
    sequenceIndexPlotSvg(set, { positionNames, title: 'Sequences (index plot)' }),
  ]);
}

const fixed = (x: number, digits = 6): string => x.toFixed(digits);

function humanDescription(d: Description): string {
  const weighted = d.weighted ? ', weighted' : '';
  const head = `${d.sequences} sequences, ${d.positions.length} positions, states ${d.alphabet.join(' ')}${weighted}\n`;
  const rates = formatTable([
    ['', ...d.alphabet.map((s) => `-> ${s}`)],
    ...d.transitionRates.rates.map((row, a) => [
      `${d.alphabet[a]} ->`,
      ...row.map((r) => fixed(r)),
    ]),
  ]);
  const distribution = formatTable([
    ['position', ...d.alphabet, 'valid', 'entropy'],
    ...d.distribution.map((p) => [
      p.position,
      ...d.alphabet.map((s) => fixed(p.frequencies[s] as number, 4)),
      String(p.validStates),
      fixed(p.entropyNormalised, 4),
    ]),
  ]);
  const mean = formatTable([
    ['state', 'mean', 'sd', 'se'],
    ...d.meanTime.map((m) => [m.state, fixed(m.mean, 4), fixed(m.sd, 4), fixed(m.se, 4)]),
  ]);
  const entropy = d.sequenceEntropy.reduce((s, e) => s + e.entropy, 0) / d.sequences;
  return [
    head,
    'Transition rates (seqtrate)\n' + rates,
    'State distribution and normalised entropy per position (seqstatd)\n' + distribution,
    'Mean time in state (seqmeant)\n' + mean,
    `Mean within-sequence entropy (seqient): ${fixed(entropy, 4)}\n`,
  ].join('\n');
}
