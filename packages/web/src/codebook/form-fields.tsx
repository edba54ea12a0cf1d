/** Labelled fields the codebook forms share; each label is tied to its control by id. */
import type { Code } from '@liaison/core';
import { useId } from 'react';

export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
}) {
  const id = useId();
  const { label, value, onChange, multiline } = props;
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </p>
  );
}

export function ReasonField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <TextField label="Reason (kept with the change)" value={value} onChange={onChange} multiline />
  );
}

export function ColourField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <p className="field field-inline">
      <label htmlFor={id}>Colour</label>
      <input id={id} type="color" value={value} onChange={(e) => onChange(e.target.value)} />
    </p>
  );
}

/** A select of codes (or datasets) with a first choice for none, the empty value standing for null. */
export function CodeSelect(props: {
  label: string;
  codes: Pick<Code, 'id' | 'name'>[];
  value: string | null;
  onChange: (id: string | null) => void;
  none?: string;
  required?: boolean;
}) {
  const id = useId();
  const { label, codes, value, onChange, none = '(top level)', required } = props;
  return (
    <p className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        required={required}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{none}</option>
        {codes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </p>
  );
}

/** Examples typed one a line, blank lines dropped. */
export function examplesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
