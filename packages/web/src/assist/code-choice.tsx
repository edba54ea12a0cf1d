/**
 * Which code autocode applies: the chosen code's name, and a button opening the reader's
 * type-ahead picker (codable, non-retired codes only; coding/code-picker.tsx).
 */
import type { Code } from '@liaison/core';
import { useRef, useState } from 'react';
import { CodePicker } from '../coding/code-picker.js';
import { codeColour } from '../coding/coded-text.js';

export function CodeChoice(props: {
  codes: Code[];
  code: Code | null;
  onChoose(code: Code): void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // Back to the button, so the keyboard continues from where the picker was opened.
    requestAnimationFrame(() => button.current?.focus());
  };
  const choose = (code: Code) => {
    props.onChoose(code);
    close();
  };
  return (
    <div className="autocode-code">
      <p>
        Code:{' '}
        {props.code ? (
          <strong>
            <span
              className="swatch"
              style={{ background: codeColour(props.code) }}
              aria-hidden="true"
            />
            {props.code.name}
          </strong>
        ) : (
          <span className="muted">none chosen</span>
        )}{' '}
        <button ref={button} type="button" onClick={() => setOpen(true)} aria-expanded={open}>
          {props.code ? 'Change code…' : 'Choose code…'}
        </button>
      </p>
      {open && (
        <CodePicker codes={props.codes} target="the chosen hits" onApply={choose} onClose={close} />
      )}
    </div>
  );
}
