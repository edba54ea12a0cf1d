/**
 * Generated logs round-trip: a writer puts random entries (every timestamp format, authors or
 * none, tricky continuation lines, blank lines, CRLF, trailing spaces) into log text, and the
 * parser must give back the same times, authors and texts, with offsets that slice to them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePoliceLogText } from '../../src/index.js';

type StampFormat = 'dmy4' | 'dmy4s' | 'dmy2' | 'ymd' | 'ymds' | 'bare' | 'bares';

interface GenEntry {
  format: StampFormat;
  /** Minutes after the previous entry (or Opened:); at least 1 and under a day for bare times. */
  stepMinutes: number;
  second: number;
  author: string | null;
  firstLine: string;
  continuation: string[];
  blankAfter: string[];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const hasSeconds = (f: StampFormat) => f === 'dmy4s' || f === 'ymds' || f === 'bares';

/** Writes a UTC-free local date-time (a Date used only as a calendar) in the given format. */
function writeStamp(d: Date, format: StampFormat): string {
  const [y, mo, da, h, mi, s] = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
  const hm = `${pad(h)}:${pad(mi)}`;
  const hms = `${hm}:${pad(s)}`;
  const forms: Record<StampFormat, string> = {
    dmy4: `${pad(da)}/${pad(mo)}/${y} ${hm}`,
    dmy4s: `${pad(da)}/${pad(mo)}/${y} ${hms}`,
    dmy2: `${pad(da)}/${pad(mo)}/${pad(y % 100)} ${hm}`,
    ymd: `${y}-${pad(mo)}-${pad(da)} ${hm}`,
    ymds: `${y}-${pad(mo)}-${pad(da)} ${hms}`,
    bare: hm,
    bares: hms,
  };
  return forms[format];
}

const iso = (d: Date) => d.toISOString().slice(0, 19);

/** Lines that must continue an entry, never start one (ANNOTATING-LOGS.md §1). */
const trickyLine = fc.constantFrom(
  'CALLER: MRS A TESTER',
  'KEY: VALUE',
  '(1) IP KNOWN TO CMHT',
  'PC SMITH SPOKE TO IP',
  'AT 21:05 UNITS ARRIVED',
  '2100HRS CALLER RANG BACK',
  '14/03/2015 FOLLOW UP',
  '  21:05 INDENTED TIME',
  '\t(2) TABBED',
  '21:05HRS NOTED',
  '[NOTE] IN BRACKETS',
);
const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.,'&()-]{0,11}$/);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const contentLine = fc.oneof(
  trickyLine,
  words,
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
    .map((s) => `X${s.replace(/[\r\n]/g, ' ')}`),
);
const author = fc.option(fc.stringMatching(/^[A-Z0-9][A-Z0-9 &'-]{0,18}[A-Z0-9]$/), { nil: null });
const blank = fc.array(fc.constantFrom('', '  ', '\t'), { maxLength: 2 });

const entry = (format: fc.Arbitrary<StampFormat>): fc.Arbitrary<GenEntry> =>
  fc.record({
    format,
    stepMinutes: fc.integer({ min: 1, max: 23 * 60 + 58 }),
    second: fc.integer({ min: 0, max: 59 }),
    author,
    firstLine: fc.oneof(fc.constant(''), words),
    continuation: fc.array(contentLine, { maxLength: 3 }),
    blankAfter: blank,
  });

const logArb = fc.record({
  opened: fc.option(
    fc.date({
      min: new Date(Date.UTC(1971, 0, 1)),
      max: new Date(Date.UTC(2068, 11, 1)),
      noInvalidDate: true,
    }),
    { nil: null },
  ),
  openedFormat: fc.constantFrom<StampFormat>('dmy4', 'dmy2', 'ymd', 'ymds'),
  first: entry(
    fc.constantFrom<StampFormat>('dmy4', 'dmy4s', 'dmy2', 'ymd', 'ymds', 'bare', 'bares'),
  ),
  rest: fc.array(
    entry(fc.constantFrom<StampFormat>('dmy4', 'dmy4s', 'dmy2', 'ymd', 'ymds', 'bare', 'bares')),
    { maxLength: 8 },
  ),
  start: fc.date({
    min: new Date(Date.UTC(1971, 0, 1)),
    max: new Date(Date.UTC(2068, 11, 1)),
    noInvalidDate: true,
  }),
  crlf: fc.boolean(),
  trailing: fc.constantFrom('', ' ', '\t '),
  site: fc.option(words, { nil: null }),
});

type GenLog = typeof logArb extends fc.Arbitrary<infer T> ? T : never;

interface Expected {
  time: string;
  author: string | null;
  text: string;
}

/** Writes the log and the entries the parser must find. */
function writeLog(g: GenLog) {
  const lines: string[] = [];
  if (g.site !== null) lines.push(`Site: ${g.site}`);
  let clock = g.opened ? new Date(Math.floor(g.opened.getTime() / 60_000) * 60_000) : null;
  if (clock) lines.push(`Opened: ${writeStamp(clock, g.openedFormat)}`, '');
  const expected: Expected[] = [];
  [g.first, ...g.rest].forEach((e, i) => {
    // Without a date yet, the first entry must be dated.
    const format = !clock && e.format.startsWith('bare') ? 'dmy4' : e.format;
    const base = clock ?? new Date(Math.floor(g.start.getTime() / 60_000) * 60_000);
    const minute =
      Math.floor(base.getTime() / 60_000) * 60_000 + (clock || i > 0 ? e.stepMinutes : 0) * 60_000;
    const at = new Date(minute + (hasSeconds(format) ? e.second * 1000 : 0));
    clock = at;
    const head = [writeStamp(at, format), e.author === null ? '' : `[${e.author}]`, e.firstLine]
      .filter((p) => p !== '')
      .join(' ');
    lines.push(head + g.trailing, ...e.continuation.map((c) => c + g.trailing), ...e.blankAfter);
    const text = [e.firstLine, ...e.continuation.map((c) => c.trim())]
      .filter((t) => t !== '')
      .join('\n');
    expected.push({ time: iso(at), author: e.author, text });
  });
  return { text: lines.join(g.crlf ? '\r\n' : '\n'), expected };
}

describe('parsePoliceLogText round trip', () => {
  it('returns the written entries, times, authors and texts', () => {
    fc.assert(
      fc.property(logArb, (g) => {
        const { text, expected } = writeLog(g);
        const outcome = parsePoliceLogText(text, 'gen.txt');
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.diagnostics).toEqual([]);
        expect(outcome.structure.site).toBe(g.site);
        expect(
          outcome.structure.entries.map((e) => ({ time: e.time, author: e.author, text: e.text })),
        ).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('gives offsets that slice to each entry and its text', () => {
    fc.assert(
      fc.property(logArb, (g) => {
        const { text } = writeLog(g);
        const outcome = parsePoliceLogText(text, 'gen.txt');
        if (!outcome.ok) throw new Error('not parsed');
        for (const e of outcome.structure.entries) {
          const lineStart = text.lastIndexOf('\n', e.startUtf16 - 1) + 1;
          expect(lineStart).toBe(e.startUtf16);
          expect(text.slice(0, e.startUtf16).split('\n')).toHaveLength(e.line);
          const sliced = text.slice(e.textStartUtf16, e.textEndUtf16);
          const lines = sliced
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '');
          expect(lines.join('\n')).toBe(e.text);
          expect(e.startUtf16 <= e.textStartUtf16 && e.textEndUtf16 <= e.endUtf16).toBe(true);
          expect(text.slice(e.endUtf16 - 1, e.endUtf16).trim()).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});
