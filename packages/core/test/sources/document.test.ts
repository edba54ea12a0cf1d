import { describe, expect, it } from 'vitest';
import { parseDocument, type DocumentStructure } from '../../src/index.js';

function parse(text: string, format: 'plain' | 'markdown'): DocumentStructure {
  const outcome = parseDocument(text, 'doc', format);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.structure;
}

describe('parseDocument', () => {
  it('splits Markdown at ATX headings, with levels, spans and lines', () => {
    const text =
      'Intro para.\n\n# Title #\nOne.\n\nTwo.\n## Sub\n###### Deep\n####### not a heading\n#hashtag\n';
    const doc = parse(text, 'markdown');
    expect(doc.sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      [null, 0, 1],
      ['Title', 1, 3],
      ['Sub', 2, 7],
      ['Deep', 6, 8],
    ]);
    expect(text.slice(doc.sections[1]?.startUtf16, doc.sections[1]?.endUtf16)).toBe(
      '# Title #\nOne.\n\nTwo.\n',
    );
    expect(doc.sections.at(-1)?.endUtf16).toBe(text.length);
    expect(doc.paragraphCount).toBe(4);
  });

  it('ignores # lines inside fenced code blocks and counts a fence with blank lines as one paragraph', () => {
    const text = '# A\n\n```sh\n# comment\n\necho hi\n```\n\n~~~\n# also code\n~~~\n\n# B\n';
    const doc = parse(text, 'markdown');
    expect(doc.sections.map((s) => s.heading)).toEqual(['A', 'B']);
    expect(doc.paragraphCount).toBe(2);
  });

  it('has no heading-less section when the document starts with a heading', () => {
    expect(parse('\n# Only\ntext', 'markdown').sections.map((s) => s.heading)).toEqual(['Only']);
  });

  it('keeps plain text as one section and counts paragraphs between blank lines', () => {
    const text = '# not a heading in plain text\n\nPara one\nstill one\r\n\r\nPara two\n';
    const doc = parse(text, 'plain');
    expect(doc.sections).toEqual([
      { index: 0, heading: null, level: 0, startUtf16: 0, endUtf16: text.length, line: 1 },
    ]);
    expect(doc.paragraphCount).toBe(3);
    expect(doc.format).toBe('plain');
  });
});
