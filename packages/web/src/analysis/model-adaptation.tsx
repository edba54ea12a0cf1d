/**
 * Adapting the lexicon's learnt models to the researcher's corrections (`POST /api/analysis/adapt`,
 * docs/log-analysis.md "Adapting the models to a study"): which logs training takes (those
 * marked reviewed once any is, else those with a corrected entry), a check first, a
 * cross-validation over those logs shown as a table of the current and adapted scores with the
 * logs named, then saving the adapted lexicon only when the check showed a gain. Saving changes
 * the analysis of every log the researcher has not corrected, so the page reloads its summary.
 */
import { ENTRY_SCORE_NAMES } from '@liaison/core';
import { useState } from 'react';
import { ApiRequestError } from '../api/client.js';
import { analysisApi, type AdaptationResponse } from '../api/analysis-api.js';
import type { TrainingBasis, TrainingBasisSummary } from '../api/types.js';
import { plural } from '../format.js';

type Adaptation = AdaptationResponse['adaptation'];

type State =
  | { status: 'idle' }
  | { status: 'working'; saving: boolean; last?: Adaptation }
  | { status: 'checked'; result: Adaptation }
  | { status: 'error'; error: ApiRequestError; last?: Adaptation };

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;

function asApiError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  return new ApiRequestError('bad_response', 'The check could not be run. Try again.', 0);
}

function lastOf(state: State): Adaptation | undefined {
  if (state.status === 'checked') return state.result;
  return state.status === 'idle' ? undefined : state.last;
}

/** How the table's caption and the trained-on line name the logs of each basis. */
const BASIS_LOGS: Record<TrainingBasis, [string, string]> = {
  marked: ['log marked reviewed', 'logs marked reviewed'],
  corrected: ['log with a corrected entry', 'logs with a corrected entry'],
};

/** Which logs a check will train on, from the summary's counts. */
function TrainingNote({ training }: { training: TrainingBasisSummary }) {
  const { basis, marked, corrected } = training;
  if (basis === 'marked')
    return (
      <p className="training-basis">
        {plural(marked, 'log is', 'logs are')} marked reviewed, so the check trains on{' '}
        {marked === 1 ? 'it' : 'them'} only, every entry as labelled; logs corrected but not marked
        are left out.
      </p>
    );
  return (
    <p className="training-basis">
      No log is marked reviewed, so the check trains on the{' '}
      {plural(corrected, 'log with a corrected entry', 'logs with a corrected entry')}, taking every
      entry of them as checked. Mark a log reviewed (on its page, or key <kbd>r</kbd>) once you have
      checked all its entries: from then on only marked logs are trained on.
    </p>
  );
}

export function ModelAdaptation(props: {
  training: TrainingBasisSummary | undefined;
  onSaved(): void;
}) {
  const { onSaved } = props;
  const [state, setState] = useState<State>({ status: 'idle' });
  const last = lastOf(state);
  const run = async (save: boolean) => {
    setState({ status: 'working', saving: save, last });
    try {
      const { adaptation } = await analysisApi.adapt({ save });
      setState({ status: 'checked', result: adaptation });
      if (adaptation.saved) onSaved();
    } catch (error) {
      setState({ status: 'error', error: asApiError(error), last });
    }
  };
  const working = state.status === 'working';
  return (
    <section aria-labelledby="adapt-heading" className="panel model-adaptation">
      <h2 id="adapt-heading">Adapt the learnt models to your corrections</h2>
      <p className="muted">
        The lexicon&apos;s models are adapted to the reviewed logs; a cross-validation over them
        first shows what that does on logs it did not see.
      </p>
      {props.training && <TrainingNote training={props.training} />}
      <button type="button" onClick={() => void run(false)} disabled={working}>
        Check the adaptation
      </button>
      <p role="status" aria-live="polite" className="adapt-status">
        {working && (state.saving ? 'Saving the adapted lexicon…' : 'Checking…')}
        {state.status === 'checked' && state.result.saved && savedMessage(state.result)}
      </p>
      {state.status === 'error' && <p role="alert">{state.error.message}</p>}
      {last && <AdaptationResult result={last} working={working} onSave={() => void run(true)} />}
    </section>
  );
}

function savedMessage(result: Adaptation): string {
  const { version, number } = result.saved!;
  return (
    `Saved lexicon ${version} as version ${number}. ` +
    'Logs you have not corrected are analysed with it now.'
  );
}

function AdaptationResult(props: { result: Adaptation; working: boolean; onSave(): void }) {
  const { result, working, onSave } = props;
  const { current, adapted } = result;
  return (
    <>
      <table className="data-table adapt-table">
        <caption>
          Cross-validated on {plural(result.logs, ...BASIS_LOGS[result.basis])} ({result.entries}{' '}
          entries), {result.folds} folds; models adapted with penalty {result.l2}
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Current</th>
            <th scope="col">Adapted</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {ENTRY_SCORE_NAMES.map(([key, name]) => (
            <tr key={key}>
              <th scope="row">{name[0]!.toUpperCase() + name.slice(1)}</th>
              <td>{current[key].toFixed(3)}</td>
              <td>{adapted[key].toFixed(3)}</td>
              <td>{signed(adapted[key] - current[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="trained-on">
        Trained on: {result.trainedOn.join(', ')}.
        {result.skipped.length > 0 &&
          ` Left out (analysis not of the current text): ${result.skipped.join(', ')}.`}
      </p>
      <Verdict result={result} working={working} onSave={onSave} />
    </>
  );
}

/**
 * Which labels the mean was judged on when not all: while no log is marked reviewed, only the
 * kinds the researcher corrected count (the rest are the classifier's own reading).
 */
function judgedOnText(result: Adaptation): string {
  if (result.judgedOn.length === 3) return '';
  const kinds = result.judgedOn.map((k) => (k === 'agencies' ? 'agencies' : `${k}s`));
  return `, judged on the ${kinds.join(' and ')} you corrected`;
}

function Verdict(props: { result: Adaptation; working: boolean; onSave(): void }) {
  const { result, working, onSave } = props;
  if (result.saved) return null;
  if (result.gain <= 0)
    return (
      <p className="adapt-verdict">
        Adapting does not raise the scores (mean {signed(result.gain)}
        {judgedOnText(result)}), so there is nothing to save. Review more logs, then check again.
      </p>
    );
  return (
    <p className="adapt-verdict">
      Adapting raises the mean score by {signed(result.gain)}
      {judgedOnText(result)}.{' '}
      <button type="button" onClick={onSave} disabled={working}>
        Save as lexicon {result.version}
      </button>
    </p>
  );
}
