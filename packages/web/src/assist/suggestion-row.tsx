/** One suggestion: the entry or turn (with an excerpt of its text), the code, its confidence. */
import { useCodingState, type CodingState } from '../coding/coding-context.js';
import type { CodingKind } from '../coding/units.js';
import type { UnitSuggestion } from '../api/assist-api.js';

export interface SuggestionItem extends UnitSuggestion {
  unitIndex: number;
  /** The unit's text span in the current version (UTF-16 offsets). */
  start: number;
  end: number;
}

/** Characters of the unit's text quoted beside a suggestion. */
const EXCERPT_CHARS = 90;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

export function SuggestionRow(props: {
  item: SuggestionItem;
  kind: CodingKind;
  onAccept(item: SuggestionItem): void;
  onDismiss(): void;
}) {
  const { item, kind } = props;
  const state = useCodingState() as CodingState;
  const percent = Math.round(item.probability * 100);
  const speaker = state.units[item.unitIndex]?.speaker;
  const where = `${kind === 'police_log' ? 'Entry' : 'Turn'} ${item.unitIndex + 1}`;
  return (
    <li className="suggestion" data-unit={item.unitIndex}>
      <div className="suggestion-head">
        <span className="suggestion-where">
          {where}
          {speaker ? ` (${speaker})` : ''}
        </span>
        <strong className="suggestion-code">{item.codeName}</strong>
        <span className="suggestion-confidence">
          <span className="suggestion-bar" aria-hidden="true">
            <span style={{ width: `${percent}%` }} />
          </span>
          {percent} %<span className="visually-hidden"> confidence</span>
        </span>
      </div>
      <p className="suggestion-excerpt">
        {excerpt(state.version.text.slice(item.start, item.end))}
      </p>
      <div className="suggestion-actions">
        <button type="button" onClick={() => props.onAccept(item)}>
          Accept
          <span className="visually-hidden">
            {' '}
            “{item.codeName}” for {where}
          </span>
        </button>
        <button type="button" onClick={props.onDismiss}>
          Dismiss
          <span className="visually-hidden">
            {' '}
            “{item.codeName}” for {where}
          </span>
        </button>
      </div>
    </li>
  );
}
