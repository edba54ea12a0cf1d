/** The study home's line on de-identification: how many suggested identifiers await review. */
import { useApi } from '../api/use-api.js';
import { plural } from '../format.js';
import { deidApi } from './deid-api.js';

export function DeidRemaining() {
  const remaining = useApi('deid-remaining', (signal) => deidApi.remaining(signal));
  if (remaining.status !== 'ready') return null;
  const { suggested, accepted, applied } = remaining.data.remaining;
  return (
    <p className="deid-study-remaining" data-testid="deid-study-remaining">
      De-identification: {plural(suggested, 'suggested identifier', 'suggested identifiers')} left
      to review, {accepted} accepted and waiting for <code>liaison deid apply</code>, {applied}{' '}
      applied. Review each source from its page (“Review identifiers”).
    </p>
  );
}
