/**
 * Builds the fictional demo study from examples/demo-study into a store: sites, the participant
 * register, then each dataset's files (so transcript speakers link to participants), one
 * incident case per police log, and the thematic codebook with two researchers' codings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { formatDiagnostic, parseParticipantRegister, type ParticipantRow } from '@liaison/core';
import {
  createStudy,
  type ImportResult,
  type StoreLocation,
  type StudyStore,
} from '@liaison/store';
import { addCodebook, readCodebook } from './demo-codebook.js';
import { addCodings } from './demo-codings.js';
import { DEMO_ROOT, readManifest, type DemoManifest } from './manifest.js';

export interface DemoProgress {
  step: string;
  done: number;
  total: number;
}

export interface BuildDemoOptions {
  onProgress?: (p: DemoProgress) => void;
  root?: string;
  actor?: string;
}

const DEMO_ACTOR = 'demo-builder';

export async function buildDemoStudy(
  location: StoreLocation,
  options: BuildDemoOptions = {},
): Promise<StudyStore> {
  const root = options.root ?? DEMO_ROOT;
  const actor = options.actor ?? DEMO_ACTOR;
  const manifest = readManifest(root);
  const store = await createStudy(
    location,
    { name: manifest.name, description: manifest.description },
    actor,
  );
  try {
    const siteIds = await addSites(store, manifest, actor);
    await addParticipants(store, manifest, root, siteIds, actor);
    await importDatasets(store, manifest, root, actor, options.onProgress);
    await addIncidentCases(store, actor);
    await addThematicCoding(store, manifest, root, actor);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function addSites(
  store: StudyStore,
  manifest: DemoManifest,
  actor: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const s of manifest.sites)
    ids.set(s.name.toLowerCase(), (await store.sites.create(actor, s)).id);
  return ids;
}

async function addParticipants(
  store: StudyStore,
  manifest: DemoManifest,
  root: string,
  siteIds: Map<string, string>,
  actor: string,
): Promise<void> {
  for (const file of manifest.participants) {
    for (const p of readRegister(join(root, file), file)) {
      const siteId = p.site ? (siteIds.get(p.site.toLowerCase()) ?? null) : null;
      await store.participants.create(actor, {
        code: p.code,
        role: p.role,
        organisation: p.organisation,
        sector: p.sector,
        siteId,
        attributes: p.attributes,
      });
    }
  }
}

function readRegister(path: string, file: string): ParticipantRow[] {
  const outcome = parseParticipantRegister(readFileSync(path, 'utf8'), file);
  if (!outcome.ok) throw new Error(outcome.diagnostics.map(formatDiagnostic).join('\n'));
  return outcome.structure;
}

async function importDatasets(
  store: StudyStore,
  manifest: DemoManifest,
  root: string,
  actor: string,
  onProgress?: (p: DemoProgress) => void,
): Promise<void> {
  for (const ds of manifest.datasets) {
    for (const imp of ds.imports) {
      const files = demoFiles(join(root, imp.dir), ds.extensions);
      const target = { dataset: ds.name, kind: ds.kind, site: imp.site };
      const step = `${ds.name} (${imp.site})`;
      const results = await store.importFiles(actor, files, target, (p) =>
        onProgress?.({ step, done: p.done, total: p.total }),
      );
      assertAllImported(results);
    }
  }
  const datasets = await store.datasets.list();
  for (const ds of manifest.datasets) {
    const found = datasets.find((d) => d.name === ds.name);
    if (found && found.description !== ds.description)
      await store.datasets.update(actor, found.id, { description: ds.description });
  }
}

function demoFiles(dir: string, extensions: string[]): { name: string; bytes: Uint8Array }[] {
  const names = readdirSync(dir)
    .filter((n) => extensions.includes(extname(n).toLowerCase()))
    .sort();
  return names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** The demo ships only valid files: a failure here is a bug in the demo or the parsers. */
function assertAllImported(results: ImportResult[]): void {
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length)
    throw new Error(
      `demo files failed to import:\n${failed.flatMap((r) => r.diagnostics.map(formatDiagnostic)).join('\n')}`,
    );
}

async function addIncidentCases(store: StudyStore, actor: string): Promise<void> {
  const logs = (await store.sources.list()).filter((s) => s.datasetKind === 'police_logs');
  for (const log of logs) {
    const structure = await store.texts.structure((await store.texts.current(log.id)).id);
    const incident =
      structure.kind === 'police_log' && structure.incident ? structure.incident : log.name;
    const attributes = { site: log.siteName ?? '', opening_code: openingCode(structure) };
    await store.cases.create(actor, {
      name: incident,
      kind: 'incident',
      description: `Incident recorded in ${log.name}`,
      attributes,
      sourceIds: [log.id],
    });
  }
}

function openingCode(structure: Awaited<ReturnType<StudyStore['texts']['structure']>>): string {
  return structure.kind === 'police_log' ? (structure.openingCode ?? '') : '';
}

/** The codebook, then the researchers' codings of the transcripts (when the manifest has them). */
async function addThematicCoding(
  store: StudyStore,
  manifest: DemoManifest,
  root: string,
  actor: string,
): Promise<void> {
  if (!manifest.codebook) return;
  const codes = await addCodebook(store, readCodebook(root, manifest.codebook), actor);
  if (manifest.codings) await addCodings(store, manifest, root, manifest.codings, codes, actor);
}
