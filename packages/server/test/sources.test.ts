import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64, NOT_A_LOG, POLICE_LOG, TRANSCRIPT } from './support/fixtures.js';
import { BUILDER, openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
beforeAll(async () => {
  t = await openTestStudy();
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const anyId = expect.stringMatching(/^[0-9A-Za-z_-]+$/);

describe('listing and reading sources', () => {
  it('lists every source with its dataset, site and counts', async () => {
    const res = await get('/api/sources');
    expect(res.statusCode).toBe(200);
    const log = res.json().sources.find((s: { id: string }) => s.id === t.ids.log);
    expect(log).toEqual({
      id: t.ids.log,
      datasetId: anyId,
      datasetName: 'Police logs',
      datasetKind: 'police_logs',
      siteId: anyId,
      siteName: 'Northbridge',
      caseId: null,
      name: expect.any(String),
      format: 'police_log_text',
      mediaType: 'text/plain',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      byteLength: Buffer.byteLength(POLICE_LOG),
      provenance: {
        fileName: 'log-0415.txt',
        importedBy: BUILDER,
        importedAt: expect.any(String),
        tool: expect.any(String),
      },
      participantIds: [],
      currentVersion: 1,
      unitCount: 4,
      lengthUtf16: POLICE_LOG.length,
    });
  });

  it('filters by dataset and by site', async () => {
    const all = (await get('/api/sources')).json().sources;
    const log = all.find((s: { id: string }) => s.id === t.ids.log);
    const byDataset = (await get(`/api/sources?datasetId=${log.datasetId}`)).json().sources;
    expect(byDataset.map((s: { id: string }) => s.id)).toEqual([t.ids.log]);
    const bySite = (await get(`/api/sources?siteId=${log.siteId}`)).json().sources;
    expect(bySite.map((s: { id: string }) => s.id)).toEqual([t.ids.log]);
  });

  it('answers the current text version with its text', async () => {
    const res = await get(`/api/sources/${t.ids.transcript}/text`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      version: {
        id: anyId,
        sourceId: t.ids.transcript,
        number: 1,
        parentId: null,
        reason: 'import',
        text: TRANSCRIPT,
        lengthUtf16: TRANSCRIPT.length,
        createdAt: expect.any(String),
        createdBy: BUILDER,
      },
    });
  });

  it('lists versions without their text, and answers the structure of one', async () => {
    const versions = (await get(`/api/sources/${t.ids.log}/versions`)).json().versions;
    expect(versions).toHaveLength(1);
    expect(versions[0]).not.toHaveProperty('text');
    const res = await get(`/api/sources/${t.ids.log}/versions/${versions[0].id}/structure`);
    expect(res.statusCode).toBe(200);
    const { structure } = res.json();
    expect(structure).toMatchObject({
      kind: 'police_log',
      incident: '2031/0415',
      site: 'Northbridge',
      closingCode: 'NFA',
    });
    expect(
      structure.entries.map((e: { time: string; author: string }) => [e.time, e.author]),
    ).toEqual([
      ['2031-03-14T21:05:00', 'PC 4471 ADAMS'],
      ['2031-03-14T21:19:00', 'DISP 22'],
      ['2031-03-14T21:47:00', 'PC 4471 ADAMS'],
      ['2031-03-15T00:10:00', 'PS 1180 OKAFOR'],
    ]);
    expect(structure.entries[0].text).toBe(
      'CALLER REPORTS NEIGHBOUR SHOUTING IN STAIRWELL, SOUNDS DISTRESSED.\nCALLER DOES NOT KNOW HIS NAME.',
    );
  });

  it('answers transcript turns with speakers and timestamps', async () => {
    const { version } = (await get(`/api/sources/${t.ids.transcript}/text`)).json();
    const { structure } = (
      await get(`/api/sources/${t.ids.transcript}/versions/${version.id}/structure`)
    ).json();
    expect(structure.speakers).toEqual(['INT', 'P1']);
    expect(
      structure.turns.map((turn: { speaker: string; timestampMs: number }) => [
        turn.speaker,
        turn.timestampMs,
      ]),
    ).toEqual([
      ['INT', 5_000],
      ['P1', 12_000],
      ['INT', 100_000],
      ['P1', 112_000],
    ]);
  });

  it('answers 404 for an unknown source, and for a version of another source', async () => {
    for (const url of [
      `/api/sources/NOSOURCE`,
      `/api/sources/NOSOURCE/text`,
      `/api/sources/NOSOURCE/original`,
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        error: { id: 'not_found', message: 'No source has the id "NOSOURCE".' },
      });
    }
    const { version } = (await get(`/api/sources/${t.ids.transcript}/text`)).json();
    const res = await get(`/api/sources/${t.ids.log}/versions/${version.id}/structure`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe(
      `No text version of this source has the id "${version.id}".`,
    );
  });

  it('answers 400 for a filter that is not an id', async () => {
    const res = await get('/api/sources?siteId=a%20b');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^query\.siteId: must be an id/);
  });
});

describe('original bytes', () => {
  it('round-trips the exact bytes with media type and download name', async () => {
    const res = await get(`/api/sources/${t.ids.log}/original`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain');
    expect(res.headers['content-disposition']).toBe('attachment; filename=log-0415.txt');
    expect(res.rawPayload.equals(Buffer.from(POLICE_LOG, 'utf8'))).toBe(true);
  });

  it('encodes a non-ASCII file name for the download (RFC 6266)', async () => {
    const bytes = Buffer.from('\u00e9t\u00e9 ✓ non-ASCII bytes\n# Notes\n', 'utf8');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sources/import',
      payload: {
        files: [{ name: 'notes é.md', contentBase64: bytes.toString('base64') }],
        dataset: 'Documents',
        kind: 'documents',
      },
    });
    const [result] = res.json().results;
    const original = await get(`/api/sources/${result.sourceId}/original`);
    expect(original.headers['content-disposition']).toBe(
      `attachment; filename="notes ?.md"; filename*=UTF-8''notes%20%C3%A9.md`,
    );
    expect(original.rawPayload.equals(bytes)).toBe(true);
  });
});

