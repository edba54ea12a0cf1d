/** A plain or Markdown document as its sections: heading (when it has one) and text. */
import type { DocumentSection, DocumentStructure } from '@liaison/core';
import { Highlighted } from '../components/marked-text.js';
import { rowProps } from './row-props.js';
import { useRowNavigation } from './use-row-navigation.js';
import { useVirtualRows } from './use-virtual-rows.js';

/** A section's text without its heading line (offsets are UTF-16 code units into `text`). */
export function sectionBody(text: string, section: DocumentSection): string {
  const whole = text.slice(section.startUtf16, section.endUtf16);
  if (section.heading === null) return whole.trim();
  const firstBreak = whole.indexOf('\n');
  return firstBreak === -1 ? '' : whole.slice(firstBreak + 1).trim();
}

export function DocumentView(props: {
  document: DocumentStructure;
  text: string;
  pattern: RegExp | null;
  initial: number | null;
}) {
  const { document, text, pattern, initial } = props;
  const sections = document.sections;
  const rows = useVirtualRows({ count: sections.length, estimatePx: 160 });
  const nav = useRowNavigation(rows, sections.length, initial);
  const { setPane, items, before, after } = rows;
  return (
    <div
      className="reader-pane"
      ref={setPane}
      tabIndex={0}
      role="region"
      aria-label="Document sections"
    >
      <div className="section-list" style={{ paddingTop: before, paddingBottom: after }}>
        {items.map((item) => {
          const section = sections[item.index] as DocumentSection;
          const props = rowProps(item, rows, nav.active, nav.setActive);
          return (
            <section key={item.key} {...props} className={`${props.className} doc-section`}>
              {section.heading !== null && <SectionHeading section={section} />}
              <p className="section-text">
                <Highlighted text={sectionBody(text, section)} pattern={pattern} />
              </p>
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** Markdown level 1 becomes <h2> (the page's <h1> is the source name), down to <h6>. */
function SectionHeading({ section }: { section: DocumentSection }) {
  const level = Math.min(6, Math.max(2, section.level + 1));
  const Tag = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return <Tag className="section-heading">{section.heading}</Tag>;
}
