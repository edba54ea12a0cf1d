/**
 * Import of the demo study (60 logs, 33 transcripts, 55 participants) into a fresh SQLite study,
 * against a baseline of decoding and parsing the same files with no store: the ratio is the cost
 * of persistence (hashing, blobs, versions, structure, search index, audit events).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { decodeText, detectFormat, parseSource, type DatasetKind } from '@liaison/core';
import { buildDemoStudy } from '../packages/cli/src/demo/build-demo.js';
import { DEMO_ROOT, readManifest } from '../packages/cli/src/demo/manifest.js';
import { peakRssMb, report, time } from './lib/measure.js';

function demoFiles(): { file: string; bytes: Uint8Array; kind: DatasetKind }[] {
  const manifest = readManifest();
  return manifest.datasets.flatMap((ds) =>
    ds.imports.flatMap((imp) =>
      readdirSync(join(DEMO_ROOT, imp.dir))
        .filter((n) => ds.extensions.includes(extname(n)))
        .map((n) => ({
          file: n,
          bytes: new Uint8Array(readFileSync(join(DEMO_ROOT, imp.dir, n))),
          kind: ds.kind,
        })),
    ),
  );
}

function parseOnly(files: ReturnType<typeof demoFiles>): void {
  for (const f of files) {
    const decoded = decodeText(f.bytes, f.file);
    if (!decoded.ok) throw new Error(`${f.file} does not decode`);
    const format = detectFormat({ file: f.file, text: decoded.text, kind: f.kind });
    if (!parseSource({ file: f.file, text: decoded.text, format }).ok)
      throw new Error(`${f.file} does not parse`);
  }
}

async function importOnce(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-demo-'));
  const store = await buildDemoStudy({ engine: 'sqlite', path: join(dir, 'demo.liaison') });
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

const files = demoFiles();
const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
console.log(`demo study: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
const baseline = await time(() => parseOnly(files), 7, 2);
const full = await time(importOnce, 5, 1);
report('import demo study (SQLite)', full, {
  name: 'decode+parse only, no store',
  ms: baseline.medianMs,
});
console.log(`peak RSS ${peakRssMb().toFixed(0)} MB`);