describe('POST /api/sources/import', () => {
  it('imports the good file and reports the bad one with diagnostics', async () => {
    const log = POLICE_LOG.replace('2031/0415', '2031/0999');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sources/import',
      headers: { 'x-liaison-actor': 'researcher-b' },
      payload: {
        files: [
          { name: 'log-0999.txt', contentBase64: base64(log) },
          { name: 'notes.txt', contentBase64: base64(NOT_A_LOG) },
        ],
        dataset: 'Police logs',
        kind: 'police_logs',
        site: 'Northbridge',
      },
    });
    expect(res.statusCode).toBe(200);
    const [good, bad] = res.json().results;
    expect(good).toEqual({
      file: 'log-0999.txt',
      status: 'imported',
      sourceId: anyId,
      diagnostics: [],
    });
    expect(bad).toMatchObject({ file: 'notes.txt', status: 'failed' });
    expect(bad).not.toHaveProperty('sourceId');
    expect(bad.diagnostics[0]).toEqual({
      severity: 'error',
      code: expect.any(String),
      message: expect.any(String),
      file: 'notes.txt',
      line: expect.any(Number),
      column: expect.any(Number),
      hint: expect.any(String),
    });
    const source = (await get(`/api/sources/${good.sourceId}`)).json().source;
    expect(source.provenance).toMatchObject({
      importedBy: 'researcher-b',
      tool: 'liaison-server 0.1.0',
    });
  });

  it('reports a file already in the dataset as a duplicate', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sources/import',
      payload: {
        files: [{ name: 'again.txt', contentBase64: base64(POLICE_LOG) }],
        dataset: 'Police logs',
        kind: 'police_logs',
      },
    });
    expect(res.json().results).toEqual([
      { file: 'again.txt', status: 'duplicate', sourceId: t.ids.log, diagnostics: [] },
    ]);
  });

  it('refuses file names with folders, content that is not base64, and an empty batch', async () => {
    const payload = {
      files: [
        { name: '../../etc/passwd', contentBase64: base64('x') },
        { name: 'ok.txt', contentBase64: 'not base64!' },
      ],
      dataset: 'Police logs',
      kind: 'police_logs',
    };
    const res = await t.app.inject({ method: 'POST', url: '/api/sources/import', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'body.files.0.name: must be a file name without folders or control characters; body.files.1.contentBase64: Invalid base64-encoded string',
    );
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/sources/import',
      payload: { ...payload, files: [] },
    });
    expect(empty.json().error.message).toBe(
      'body.files: Too small: expected array to have >=1 items',
    );
  });

  it('answers 413 payload_too_large over the import limit, storing nothing', async () => {
    const small = await openTestStudy({ importLimitBytes: 2_048 });
    try {
      const before = (await small.app.inject({ method: 'GET', url: '/api/study' })).json().counts
        .sources;
      const big = base64('21:00 [A] ' + 'x'.repeat(4_000));
      const res = await small.app.inject({
        method: 'POST',
        url: '/api/sources/import',
        payload: {
          files: [{ name: 'big.txt', contentBase64: big }],
          dataset: 'Police logs',
          kind: 'police_logs',
        },
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.id).toBe('payload_too_large');
      const after = (await small.app.inject({ method: 'GET', url: '/api/study' })).json().counts
        .sources;
      expect(after).toBe(before);
    } finally {
      await small.close();
    }
  });
});
