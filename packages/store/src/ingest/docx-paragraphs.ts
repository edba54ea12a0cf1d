/**
 * Text of a .docx from mammoth's document model: one line per paragraph (body and table cells, in
 * document order), tabs as `\t`, and line breaks inside a paragraph (Shift+Enter) as `\n`.
 * mammoth's own `extractRawText` drops those breaks and ends every paragraph with a blank line,
 * which would run two transcript turns typed on separate lines into one.
 */
import mammoth from 'mammoth';

/** The parts of mammoth's element tree (mammoth/lib/documents.js) that carry text. */
interface DocElement {
  type: string;
  value?: string;
  children?: DocElement[];
}

function collectParagraphs(root: DocElement): string[] {
  const paragraphs: string[] = [];
  let current: string[] | null = null;
  const visit = (element: DocElement): void => {
    if (element.type === 'paragraph') {
      const outer = current;
      current = [];
      element.children?.forEach(visit);
      paragraphs.push(current.join(''));
      current = outer;
      return;
    }
    if (element.type === 'text') current?.push(element.value ?? '');
    else if (element.type === 'tab') current?.push('\t');
    else if (element.type === 'break') current?.push('\n');
    element.children?.forEach(visit);
  };
  visit(root);
  return paragraphs;
}

/** No-op image reader: text extraction never needs image bytes. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Paragraph texts joined with `\n`. mammoth's `transformDocument` hook hands over the parsed
 * document; the HTML it then renders is discarded.
 */
export async function docxParagraphText(bytes: Uint8Array): Promise<string> {
  let paragraphs: string[] = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await mammoth.convertToHtml(
    { buffer },
    {
      convertImage: skipImages,
      transformDocument: (document: DocElement) => {
        paragraphs = collectParagraphs(document);
        return document;
      },
    },
  );
  return paragraphs.join('\n');
}
