/**
 * Lexical autocode over a study (docs/assisted-coding.md): a preview of numbered hits, then
 * codings for the hits the researcher chose, created as the acting coder in one batch (one
 * `coding.create_many` event).
 */
import {
  autocode,
  describeAnchor,
  hitSnippet,
  type AutocodeHit,
  type AutocodeQuery,
  type Code,
  type Id,
  type TextVersion,
} from '@liaison/core';
import type { CodingInput, StudyStore } from '../contract.js';
import { StoreError } from '../errors.js';
import { loadStudyTexts, type StudyText, type UnitFilter } from './study-units.js';

export interface AutocodePreviewHit extends AutocodeHit {
  /** 1-based number to pick the hit with when applying. */
  number: number;
  sourceName: string;
  textVersionId: Id;
  snippet: string;
}

export interface AutocodePreview {
  hits: AutocodePreviewHit[];
  truncated: boolean;
}

export async function previewAutocode(
  store: StudyStore,
  query: AutocodeQuery,
  filter: UnitFilter = {},
): Promise<AutocodePreview> {
  const texts = await loadStudyTexts(store, filter);
  const byId = new Map(texts.map((t) => [t.sourceId, t]));
  const result = autocode(texts, query);
  const hits = result.hits.map((h, i) => {
    const t = byId.get(h.sourceId) as StudyText;
    // A bare match shows context from its unit; a sentence or turn shows itself.
    const bounds = (query.unit ?? 'match') === 'match' ? t.units[h.unitIndex] : h;
    const snippet = hitSnippet(t.text, h, 60, bounds);
    return {
      ...h,
      number: i + 1,
      sourceName: t.sourceName,
      textVersionId: t.textVersionId,
      snippet,
    };
  });
  return { hits, truncated: result.truncated };
}

function invalid(message: string): StoreError {
  return new StoreError('store.invalid_input', message);
}

/** The code to apply, which must exist, be codable and not retired. */
async function codeToApply(store: StudyStore, codeId: Id): Promise<Code> {
  const code = await store.codes.get(codeId);
  if (!code) throw new StoreError('store.not_found', `No code ${codeId}.`);
  if (!code.codable) throw invalid(`Code "${code.name}" is a folder; choose a codable code.`);
  if (code.retiredAt) throw invalid(`Code "${code.name}" is retired; choose a code in use.`);
  return code;
}

/**
 * Codes the chosen hits (by number, or all) with `codeId` as `actor`. Hits already coded with
 * this code by this coder at the same span are skipped, so applying twice adds nothing.
 */
export async function applyAutocode(
  store: StudyStore,
  actor: string,
  codeId: Id,
  preview: AutocodePreview,
  chosen: number[] | 'all',
): Promise<{ created: number; skipped: number }> {
  await codeToApply(store, codeId);
  const numbers = new Set(chosen === 'all' ? preview.hits.map((h) => h.number) : chosen);
  const unknown = [...numbers].filter((n) => !preview.hits.some((h) => h.number === n));
  if (unknown.length)
    throw invalid(
      `No hit numbered ${unknown.join(', ')} (the preview has 1–${preview.hits.length}).`,
    );
  const picked = preview.hits.filter((h) => numbers.has(h.number));
  const done = await codedSpans(store, actor, codeId, picked);
  const fresh = picked.filter((h) => !done.has(spanKey(h.textVersionId, h.start, h.end)));
  const inputs = await inputsFor(store, actor, codeId, fresh);
  const created = inputs.length ? await store.codings.createMany(actor, inputs) : 0;
  return { created, skipped: picked.length - inputs.length };
}

const spanKey = (versionId: Id, start: number, end: number) => `${versionId}:${start}:${end}`;

/** Spans this coder already coded with this code in the hits' sources (one read per source). */
async function codedSpans(
  store: StudyStore,
  coder: string,
  codeId: Id,
  hits: AutocodePreviewHit[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const sourceId of new Set(hits.map((h) => h.sourceId)))
    for (const c of await store.codings.bySource(sourceId))
      if (c.coder === coder && c.codeId === codeId)
        keys.add(
          spanKey(c.textVersionId, c.anchor.position.startUtf16, c.anchor.position.endUtf16),
        );
  return keys;
}

/** Anchors for the hits, reading each text version once. */
async function inputsFor(
  store: StudyStore,
  coder: string,
  codeId: Id,
  hits: AutocodePreviewHit[],
): Promise<CodingInput[]> {
  const versions = new Map<Id, TextVersion>();
  const inputs: CodingInput[] = [];
  for (const h of hits) {
    let version = versions.get(h.textVersionId);
    if (!version) {
      version = await store.texts.get(h.textVersionId);
      if (!version) throw new StoreError('store.not_found', `No text version ${h.textVersionId}.`);
      versions.set(version.id, version);
    }
    const anchor = describeAnchor(version.text, h.start, h.end);
    inputs.push({ codeId, textVersionId: version.id, coder, anchor });
  }
  return inputs;
}
