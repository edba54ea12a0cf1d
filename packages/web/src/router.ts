/**
 * A small hash router: the whole app state that a link can carry lives after `#`, so links work
 * from the file the server serves without any server-side routes.
 *   #/                     study home
 *   #/sources/:id?q=words&unit=N  source reader (q: words to mark; unit: row to open at)
 *   #/search?q=words       study-wide search results
 *   #/analysis             police-log analysis across the study
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'source'; id: string; find: string; unit: number | null }
  | { name: 'search'; query: string }
  | { name: 'analysis' }
  | { name: 'unknown'; path: string };

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'sources' && parts.length === 2 && parts[1]) {
    return { name: 'source', id: parts[1], find: params.get('q') ?? '', unit: unitParam(params) };
  }
  if (parts[0] === 'search' && parts.length === 1) {
    return { name: 'search', query: params.get('q') ?? '' };
  }
  if (parts[0] === 'analysis' && parts.length === 1) return { name: 'analysis' };
  return { name: 'unknown', path };
}

/** `unit=N`, a 0-based row index; anything else is ignored. */
function unitParam(params: URLSearchParams): number | null {
  const value = params.get('unit');
  return value !== null && /^\d{1,9}$/.test(value) ? Number(value) : null;
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
  search: (query: string): string => `#/search?q=${encodeURIComponent(query)}`,
  analysis: (): string => '#/analysis',
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
