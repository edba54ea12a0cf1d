/**
 * The autocode preview: numbered hits, each with its snippet (match marked), its source and a
 * checkbox saying whether applying codes it; "Choose all" and "Choose none" set every box.
 */
import type { AutocodeHit } from '../api/assist-api.js';
import { Snippet } from '../components/marked-text.js';
import { href } from '../router.js';

export function HitList(props: {
  hits: AutocodeHit[];
  truncated: boolean;
  chosen: Set<number>;
  onChange(chosen: Set<number>): void;
}) {
  const { hits, chosen, onChange } = props;
  const toggle = (n: number) => {
    const next = new Set(chosen);
    if (!next.delete(n)) next.add(n);
    onChange(next);
  };
  return (
    <section className="autocode-hits" aria-label="Hits">
      <p className="autocode-hits-bar">
        <span role="status">
          {hits.length} {hits.length === 1 ? 'hit' : 'hits'}, {chosen.size} chosen
          {props.truncated && ' (the list stops here; narrow the search to see the rest)'}
        </span>{' '}
        <button type="button" onClick={() => onChange(new Set(hits.map((h) => h.number)))}>
          Choose all
        </button>{' '}
        <button type="button" onClick={() => onChange(new Set())}>
          Choose none
        </button>
      </p>
      <ol className="autocode-hit-list">
        {hits.map((hit) => (
          <HitRow key={hit.number} hit={hit} checked={chosen.has(hit.number)} onToggle={toggle} />
        ))}
      </ol>
    </section>
  );
}

function HitRow(props: { hit: AutocodeHit; checked: boolean; onToggle(n: number): void }) {
  const { hit, checked, onToggle } = props;
  return (
    <li value={hit.number} data-hit={hit.number}>
      <label>
        <input type="checkbox" checked={checked} onChange={() => onToggle(hit.number)} />{' '}
        <span className="visually-hidden">Code hit {hit.number}: </span>
        <span className="autocode-snippet">
          <Snippet text={hit.snippet} />
        </span>
      </label>{' '}
      <a className="autocode-source" href={href.source(hit.sourceId, { unit: hit.unitIndex })}>
        {hit.sourceName}, unit {hit.unitIndex + 1}
      </a>
    </li>
  );
}
