/**
 * A notice on the Analysis page when some logs keep an analysis made with an earlier lexicon (a
 * log's analysis is stored once it is corrected, and a newly saved lexicon, such as an adapted
 * one, reads only the logs without one): a button analyses them again with the current lexicon
 * (`POST /api/analysis/reanalyse`); their corrections stay in force.
 */
import { useState } from 'react';
import { analysisApi } from '../api/analysis-api.js';
import { ApiRequestError } from '../api/client.js';
import { plural } from '../format.js';

export function OlderAnalyses(props: { count: number; lexiconVersion: string; onDone(): void }) {
  const { count, lexiconVersion, onDone } = props;
  const [state, setState] = useState<'idle' | 'working' | ApiRequestError>('idle');
  const run = async () => {
    setState('working');
    try {
      await analysisApi.reanalyse();
      setState('idle');
      onDone();
    } catch (error) {
      const message = 'The logs could not be analysed again. Try again.';
      setState(
        error instanceof ApiRequestError ? error : new ApiRequestError('bad_response', message, 0),
      );
    }
  };
  return (
    <section aria-labelledby="older-heading" className="panel older-analyses">
      <h2 id="older-heading">Analyses made with an earlier lexicon</h2>
      <p>
        {plural(count, 'log keeps', 'logs keep')} an analysis made with an earlier lexicon than{' '}
        {lexiconVersion}. Analysing them again keeps their corrections.
      </p>
      <button type="button" onClick={() => void run()} disabled={state === 'working'}>
        Analyse {count === 1 ? 'it' : 'them'} again with lexicon {lexiconVersion}
      </button>
      {state === 'working' && <p role="status">Analysing…</p>}
      {state instanceof ApiRequestError && <p role="alert">{state.message}</p>}
    </section>
  );
}
