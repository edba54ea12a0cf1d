import { describeAnchor, type Code, type TextVersion } from '@liaison/core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStudy, type TestStudy } from './support/test-study.js';

let t: TestStudy;
let crisis: Code;
let contact: Code;
let caseId: string;

async function code(v: TextVersion, c: Code, exact: string, coder = 'coder-1') {
  const start = v.text.indexOf(exact);
  const anchor = describeAnchor(v.text, start, start + exact.length);
  await t.store.codings.create('tester', { codeId: c.id, textVersionId: v.id, coder, anchor });
}

beforeAll(async () => {
  t = await openTestStudy();
  crisis = await t.store.codes.create('tester', { name: 'crisis_team' });
  contact = await t.store.codes.create('tester', { name: 'contact' });
  const log = await t.store.texts.current(t.ids.log);
  await code(log, crisis, 'CRHT CONTACTED FOR ADVICE');
  await code(log, contact, 'CONTACTED');
  await code(log, crisis, 'CRHT TO VISIT', 'coder-2');
  caseId = (
    await t.store.cases.create('tester', {
      name: 'Case 0415',
      kind: 'incident',
      sourceIds: [t.ids.log],
    })
  ).id;
});
afterAll(() => t?.close());

const get = (url: string, actor?: string) =>
  t.app.inject({ method: 'GET', url, headers: actor ? { 'x-liaison-actor': actor } : {} });

describe('query routes', () => {
  it('answers the co-occurrence matrix, overlap and same-entry', async () => {
    const codes = `${crisis.id},${contact.id}`;
    const res = await get(`/api/queries/cooccurrence?codes=${codes}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      mode: 'overlap',
      counts: [
        [0, 1],
        [1, 0],
      ],
      codings: [2, 1],
    });
    const unit = (await get(`/api/queries/cooccurrence?codes=${codes}&mode=unit`)).json();
    expect(unit.counts).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });

  it('lists segments and matrix coding, and downloads XLSX', async () => {
    const segs = (await get(`/api/queries/segments?codes=${crisis.id}`)).json().segments;
    expect(segs.map((s: { exact: string }) => s.exact)).toEqual([
      'CRHT CONTACTED FOR ADVICE',
      'CRHT TO VISIT',
    ]);
    const m = (await get(`/api/queries/matrix?by=site&codes=${crisis.id}`)).json();
    expect(m.values).toEqual([{ id: expect.any(String), label: 'Northbridge' }]);
    expect(m.cells[0][0].count).toBe(2);
    const file = await get(`/api/queries/matrix?by=site&codes=${crisis.id}&format=xlsx`);
    expect(file.headers['content-type']).toMatch(/spreadsheetml/);
    expect(file.headers['content-disposition']).toBe('attachment; filename="matrix.xlsx"');
    const [sheet] = await readXlsxFile(file.rawPayload);
    expect(sheet!.data).toEqual([
      ['Code', 'Northbridge'],
      ['crisis_team', 2],
    ]);
    const csv = await get(`/api/queries/cooccurrence?codes=${crisis.id}&format=csv`);
    expect(csv.body).toBe('Code,crisis_team\r\ncrisis_team,0\r\n');
  });

  it('stores a framework summary and shows it in the matrix', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/framework/${caseId}/${crisis.id}`,
      headers: { 'x-liaison-actor': 'lead' },
      payload: { text: 'Crisis team advised the same night.' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().summary).toMatchObject({
      text: 'Crisis team advised the same night.',
      updatedBy: 'lead',
    });
    const m = (await get(`/api/queries/framework?codes=${crisis.id}`)).json();
    expect(m.caseIds).toEqual([caseId]);
    expect(m.cells[0][0].summary.text).toBe('Crisis team advised the same night.');
    expect(m.cells[0][0].segments).toHaveLength(2);
  });

  it('covers only the actor’s own codings while blind coding hides others', async () => {
    await t.store.codingSettings.set('lead', { lead: 'lead', blind: true });
    const own = (await get(`/api/queries/segments?codes=${crisis.id}`, 'coder-2')).json().segments;
    expect(own.map((s: { coder: string }) => s.coder)).toEqual(['coder-2']);
    await t.store.codingSettings.reveal('lead');
    const all = (await get(`/api/queries/segments?codes=${crisis.id}`, 'coder-2')).json().segments;
    expect(all).toHaveLength(2);
  });

  it('refuses unknown attributes, codes and cases', async () => {
    const bad = await get('/api/queries/matrix?by=colour');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.id).toBe('validation_failed');
    expect((await get('/api/queries/cooccurrence?codes=NOPE')).statusCode).toBe(404);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/framework/NOPE/${crisis.id}`,
      payload: { text: 'x' },
    });
    expect(put.statusCode).toBe(404);
  });
});
