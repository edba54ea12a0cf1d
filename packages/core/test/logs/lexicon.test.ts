import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyEntry,
  DEFAULT_LEXICON,
  EVENT_TYPES,
  FRAMINGS,
  validateLexicon,
} from '../../src/index.js';

describe('validateLexicon', () => {
  it('accepts the default lexicon as it round-trips through JSON', () => {
    const checked = validateLexicon(JSON.parse(JSON.stringify(DEFAULT_LEXICON)));
    expect(checked.ok).toBe(true);
  });

  it('names the path and the fix for each error', () => {
    const bad = JSON.parse(JSON.stringify(DEFAULT_LEXICON));
    bad.events[0].label = 'explode';
    bad.framings[0].patterns[0] = '(unclosed';
    delete bad.version;
    const checked = validateLexicon(bad);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toContainEqual(
      expect.stringMatching(/^lexicon\.events\[0\]\.label: expected one of closure/),
    );
    expect(checked.errors).toContainEqual(
      expect.stringMatching(/^lexicon\.framings\[0\]\.patterns\[0\]: invalid pattern/),
    );
    expect(checked.errors).toContainEqual('lexicon.version: expected a non-empty string');
  });

  it('rejects non-objects', () => {
    expect(validateLexicon(null)).toMatchObject({ ok: false });
    expect(validateLexicon([])).toMatchObject({ ok: false });
  });

  it('drives classification: an edited lexicon changes the labels', () => {
    const custom = JSON.parse(JSON.stringify(DEFAULT_LEXICON));
    custom.version = 'custom-1';
    custom.agencies.push({ label: 'third_sector', patterns: ['\\bHarbour Lights\\b'] });
    const checked = validateLexicon(custom);
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    const text = 'Phoned Harbour Lights, they will see him tomorrow';
    const entry = { index: 1, author: 'PC 1', text };
    expect(classifyEntry(entry).agencies).not.toContain('third_sector');
    expect(classifyEntry(entry, undefined, checked.lexicon).agencies).toContain('third_sector');
  });
});

describe('classification properties', () => {
  const texts = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          'NO',
          'NOT',
          'CPN',
          'S136',
          'ARRESTED',
          'CRHT',
          'MH',
          ',',
          '.',
          'RP',
          'NFA',
          '\n',
          ' ',
        ),
        { maxLength: 40 },
      )
      .map((words) => words.join(' ')),
  );

  it('never throws, is deterministic and keeps triggers inside the text', () => {
    fc.assert(
      fc.property(texts, fc.option(fc.string({ maxLength: 30 })), (text, author) => {
        const a = classifyEntry({ index: 0, author, text });
        const b = classifyEntry({ index: 0, author, text });
        expect(b).toEqual(a);
        expect(EVENT_TYPES).toContain(a.event);
        expect(FRAMINGS).toContain(a.framing);
        for (const t of [...a.triggers.agencies, ...a.triggers.event, ...a.triggers.framing]) {
          expect(text.slice(t.startUtf16, t.endUtf16)).toBe(t.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a very long entry', () => {
    const text = 'CALLER REPORTS ASB. '.repeat(20_000);
    expect(classifyEntry({ index: 0, author: null, text }).event).toBe('report');
  });
});
