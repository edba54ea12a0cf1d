/**
 * A small hash router: the whole app state that a link can carry lives after `#`, so links work
 * from the file the server serves without any server-side routes.
 *   #/                     study home
 *   #/sources/:id?q=words&unit=N  source reader (q: words to mark; unit: row to open at)
 *   #/sources/:id/deid     review of the source's detected identifiers
 *   #/search?q=words       study-wide search results
 *   #/analysis             police-log analysis across the study
 *   #/codebook             the codebook, its operations and coding rounds
 *   #/queries              co-occurrence, matrix coding and the framework matrix
 *   #/autocode             lexical autocode: search, preview hits, code the chosen ones
 *   #/sequences?state=event&bin=60&k=3  police logs as state sequences, clustered
 *   #/disputes?coders=a,b  disagreement review between two coders
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'source'; id: string; find: string; unit: number | null }
  | { name: 'deid'; id: string }
  | { name: 'search'; query: string }
  | { name: 'analysis' }
  | { name: 'codebook' }
  | { name: 'queries' }
  | { name: 'autocode' }
  | ({ name: 'sequences' } & SequenceParams)
  | { name: 'disputes'; coders: string[] }
  | { name: 'unknown'; path: string };

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'sources' && parts.length === 2 && parts[1]) {
    return { name: 'source', id: parts[1], find: params.get('q') ?? '', unit: unitParam(params) };
  }
  if (parts[0] === 'sources' && parts.length === 3 && parts[1] && parts[2] === 'deid') {
    return { name: 'deid', id: parts[1] };
  }
  if (parts[0] === 'search' && parts.length === 1) {
    return { name: 'search', query: params.get('q') ?? '' };
  }
  if (parts[0] === 'analysis' && parts.length === 1) return { name: 'analysis' };
  if (parts[0] === 'codebook' && parts.length === 1) return { name: 'codebook' };
  if (parts[0] === 'queries' && parts.length === 1) return { name: 'queries' };
  if (parts[0] === 'autocode' && parts.length === 1) return { name: 'autocode' };
  if (parts[0] === 'sequences' && parts.length === 1)
    return { name: 'sequences', ...sequenceParams(params) };
  if (parts[0] === 'disputes' && parts.length === 1)
    return { name: 'disputes', coders: (params.get('coders') ?? '').split(',').filter(Boolean) };
  return { name: 'unknown', path };
}

/** `unit=N`, a 0-based row index; anything else is ignored. */
function unitParam(params: URLSearchParams): number | null {
  const value = params.get('unit');
  return value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/** The sequence view's choices; anything unreadable falls back to the default. */
export interface SequenceParams {
  state: 'event' | 'agency' | 'framing';
  /** Minutes per position, or null for one position per entry. */
  bin: number | null;
  k: number;
}

export const DEFAULT_SEQUENCE_PARAMS: SequenceParams = { state: 'event', bin: null, k: 3 };

function sequenceParams(params: URLSearchParams): SequenceParams {
  const state = params.get('state');
  const bin = params.get('bin') ?? '';
  const k = params.get('k') ?? '';
  return {
    state: state === 'agency' || state === 'framing' ? state : 'event',
    bin: /^\d{1,6}$/.test(bin) && Number(bin) > 0 ? Number(bin) : null,
    k: /^\d{1,2}$/.test(k) && Number(k) >= 2 ? Number(k) : DEFAULT_SEQUENCE_PARAMS.k,
  };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export const href = {
  home: (): string => '#/',
  source: (id: string, at: { find?: string; unit?: number } = {}): string => {
    const params = new URLSearchParams();
    if (at.find) params.set('q', at.find);
    if (at.unit !== undefined) params.set('unit', String(at.unit));
    const query = params.toString();
    return `#/sources/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
  },
  deid: (id: string): string => `#/sources/${encodeURIComponent(id)}/deid`,
  search: (query: string): string => `#/search?q=${encodeURIComponent(query)}`,
  analysis: (): string => '#/analysis',
  codebook: (): string => '#/codebook',
  queries: (): string => '#/queries',
  autocode: (): string => '#/autocode',
  disputes: (coders: string[] = []): string =>
    coders.length ? `#/disputes?coders=${encodeURIComponent(coders.join(','))}` : '#/disputes',
  sequences: (p: SequenceParams = DEFAULT_SEQUENCE_PARAMS): string => {
    const params = new URLSearchParams({ state: p.state, k: String(p.k) });
    if (p.bin !== null) params.set('bin', String(p.bin));
    return `#/sequences?${params}`;
  },
};

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function navigate(to: string): void {
  window.location.hash = to;
}
