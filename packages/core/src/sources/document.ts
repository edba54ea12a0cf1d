/**
 * Plain text and Markdown documents. Markdown is split into sections at ATX headings (`# Title`
 * to `###### Title`, up to three spaces of indent, per CommonMark §4.2); `#` lines inside fenced
 * code blocks (``` or ~~~, CommonMark §4.5) are not headings. Plain text is one section.
 * A paragraph is a run of non-blank lines that are not headings; a fenced code block counts as
 * part of the run it is in, blank lines inside it included. Offsets are UTF-16.
 */
import type { DocumentSection, DocumentStructure } from '../model/source.js';
import type { ParseOutcome } from './diagnostics.js';
import { isBlankLine, splitLines, type SourceLine } from './lines.js';

export type DocumentFormat = 'plain' | 'markdown';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Longest line prefix examined for a heading or fence; a longer heading's title is cut there. */
const HEAD_UTF16 = 1000;

interface Heading {
  line: SourceLine;
  level: number;
  title: string;
}

interface MarkdownBlocks {
  headings: Heading[];
  /** Line numbers inside fenced code blocks, fences included. */
  fenced: Set<number>;
}

export function parseDocument(
  text: string,
  _file: string,
  format: DocumentFormat,
): ParseOutcome<DocumentStructure> {
  const lines = splitLines(text);
  const blocks: MarkdownBlocks =
    format === 'markdown' ? scanMarkdown(text, lines) : { headings: [], fenced: new Set() };
  const structure: DocumentStructure = {
    kind: 'document',
    format,
    sections: toSections(text, lines, blocks.headings),
    paragraphCount: countParagraphs(text, lines, blocks),
  };
  return { ok: true, structure, diagnostics: [] };
}

function scanMarkdown(text: string, lines: SourceLine[]): MarkdownBlocks {
  const blocks: MarkdownBlocks = { headings: [], fenced: new Set() };
  let fence: string | null = null;
  for (const line of lines) {
    const head = text.slice(line.start, Math.min(line.contentEnd, line.start + HEAD_UTF16));
    const mark = FENCE.exec(head)?.[1];
    if (fence !== null || mark) blocks.fenced.add(line.number);
    if (fence !== null) {
      if (mark && closesFence(fence, mark, head)) fence = null;
    } else if (mark) {
      fence = mark;
    } else {
      const heading = readAtxHeading(head);
      if (heading) blocks.headings.push({ line, ...heading });
    }
  }
  return blocks;
}

/** A closing fence uses the opening's character, is at least as long, and has nothing after it. */
function closesFence(open: string, mark: string, head: string): boolean {
  return mark[0] === open[0] && mark.length >= open.length && head.trim() === mark;
}

/** CommonMark ATX heading: ≤3 spaces, 1–6 `#`, then a space or the end; a closing `#` run is dropped. */
export function readAtxHeading(line: string): { level: number; title: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#') level++;
  const after = line[i + level];
  if (level < 1 || level > 6 || (after !== undefined && after !== ' ' && after !== '\t'))
    return null;
  return { level, title: stripClosingHashes(line.slice(i + level).trim()) };
}

function stripClosingHashes(title: string): string {
  let end = title.length;
  while (end > 0 && title[end - 1] === '#') end--;
  if (end === 0) return '';
  const before = title[end - 1];
  return end < title.length && (before === ' ' || before === '\t')
    ? title.slice(0, end).trim()
    : title;
}

function toSections(text: string, lines: SourceLine[], headings: Heading[]): DocumentSection[] {
  const sections: DocumentSection[] = [];
  const firstHeadingStart = headings[0]?.line.start ?? text.length;
  const preambleHasText = lines.some((l) => l.start < firstHeadingStart && !isBlankLine(text, l));
  if (preambleHasText || headings.length === 0) {
    sections.push({
      index: 0,
      heading: null,
      level: 0,
      startUtf16: 0,
      endUtf16: firstHeadingStart,
      line: 1,
    });
  }
  headings.forEach((h, i) => {
    const end = headings[i + 1]?.line.start ?? text.length;
    sections.push({
      index: sections.length,
      heading: h.title,
      level: h.level,
      startUtf16: h.line.start,
      endUtf16: end,
      line: h.line.number,
    });
  });
  return sections;
}

/** Runs of lines that are non-blank (or inside fenced code) and not headings. */
function countParagraphs(text: string, lines: SourceLine[], blocks: MarkdownBlocks): number {
  const headingLines = new Set(blocks.headings.map((h) => h.line.number));
  let count = 0;
  let inParagraph = false;
  for (const line of lines) {
    const content =
      (blocks.fenced.has(line.number) || !isBlankLine(text, line)) &&
      !headingLines.has(line.number);
    if (content && !inParagraph) count++;
    inParagraph = content;
  }
  return count;
}
