/**
 * The caret of keyboard select mode, drawn over the text: the browser draws no caret in text
 * that cannot be edited, so a sighted keyboard user would not see where the next step starts.
 * It follows the selection's moving end, and scrolling.
 */
import { useEffect, useState } from 'react';
import { caretRect } from './caret-moves.js';

interface Box {
  left: number;
  top: number;
  height: number;
}

function currentBox(): Box | null {
  const selection = document.getSelection();
  const rect = selection && caretRect(selection);
  return rect ? { left: rect.left, top: rect.top, height: rect.height } : null;
}

export function SelectCaret() {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    const update = () => setBox(currentBox());
    const frame = requestAnimationFrame(update);
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, []);
  if (!box) return null;
  return <span className="select-caret" aria-hidden="true" style={box} />;
}
