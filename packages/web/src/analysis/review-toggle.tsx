/**
 * The log's "reviewed" mark: a researcher presses "Mark log as reviewed" (or key `r` outside
 * text fields) once they have checked every entry's labels, and adapting the models then trains
 * on the log with every entry as labelled (docs/log-analysis.md). A marked log shows who marked
 * it and when, and "Reviewed ✓ (undo)" removes the mark. `r` is free in the log reader: j / k
 * and the arrows move, e / f / a open the entry's fields, c and v code, / searches.
 */
import type { SourceAnalysis } from '../api/types.js';
import { usePlainKey } from '../components/use-plain-key.js';
import { formatInstant } from '../format.js';

export const REVIEW_KEY = 'r';

export function ReviewToggle(props: {
  reviewed: SourceAnalysis['reviewed'];
  busy: boolean;
  onChange(reviewed: boolean): void;
}) {
  const { reviewed, busy } = props;
  const toggle = () => props.onChange(reviewed === null);
  usePlainKey(REVIEW_KEY, () => {
    if (!busy) toggle();
  });
  return (
    <div className="review-toggle" role="group" aria-label="Review of this log">
      <button
        type="button"
        className={reviewed ? 'reviewed' : undefined}
        disabled={busy}
        aria-keyshortcuts={REVIEW_KEY}
        onClick={toggle}
      >
        {reviewed ? 'Reviewed ✓ (undo)' : 'Mark log as reviewed'}
      </button>{' '}
      <kbd>{REVIEW_KEY}</kbd>{' '}
      <span className="muted review-note">
        {reviewed
          ? `Marked reviewed by ${reviewed.by}, ${formatInstant(reviewed.at)}.`
          : 'Mark it once you have checked every entry: adapting the models trains on marked logs.'}
      </span>
    </div>
  );
}
