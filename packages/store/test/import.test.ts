import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StoreError, type ImportProgress, type StoreLocation } from '../src/index.js';
import { ACTOR, engines, rawQuery, useStudies } from './engines.js';
import {
  INVALID_UTF8,
  LOG_A,
  LOG_B,
  LOG_WITHOUT_ENTRIES,
  TRANSCRIPT,
  docx,
  file,
} from './fixtures.js';

const LOGS = { dataset: 'Police logs', kind: 'police_logs', site: 'North' } as const;

async function blobCount(location: StoreLocation): Promise<number> {
  const rows = (await rawQuery(location, 'SELECT count(*) AS n FROM blobs')) as { n: unknown }[];
  return Number(rows[0]?.n);
}

describe.each(engines)('importFiles on $name', (engine) => {
  const studies = useStudies(engine);

  it('imports good files and stores nothing for bad ones, with diagnostics', async () => {
    const { store, location } = await studies.createAt();
    const progress: ImportProgress[] = [];
    const results = await store.importFiles(
      ACTOR,
      [
        file('logs/log-a.txt', LOG_A),
        INVALID_UTF8,
        file('empty-log.txt', LOG_WITHOUT_ENTRIES),
        file('log-b.txt', LOG_B),
      ],
      LOGS,
      (p) => progress.push(p),
    );
    expect(results.map((r) => r.status)).toEqual(['imported', 'failed', 'failed', 'imported']);
    for (const failed of results.filter((r) => r.status === 'failed')) {
      expect(failed.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      expect(failed.diagnostics[0]?.line).toBeGreaterThan(0);
    }
    expect(results[1]?.diagnostics[0]?.file).toBe('broken.txt');
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect((await store.counts()).sources).toBe(2);
    expect(await blobCount(location)).toBe(2);
    const actions = (await store.events.list()).map((e) => e.action);
    expect(actions).toEqual([
      'study.create',
      'dataset.create',
      'site.create',
      'source.import',
      'source.import',
    ]);
  });

  it('summarises each source: dataset, site, format, units, version, provenance', async () => {
    const store = await studies.create();
    const [result] = await store.importFiles(ACTOR, [file('C:\\Users\\ana\\log-a.txt', LOG_A)], {
      ...LOGS,
      tool: 'liaison-cli 0.1.0',
    });
    if (result?.status !== 'imported') throw new Error('import failed');
    const source = await store.sources.get(result.sourceId);
    expect(source).toMatchObject({
      name: 'log-a.txt',
      format: 'police_log_text',
      mediaType: 'text/plain',
      datasetName: 'Police logs',
      datasetKind: 'police_logs',
      siteName: 'North',
      currentVersion: 1,
      unitCount: 5,
      lengthUtf16: LOG_A.length,
      byteLength: new TextEncoder().encode(LOG_A).length,
      sha256: createHash('sha256').update(LOG_A).digest('hex'),
      participantIds: [],
      caseId: null,
      provenance: { fileName: 'log-a.txt', importedBy: ACTOR, tool: 'liaison-cli 0.1.0' },
    });
    expect(await store.sources.list({ siteId: source?.siteId ?? '' })).toEqual([source]);
    expect(await store.sources.list({ datasetId: 'other' })).toEqual([]);
    const version = await store.texts.current(result.sourceId);
    expect(version).toMatchObject({ number: 1, reason: 'import', text: LOG_A, parentId: null });
    const structure = await store.texts.structure(version.id);
    expect(structure.kind === 'police_log' && structure.entries.length).toBe(5);
  });

  it('keeps directories out of names, even hostile ones', async () => {
    const store = await studies.create();
    const results = await store.importFiles(ACTOR, [file('../../../etc/log-b.txt', LOG_B)], LOGS);
    const source = await store.sources.get(
      results[0]?.status === 'imported' ? results[0].sourceId : '',
    );
    expect(source?.name).toBe('log-b.txt');
    expect(source?.provenance.fileName).toBe('log-b.txt');
  });

  it('reports the same bytes in the same dataset as a duplicate and stores bytes once', async () => {
    const { store, location } = await studies.createAt();
    const [first] = await store.importFiles(ACTOR, [file('a.txt', LOG_A)], LOGS);
    const [again] = await store.importFiles(ACTOR, [file('renamed.txt', LOG_A)], LOGS);
    expect(again).toMatchObject({
      status: 'duplicate',
      sourceId: (first as { sourceId: string }).sourceId,
    });
    const other = { dataset: 'Logs round 2', kind: 'police_logs' } as const;
    const [elsewhere] = await store.importFiles(ACTOR, [file('a.txt', LOG_A)], other);
    expect(elsewhere?.status).toBe('imported');
    expect((await store.counts()).sources).toBe(2);
    expect(await blobCount(location)).toBe(1);
  });

  it('returns the original bytes and refuses bytes changed behind its back', async () => {
    const { store, location } = await studies.createAt();
    const bytes = new TextEncoder().encode('\uFEFF' + LOG_A.replace(/\n/g, '\r\n'));
    const [result] = await store.importFiles(ACTOR, [{ name: 'crlf.txt', bytes }], LOGS);
    const id = (result as { sourceId: string }).sourceId;
    expect(await store.sources.originalBytes(id)).toEqual(bytes);
    const tamper =
      engine.name === 'sqlite'
        ? "UPDATE blobs SET bytes = X'00'"
        : "UPDATE blobs SET bytes = '\\x00'::bytea";
    await rawQuery(location, tamper);
    const error = await store.sources.originalBytes(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store.integrity');
  });

  it('links transcript speakers to participants by code, case-insensitively', async () => {
    const store = await studies.create();
    const p07 = await store.participants.create(ACTOR, {
      code: 'P07',
      role: 'AMHP',
      organisation: 'Council',
      sector: 'statutory',
    });
    const interviews = { dataset: 'Interviews', kind: 'interviews' } as const;
    const [result] = await store.importFiles(ACTOR, [file('int-07.txt', TRANSCRIPT)], interviews);
    const source = await store.sources.get((result as { sourceId: string }).sourceId);
    expect(source).toMatchObject({ format: 'transcript', participantIds: [p07.id], unitCount: 5 });
    const events = await store.events.list({ entityId: source?.id ?? '' });
    expect(events[0]?.after).toMatchObject({ participantIds: [p07.id] });
  });

  it('sets participants by hand, with an event', async () => {
    const store = await studies.create();
    const docs = { dataset: 'Interviews', kind: 'interviews' } as const;
    const [result] = await store.importFiles(ACTOR, [file('int.txt', TRANSCRIPT)], docs);
    const id = (result as { sourceId: string }).sourceId;
    const p = await store.participants.create(ACTOR, {
      code: 'P11',
      role: 'Nurse',
      organisation: 'NHS',
      sector: 'statutory',
    });
    await store.sources.setParticipants(ACTOR, id, [p.id, p.id]);
    expect((await store.sources.get(id))?.participantIds).toEqual([p.id]);
    const [event] = await store.events.list({ entityId: id, afterSeq: 0 }).then((e) => e.slice(-1));
    expect(event).toMatchObject({
      action: 'source.set_participants',
      before: { participantIds: [] },
      after: { participantIds: [p.id] },
    });
  });

  it('refuses binary files, and creates no dataset when every file fails', async () => {
    const store = await studies.create();
    const png = {
      name: 'photo.txt',
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
    };
    const [result] = await store.importFiles(ACTOR, [png], LOGS);
    expect(result?.status).toBe('failed');
    expect(await store.datasets.list()).toEqual([]);
    expect(await store.sites.list()).toEqual([]);
  });

  it('refuses a batch aimed at an existing dataset of another kind', async () => {
    const store = await studies.create();
    await store.importFiles(ACTOR, [file('log-a.txt', LOG_A)], LOGS);
    const mismatch = store.importFiles(ACTOR, [file('t.txt', TRANSCRIPT)], {
      dataset: 'Police logs',
      kind: 'interviews',
    });
    await expect(mismatch).rejects.toMatchObject({ code: 'store.conflict' });
    expect((await store.counts()).sources).toBe(1);
  });

  it('reads .docx transcripts through the docx reader and refuses a .docx that is not one', async () => {
    const store = await studies.create();
    const lines = TRANSCRIPT.trim().split('\n');
    const interviews = { dataset: 'Interviews', kind: 'interviews' } as const;
    const [word, fake] = await store.importFiles(
      ACTOR,
      [docx('int-07.docx', lines), file('fake.docx', TRANSCRIPT)],
      interviews,
    );
    const source = await store.sources.get((word as { sourceId: string }).sourceId);
    expect(source).toMatchObject({
      format: 'transcript',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      unitCount: 5,
    });
    expect((await store.texts.current(source?.id ?? '')).text.trim()).toBe(lines.join('\n'));
    expect(fake).toMatchObject({ status: 'failed', diagnostics: [{ code: 'docx.not_zip' }] });
  });
});
