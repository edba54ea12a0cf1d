/**
 * `deid.apply` on a SQLite study of 100 seeded synthetic (fictional) police logs, each with 30
 * entries full of identifiers and 10 codings, every suggestion accepted. Baseline: the same
 * redacted texts stored with `texts.createVersion`, whose codings are re-anchored by fuzzy quote
 * search (core's `reanchorAll`) instead of apply's OffsetMap. Apply also purges older versions,
 * scrubs every other table and compacts the file, so it does more; the ratio shows what that
 * costs. Each sample builds a fresh study (apply cannot run twice on the same text).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ENTITY_TYPES,
  PseudonymTable,
  applyPseudonyms,
  describeAnchor,
  type Detection,
} from '@liaison/core';
import { createStudy, nodeHmac, type StudyStore } from '@liaison/store';
import { peakRssMb, report, summarise } from './lib/measure.js';
import { randomInt, seededRandom } from './lib/synthetic-text.js';

const LOGS = 100;
const ENTRIES = 30;
const CODINGS_PER_LOG = 10;
const SAMPLES = 3;
const ACTOR = 'bench';
const SECRET = new Uint8Array(32).fill(3);

const FIRST = ['Amir', 'Siobhan', 'Kwame', 'Ffion', 'Tomasz', 'Priya', 'Callum', 'Jean'];
const LAST = ['WRIGHT', 'JONES', 'SMITH', 'PATEL', 'OKAFOR', 'WOOD'];
const STREETS = ['Ormeau Avenue', 'Jubilee Close', 'Mill Lane', 'Cliff Terrace'];

function logText(seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[randomInt(random, list.length)]!;
  const lines = ['Incident: 2016-0311', 'Site: North', 'Opened: 09/06/2016 10:15', ''];
  for (let i = 0; i < ENTRIES; i++) {
    const time = `${String(10 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}`;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const where = `${1 + randomInt(random, 90)} ${pick(STREETS)}`;
    lines.push(
      `${time} [OP41] Caller ${name} at ${where} reports concern, call 07700 900${100 + i}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function buildStudy(dir: string, name: string): Promise<StudyStore> {
  const store = await createStudy(
    { engine: 'sqlite', path: join(dir, `${name}.liaison`) },
    { name },
    ACTOR,
  );
  const files = Array.from({ length: LOGS }, (_, i) => ({
    name: `log-${i}.txt`,
    bytes: new TextEncoder().encode(logText(i)),
  }));
  await store.importFiles(ACTOR, files, { dataset: 'Logs', kind: 'police_logs' });
  const code = await store.codes.create(ACTOR, { name: 'concern' });
  const inputs = [];
  for (const source of await store.sources.list()) {
    const version = await store.texts.current(source.id);
    for (let k = 0, at = 0; k < CODINGS_PER_LOG; k++) {
      at = version.text.indexOf('Caller', at + 1);
      const anchor = describeAnchor(version.text, at, version.text.indexOf(' reports', at));
      inputs.push({ codeId: code.id, textVersionId: version.id, coder: ACTOR, anchor });
    }
  }
  await store.codings.createMany(ACTOR, inputs);
  await store.deid.detect(ACTOR);
  for (const type of ENTITY_TYPES) await store.deid.acceptType(ACTOR, type);
  return store;
}

async function timeApply(dir: string, i: number): Promise<number> {
  const store = await buildStudy(dir, `apply-${i}`);
  const t0 = performance.now();
  await store.deid.apply(ACTOR, new PseudonymTable({ secret: SECRET, hmac: nodeHmac }));
  const ms = performance.now() - t0;
  await store.close();
  return ms;
}

/** The same redaction through `createVersion` (fuzzy re-anchoring), texts computed untimed. */
async function timeCreateVersion(dir: string, i: number): Promise<number> {
  const store = await buildStudy(dir, `version-${i}`);
  const table = new PseudonymTable({ secret: SECRET, hmac: nodeHmac });
  const redacted: [string, string][] = [];
  for (const source of await store.sources.list()) {
    const version = await store.texts.current(source.id);
    const detections: Detection[] = (await store.deid.list(source.id)).detections.map((d) => ({
      ...d,
      text: version.text.slice(d.startUtf16, d.endUtf16),
    }));
    redacted.push([source.id, applyPseudonyms(version.text, detections, table).text]);
  }
  const t0 = performance.now();
  for (const [id, text] of redacted) await store.texts.createVersion(ACTOR, id, text, 'redaction');
  const ms = performance.now() - t0;
  await store.close();
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-deid-'));
try {
  const apply: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    apply.push(await timeApply(dir, i));
    baseline.push(await timeCreateVersion(dir, i));
  }
  const base = summarise(baseline);
  report(`deid apply (${LOGS} logs, ${LOGS * CODINGS_PER_LOG} codings)`, summarise(apply), {
    name: 'createVersion per source (fuzzy re-anchoring)',
    ms: base.medianMs,
  });
  console.log(`peak RSS ${peakRssMb().toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
