/**
 * The demo study's codings, examples/demo-study/codings/<coder>/<transcript>.json: each file
 * names a source by its path in the demo folder, the coder, and the codings as (code, quote)
 * pairs. Quotes are anchored on the imported text with core's `anchorQuote`; a quote that is
 * missing or occurs more than once is a build error naming the file and the quote.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { anchorQuote, type SourceSummary } from '@liaison/core';
import type { CodingInput, StudyStore } from '@liaison/store';
import type { DemoManifest } from './manifest.js';

const CodingsFileSchema = z.object({
  source: z.string().min(1),
  coder: z.string().min(1),
  codings: z.array(z.object({ code: z.string().min(1), quote: z.string().min(1) })),
});

type CodingsFile = z.infer<typeof CodingsFileSchema> & { path: string };

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return jsonFiles(path);
      return name.endsWith('.json') ? [path] : [];
    });
}

export function readCodingsFiles(root: string, dir: string): CodingsFile[] {
  return jsonFiles(join(root, dir)).map((path) => {
    const parsed = CodingsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success)
      throw new Error(
        `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return { ...parsed.data, path };
  });
}

/** The imported source a demo path (`interviews/northmoor/NM-INT-01.txt`) became. */
function sourceFor(
  file: CodingsFile,
  manifest: DemoManifest,
  sources: SourceSummary[],
): SourceSummary {
  const dir = dirname(file.source);
  const dataset = manifest.datasets.find((d) => d.imports.some((i) => i.dir === dir));
  const site = dataset?.imports.find((i) => i.dir === dir)?.site;
  const found = sources.find(
    (s) =>
      s.name === basename(file.source) && s.datasetName === dataset?.name && s.siteName === site,
  );
  if (!found) throw new Error(`${file.path}: no imported source for "${file.source}"`);
  return found;
}

function codeIdFor(
  file: CodingsFile,
  name: string,
  codes: Map<string, { id: string; codable: boolean }>,
): string {
  const code = codes.get(name);
  if (!code) throw new Error(`${file.path}: code "${name}" is not in the codebook`);
  if (!code.codable) throw new Error(`${file.path}: "${name}" is a folder, not a codable code`);
  return code.id;
}

function describeFailure(file: CodingsFile, quote: string, reason: string, n: number): string {
  const shown = quote.length > 80 ? `${quote.slice(0, 77)}...` : quote;
  const why =
    reason === 'ambiguous'
      ? `occurs ${n} times in ${file.source}; lengthen the quote`
      : `is not in ${file.source}; copy it verbatim from the transcript`;
  return `${file.path}: quote "${shown}" ${why}`;
}

async function inputsFor(
  store: StudyStore,
  file: CodingsFile,
  source: SourceSummary,
  codes: Map<string, { id: string; codable: boolean }>,
): Promise<CodingInput[]> {
  const version = await store.texts.current(source.id);
  return file.codings.map(({ code, quote }) => {
    const placed = anchorQuote(version.text, quote);
    if (!placed.ok)
      throw new Error(describeFailure(file, quote, placed.reason, placed.occurrences));
    const codeId = codeIdFor(file, code, codes);
    return { codeId, textVersionId: version.id, coder: file.coder, anchor: placed.anchor };
  });
}

/** Anchors every codings file, then stores them all in one batch (one audit event). */
export async function addCodings(
  store: StudyStore,
  manifest: DemoManifest,
  root: string,
  dir: string,
  codes: Map<string, { id: string; codable: boolean }>,
  actor: string,
): Promise<number> {
  const sources = await store.sources.list();
  const inputs: CodingInput[] = [];
  for (const file of readCodingsFiles(root, dir))
    inputs.push(...(await inputsFor(store, file, sourceFor(file, manifest, sources), codes)));
  return store.codings.createMany(actor, inputs);
}
