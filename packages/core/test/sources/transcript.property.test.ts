/**
 * Generated transcripts round-trip: random turns in every label and timestamp form, with
 * continuation lines that look like labels but are not speakers; the parser must give back the
 * same speakers, timestamps and texts, with offsets that slice to them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/index.js';

const SPEAKERS = [
  'INT',
  'P1',
  'P12',
  'FAC',
  'R',
  'Dr Smith',
  'Mary-Jane',
  "O'Brien",
  'Sarah',
  'Speaker 2',
];
type LabelForm = 'colon' | 'bracket' | 'bracket_colon';
type StampForm =
  'none' | 'before_hms' | 'before_ms' | 'paren_before' | 'after_label' | 'after_colon';

const pad = (n: number) => String(n).padStart(2, '0');
const hms = (ms: number) =>
  `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;
const msOnly = (ms: number) =>
  `${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;

/** Writes a turn's first line; returns it and the timestamp the parser must read. */
function writeHead(
  speaker: string,
  label: LabelForm,
  stamp: StampForm,
  ms: number,
): { head: string; ms: number | null } {
  const tag =
    label === 'colon' ? `${speaker}:` : label === 'bracket' ? `[${speaker}]` : `[${speaker}]:`;
  switch (stamp) {
    case 'none':
      return { head: tag, ms: null };
    case 'before_hms':
      return { head: `[${hms(ms)}] ${tag}`, ms };
    case 'before_ms':
      return { head: `[${msOnly(ms)}] ${tag}`, ms: ms % 3_600_000 };
    case 'paren_before':
      return { head: `(${hms(ms)}) ${tag}`, ms };
    case 'after_label':
      return label === 'colon'
        ? { head: `${speaker} [${hms(ms)}]:`, ms }
        : { head: `${tag} [${hms(ms)}]`, ms };
    case 'after_colon':
      return { head: `${tag} [${hms(ms)}]`, ms };
  }
}

/** Lines that continue a turn even though some look like labels. */
const tricky = fc.constantFrom(
  'Note: the recording stopped',
  'he said: go home',
  'Then I said: no way',
  'At 10:30 we met them',
  '[inaudible] mumble',
  '(laughs) yes',
  'so: we rang them',
  'e.g.: a referral',
  'http://example.org/page',
);
const prose = fc.stringMatching(/^[a-z][a-z ,.'!?-]{0,40}$/);
const turnArb = fc.record({
  speaker: fc.constantFrom(...SPEAKERS),
  label: fc.constantFrom<LabelForm>('colon', 'bracket', 'bracket_colon'),
  stamp: fc.constantFrom<StampForm>(
    'none',
    'before_hms',
    'before_ms',
    'paren_before',
    'after_label',
    'after_colon',
  ),
  ms: fc.integer({ min: 0, max: 99 * 3_600_000 }).map((ms) => ms - (ms % 1000)),
  first: fc.oneof(fc.constant(''), prose),
  more: fc.array(fc.oneof(tricky, prose), { maxLength: 3 }),
  blank: fc.array(fc.constantFrom('', ' '), { maxLength: 2 }),
});
const transcriptArb = fc.record({
  turns: fc.array(turnArb, { minLength: 1, maxLength: 10 }),
  eol: fc.constantFrom('\n', '\r\n'),
});

function writeTranscript(g: {
  turns: Array<typeof turnArb extends fc.Arbitrary<infer T> ? T : never>;
  eol: string;
}) {
  const lines: string[] = [];
  const expected = g.turns.map((t) => {
    const { head, ms } = writeHead(t.speaker, t.label, t.stamp, t.ms);
    lines.push(t.first === '' ? head : `${head} ${t.first}`, ...t.more, ...t.blank);
    return {
      speaker: t.speaker,
      timestampMs: ms,
      text: [t.first.trim(), ...t.more.map((m) => m.trim())].filter((x) => x !== '').join('\n'),
    };
  });
  return { text: lines.join(g.eol), expected };
}

describe('parseTranscript round trip', () => {
  it('returns the written speakers, timestamps and texts', () => {
    fc.assert(
      fc.property(transcriptArb, (g) => {
        const { text, expected } = writeTranscript(g);
        const outcome = parseTranscript(text, 'gen.txt');
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
        expect(outcome.diagnostics).toEqual([]);
        expect(
          outcome.structure.turns.map((t) => ({
            speaker: t.speaker,
            timestampMs: t.timestampMs,
            text: t.text,
          })),
        ).toEqual(expected);
        expect(outcome.structure.speakers).toEqual([...new Set(expected.map((e) => e.speaker))]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives offsets that slice to each turn text', () => {
    fc.assert(
      fc.property(transcriptArb, (g) => {
        const { text } = writeTranscript(g);
        const outcome = parseTranscript(text, 'gen.txt');
        if (!outcome.ok) throw new Error('not parsed');
        for (const t of outcome.structure.turns) {
          const lines = text
            .slice(t.textStartUtf16, t.textEndUtf16)
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '');
          expect(lines.join('\n')).toBe(t.text);
          expect(text.slice(t.startUtf16, t.endUtf16).includes(t.speaker)).toBe(true);
          expect(text.slice(0, t.startUtf16).split('\n')).toHaveLength(t.line);
        }
      }),
      { numRuns: 200 },
    );
  });
});
