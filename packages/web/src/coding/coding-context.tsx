/**
 * What the reader's rows need from coding: the codings (only the actor's own while blind), the
 * codes for names and colours, which coding is selected, and where the reader's focus is. The
 * provider loads codes and codings, follows the text selection, and applies and unapplies.
 */
import type { Code, Coding, CodingSettings, TextVersion } from '@liaison/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useActor } from '../api/actor.js';
import { codingApi, type CodingSpan, type SourceCodingsResponse } from '../api/coding-api.js';
import { useApi } from '../api/use-api.js';
import { readSelection } from './selection.js';
import type { CodingUnit } from './units.js';

export interface PendingSelection {
  span: CodingSpan;
  quote: string;
}

export interface CodingState {
  actor: string;
  version: TextVersion;
  units: CodingUnit[];
  /** The codebook, or null until it has loaded. */
  codes: Code[] | null;
  codeById: Map<string, Code>;
  /** Why the codebook could not be loaded, if it could not. */
  codesError: string | null;
  codings: Coding[];
  settings: CodingSettings | null;
  /** Why the codings could not be loaded, if they could not. */
  codingsError: string | null;
  pending: PendingSelection | null;
  /** Forgets the selection (after it was coded), in the page and here. */
  clearSelection(): void;
  activeRow: number | null;
  setActiveRow(index: number | null): void;
  selectedId: string | null;
  select(codingId: string | null): void;
  /** Reloads codings and settings (after a change, or a reveal). */
  refresh(): void;
  /** Codings overlapping [start, end) of the version, in text order. */
  codingsIn(start: number, end: number): Coding[];
}

const CodingContext = createContext<CodingState | null>(null);

/** The coding state, or null outside a coding reader (rows then render plain text). */
export function useCodingState(): CodingState | null {
  return useContext(CodingContext);
}

/** One empty list, so "no codings yet" does not change identity at every render. */
const NO_CODINGS: Coding[] = [];

interface CodingsResult {
  actor: string;
  data: SourceCodingsResponse | null;
  error: string | null;
}

/** The last codings response, kept while a reload is in flight so the margin does not blink. */
function useSourceCodings(sourceId: string, actor: string, revision: number) {
  const [result, setResult] = useState<CodingsResult | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    codingApi.codings(sourceId, controller.signal).then(
      (data) => setResult({ actor, data, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setResult((prev) => ({
          actor,
          data: prev?.actor === actor ? prev.data : null,
          error: message,
        }));
      },
    );
    return () => controller.abort();
  }, [sourceId, actor, revision]);
  // Another identity's codings are never shown, not even while the new ones load.
  const current = result?.actor === actor ? result : null;
  return {
    codings: current?.data?.codings ?? NO_CODINGS,
    settings: current?.data?.settings ?? null,
    codingsError: current?.error ?? null,
  };
}

function usePendingSelection(version: string) {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  useEffect(() => {
    const onChange = () => {
      const read = readSelection(document.getSelection(), version);
      if (read.kind === 'span') setPending({ span: read.span, quote: read.quote });
      else if (read.kind === 'cleared') setPending(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [version]);
  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setPending(null);
  }, []);
  return { pending, clear };
}

/** The codebook as a list for the picker and a map for names and colours. */
function useCodes() {
  const loaded = useApi('codes', (signal) => codingApi.codes(signal));
  const list = loaded.status === 'ready' ? loaded.data.codes : null;
  const codeById = useMemo(() => new Map((list ?? []).map((c) => [c.id, c])), [list]);
  const error = loaded.status === 'error' ? loaded.error.message : null;
  return { codes: list, codeById, codesError: error };
}

export function CodingProvider(props: {
  sourceId: string;
  version: TextVersion;
  units: CodingUnit[];
  children: ReactNode;
}) {
  const { sourceId, version, units } = props;
  const actor = useActor();
  const [revision, setRevision] = useState(0);
  const [activeRow, setActiveRow] = useState<number | null>(null);
  const [selectedId, select] = useState<string | null>(null);
  const { codes, codeById, codesError } = useCodes();
  const loaded = useSourceCodings(sourceId, actor, revision);
  const { pending, clear: clearSelection } = usePendingSelection(version.text);
  const refresh = useCallback(() => setRevision((n) => n + 1), []);
  const { codings, settings, codingsError } = loaded;
  const codingsIn = useCallback(
    (start: number, end: number) => codings.filter((c) => overlaps(c, start, end)),
    [codings],
  );
  const state = useMemo(
    // prettier-ignore
    (): CodingState => ({
      actor, version, units, codes, codeById, codesError, codings, settings, codingsError,
      pending, clearSelection, activeRow, setActiveRow, selectedId, select, refresh, codingsIn,
    }),
    // prettier-ignore
    [actor, version, units, codes, codeById, codesError, codings, settings, codingsError,
      pending, clearSelection, activeRow, selectedId, refresh, codingsIn],
  );
  return <CodingContext.Provider value={state}>{props.children}</CodingContext.Provider>;
}

/** True when the coding and [start, end) share at least one code unit. */
function overlaps(coding: Coding, start: number, end: number): boolean {
  const { startUtf16: s, endUtf16: e } = coding.anchor.position;
  return s < end && e > start;
}
