/**
 * The selected coding: its code, coder and quote, an Unapply button, and its memos with a form
 * to add one and to edit one's own (a memo is its author's note on why the code fits, or a
 * doubt to discuss).
 */
import { codingApi } from '../api/coding-api.js';
import { MemoPanel } from '../memos/memo-panel.js';
import { useCodingState, type CodingState } from './coding-context.js';
import { codeColour } from './coded-text.js';

export function CodingDetails({ onStatus }: { onStatus(status: string): void }) {
  const state = useCodingState() as CodingState;
  const coding = state.codings.find((c) => c.id === state.selectedId);
  if (!coding) return null;
  const code = state.codeById.get(coding.codeId);
  const name = code?.name ?? 'Unknown code';
  const unapply = async () => {
    try {
      await codingApi.unapply(coding.id);
      state.select(null);
      onStatus(`Unapplied “${name}”.`);
    } catch (error) {
      onStatus(`Could not unapply “${name}”: ${(error as Error).message}`);
    }
    state.refresh();
  };
  return (
    <div className="coding-details" role="group" aria-label={`Coding: ${name}`}>
      <p>
        <span className="swatch" style={{ background: codeColour(code) }} aria-hidden="true" />
        <strong>{name}</strong> by {coding.coder}: <q>{coding.anchor.quote.exact}</q>
      </p>
      <div className="coding-details-actions">
        <button type="button" onClick={unapply}>
          Unapply
        </button>
        <button type="button" onClick={() => state.select(null)}>
          Close
        </button>
      </div>
      <MemoPanel
        target={{ kind: 'coding', id: coding.id }}
        title="Memos"
        empty="No memo on this coding yet."
        className="coding-memos"
      />
    </div>
  );
}
