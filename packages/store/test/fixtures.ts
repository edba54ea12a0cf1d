/** Small fictional sources for store tests (no real people, places or incidents). */
import { describeAnchor, type Anchor } from '@liaison/core';
import { strToU8, zipSync } from 'fflate';
import type { ImportFile } from '../src/index.js';

const encoder = new TextEncoder();

export function file(name: string, text: string): ImportFile {
  return { name, bytes: encoder.encode(text) };
}

export const LOG_A = [
  'Incident: 2015-0417',
  'Site: North',
  'Opened: 14/03/2015 21:05',
  'Opening code: CONCERN FOR WELFARE',
  'Closing code: NFA',
  '',
  '14/03/2015 21:05 [OP123] Caller reports neighbour shouting in the street, believes he is unwell.',
  '21:12 [PC 456] Unit deployed to the address. ETA 10 mins.',
  '21:30 [PC 456] Male located at home, calm and cooperative, known to the CMHT crisis team.',
  '21:48 [PC 456] Crisis team contacted by phone, will arrange an assessment visit tomorrow.',
  '22:05 [OP123] Log closed NFA.',
  '',
].join('\n');

export const LOG_B = [
  'Incident: 2015-0588',
  'Site: North',
  'Opened: 02/05/2015 14:40',
  '',
  '02/05/2015 14:40 [OP77] ASB complaint from housing officer about loud music.',
  '15:10 [PCSO 12] Warning letter delivered, resident says she is struggling since discharge.',
  '15:25 [PCSO 12] Referral made to adult social care.',
  '',
].join('\n');

export const TRANSCRIPT = [
  'INT: Thank you for joining. Can you tell me about your role?',
  'P07: I am an AMHP. Most of my work with the police is around section 136.',
  'INT: How do you share information with them?',
  'p07: Mostly by phone, sometimes through the MASH meetings.',
  'P99: Can I add something about street triage?',
  '',
].join('\n');

/** Header lines but not one timestamped entry: a police log parser must refuse it. */
export const LOG_WITHOUT_ENTRIES = 'Incident: 2015-0999\nSite: North\n\nNothing was recorded.\n';

/** `Ã(` is not UTF-8: 0xC3 must be followed by a continuation byte (0x80–0xBF). */
export const INVALID_UTF8: ImportFile = {
  name: 'broken.txt',
  bytes: Uint8Array.from([0x31, 0x34, 0x2f, 0xc3, 0x28, 0x0a]),
};

/** The anchor of the first occurrence of `exact` in `text`. */
export function anchorOf(text: string, exact: string): Anchor {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture text does not contain ${JSON.stringify(exact)}`);
  return describeAnchor(text, start, start + exact.length);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const CONTENT_TYPES =
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

/** The smallest .docx Word opens: one paragraph per line (text must not need XML escaping). */
export function docx(name: string, lines: string[]): ImportFile {
  const paragraphs = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`);
  const document =
    `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:body>${paragraphs.join('')}</w:body></w:document>`;
  const bytes = zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(document),
  });
  return { name, bytes };
}
