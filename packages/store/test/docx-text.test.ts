/**
 * .docx extraction at the edge. Fixtures are built at test time: documents with the `docx`
 * package, hostile archives with fflate (zip bombs, headers that lie about sizes, XML entities).
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../src/ingest/docx-text.js';

async function docxOf(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function errorCode(bytes: Uint8Array): Promise<string | undefined> {
  const outcome = await docxToText(bytes, 'file.docx');
  expect(outcome.ok).toBe(false);
  expect(outcome.diagnostics[0]).toMatchObject({
    severity: 'error',
    file: 'file.docx',
    line: 1,
    column: 1,
  });
  expect(outcome.diagnostics[0]?.hint.length).toBeGreaterThan(0);
  return outcome.diagnostics[0]?.code;
}

/** Overwrites the uncompressed size that the local header and the central directory declare for `name`. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  const nameAt = (at: number) => encoded.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50 && nameAt(i + 30)) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50 && nameAt(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('docxToText', () => {
  it('joins paragraphs with \\n and keeps line breaks, tabs and table cells', async () => {
    const bytes = await docxOf([
      new Paragraph({
        children: [new TextRun('INT: Hello there.'), new TextRun({ text: 'P1: Hi.', break: 1 })],
      }),
      new Paragraph('P1: Tab\there, café 😀'),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph('cell one')] }),
              new TableCell({ children: [new Paragraph('cell two')] }),
            ],
          }),
        ],
      }),
    ]);
    const outcome = await docxToText(bytes, 'interview.docx');
    expect(outcome).toEqual({
      ok: true,
      text: 'INT: Hello there.\nP1: Hi.\nP1: Tab\there, café 😀\ncell one\ncell two',
      diagnostics: [],
    });
  });

  it('refuses a file that is not a zip, naming old .doc and PDF files', async () => {
    expect(await errorCode(new TextEncoder().encode('INT: plain text renamed'))).toBe(
      'docx.not_zip',
    );
    const doc = await docxToText(
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'old.docx',
    );
    expect(doc.diagnostics[0]?.message).toContain('.doc');
    const pdf = await docxToText(new TextEncoder().encode('%PDF-1.7'), 'x.docx');
    expect(pdf.diagnostics[0]?.message).toContain('PDF');
    expect(await errorCode(new Uint8Array(0))).toBe('docx.empty');
  });

  it('refuses a truncated or damaged docx with a diagnostic, not a stack trace', async () => {
    const bytes = await docxOf([new Paragraph('INT: hello')]);
    expect(await errorCode(bytes.subarray(0, bytes.length / 2))).toBe('docx.corrupt');
    const files = unzipSync(bytes);
    files['word/document.xml'] = strToU8('<w:document><unclosed');
    expect(await errorCode(zipSync(files))).toBe('docx.corrupt');
  });

  it('refuses a zip that is not a Word document, and a document without text', async () => {
    expect(await errorCode(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe(
      'docx.not_word',
    );
    expect(await errorCode(await docxOf([new Paragraph('')]))).toBe('docx.no_text');
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    const outcome = await docxToText(bomb, 'bomb.docx');
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'docx.zip_bomb' });
    expect(outcome.diagnostics[0]?.message).toMatch(/expands \d+ times/);
  });

  it('refuses an archive that declares more than 200 MiB in total', async () => {
    const zip = patchDeclaredSize(
      zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
      'word/document.xml',
      300 * 1024 * 1024,
    );
    const outcome = await docxToText(zip, 'big.docx');
    expect(outcome.diagnostics[0]?.code).toBe('docx.zip_bomb');
    expect(outcome.diagnostics[0]?.message).toContain('300.0 MiB');
  });

  it('stops inflating a part whose header under-declares its size', async () => {
    const files = unzipSync(await docxOf([new Paragraph('INT: hello')]));
    files['word/document.xml'] = new Uint8Array(8 * 1024 * 1024);
    const lying = patchDeclaredSize(zipSync(files, { level: 9 }), 'word/document.xml', 1000);
    const outcome = await docxToText(lying, 'lying.docx');
    expect(outcome.diagnostics[0]).toMatchObject({ code: 'docx.zip_bomb' });
    expect(outcome.diagnostics[0]?.message).toContain('more than its header declares');
  });

  it('does not expand XML entity bombs', async () => {
    const files = unzipSync(await docxOf([new Paragraph('INT: hello')]));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const entities = [
      '<!ENTITY a "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ''};`.repeat(10)}">`),
    ].join('');
    files['word/document.xml'] = strToU8(
      xml.replace('?>', `?><!DOCTYPE w:document [${entities}]>`).replace('INT: hello', 'INT: &a9;'),
    );
    const outcome = await docxToText(zipSync(files), 'entities.docx');
    if (outcome.ok) expect(outcome.text.length).toBeLessThan(10_000);
    else expect(outcome.diagnostics[0]?.code).toBe('docx.corrupt');
  });
});
