import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openTestStudy,
  STUDY_DESCRIPTION,
  STUDY_NAME,
  type TestStudy,
} from './support/test-study.js';

let t: TestStudy;
beforeAll(async () => {
  t = await openTestStudy();
});
afterAll(() => t?.close());

const anyId = expect.stringMatching(/^[0-9A-Za-z_-]+$/);

describe('GET /api/study', () => {
  it('answers the study and its counts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/study' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      study: {
        id: anyId,
        name: STUDY_NAME,
        description: STUDY_DESCRIPTION,
        createdAt: expect.any(String),
      },
      counts: {
        sites: 2,
        datasets: 3,
        sources: 3,
        participants: 0,
        cases: 0,
        codes: 0,
        codings: 0,
      },
    });
  });
});

describe('sites', () => {
  it('lists the sites the imports created', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/sites' });
    expect(res.statusCode).toBe(200);
    const names = res.json().sites.map((s: { name: string }) => s.name);
    expect(names.sort()).toEqual(['Eastmoor', 'Northbridge']);
  });

  it('creates, reads and renames a site, recording the actor from the header', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/sites',
      headers: { 'x-liaison-actor': 'researcher-a' },
      payload: { name: 'Westfield', description: 'Invented third site' },
    });
    expect(created.statusCode).toBe(201);
    const { site } = created.json();
    expect(site).toEqual({ id: anyId, name: 'Westfield', description: 'Invented third site' });

    const read = await t.app.inject({ method: 'GET', url: `/api/sites/${site.id}` });
    expect(read.json()).toEqual({ site });

    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/sites/${site.id}`,
      payload: { name: 'Westfield Park' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ site: { ...site, name: 'Westfield Park' } });

    const events = await t.app.inject({ method: 'GET', url: `/api/events?entityId=${site.id}` });
    const trail = events
      .json()
      .events.map((e: { action: string; actor: string }) => [e.action, e.actor]);
    expect(trail).toEqual([
      ['site.create', 'researcher-a'],
      ['site.update', 'local-user'],
    ]);
  });

  it('answers 404 not_found for an unknown id, on read and on update', async () => {
    const read = await t.app.inject({ method: 'GET', url: '/api/sites/NOSUCHSITE' });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toEqual({
      error: { id: 'not_found', message: 'No site has the id "NOSUCHSITE".' },
    });
    const update = await t.app.inject({
      method: 'PATCH',
      url: '/api/sites/NOSUCHSITE',
      payload: { name: 'X' },
    });
    expect(update.statusCode).toBe(404);
    expect(update.json().error.id).toBe('not_found');
  });

  it('answers 400 validation_failed naming the field when the name is missing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sites',
      payload: { description: 'no name' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        id: 'validation_failed',
        message: 'body.name: Invalid input: expected string, received undefined',
        details: {
          issues: [
            {
              path: 'body.name',
              code: 'invalid_type',
              message: 'Invalid input: expected string, received undefined',
            },
          ],
        },
      },
    });
  });

  it('refuses unknown fields and ids with unsafe characters', async () => {
    const extra = await t.app.inject({
      method: 'POST',
      url: '/api/sites',
      payload: { name: 'A', colour: 'red' },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toBe('body: Unrecognized key: "colour"');
    const badId = await t.app.inject({ method: 'GET', url: '/api/sites/..%2F..%2Fetc' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.message).toMatch(/^params\.id: must be an id/);
  });

  it('answers 409 conflict for a second site with the same name', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sites',
      payload: { name: 'Northbridge' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.id).toBe('conflict');
  });

  it('refuses an actor header with control characters', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sites',
      headers: { 'x-liaison-actor': 'a\tb' },
      payload: { name: 'Tabbed' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('header x-liaison-actor: must be printable text');
  });
});

describe('datasets, participants and cases', () => {
  it('lists datasets with their kinds', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/datasets' });
    const kinds = res.json().datasets.map((d: { name: string; kind: string }) => [d.name, d.kind]);
    expect(kinds.sort()).toEqual([
      ['Documents', 'documents'],
      ['Interviews', 'interviews'],
      ['Police logs', 'police_logs'],
    ]);
  });

  it('creates a participant at a site and filters the register by site', async () => {
    const sites = (await t.app.inject({ method: 'GET', url: '/api/sites' })).json().sites;
    const eastmoor = sites.find((s: { name: string }) => s.name === 'Eastmoor');
    const payload = {
      code: 'P01',
      role: 'Street triage nurse',
      organisation: 'Fictional NHS Trust',
      sector: 'statutory',
      siteId: eastmoor.id,
      attributes: { years_in_post: '6' },
    };
    const created = await t.app.inject({ method: 'POST', url: '/api/participants', payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ participant: { id: anyId, ...payload } });

    const atSite = await t.app.inject({
      method: 'GET',
      url: `/api/participants?siteId=${eastmoor.id}`,
    });
    expect(atSite.json().participants.map((p: { code: string }) => p.code)).toEqual(['P01']);
  });

  it('refuses a participant at a site that does not exist', async () => {
    const payload = {
      code: 'P02',
      role: 'AMHP',
      organisation: 'Council',
      sector: 'statutory',
      siteId: 'NOSITE',
    };
    const res = await t.app.inject({ method: 'POST', url: '/api/participants', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      id: 'validation_failed',
      message: 'body.siteId: no site has the id "NOSITE"',
    });
  });

  it('refuses a sector outside the taxonomy', async () => {
    const payload = { code: 'P03', role: 'Officer', organisation: 'Police', sector: 'private' };
    const res = await t.app.inject({ method: 'POST', url: '/api/participants', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'body.sector: Invalid option: expected one of "statutory"|"third_sector"',
    );
  });

  it('creates an incident case over a source and updates it', async () => {
    const payload = { name: 'Incident 2031/0415', kind: 'incident', sourceIds: [t.ids.log] };
    const created = await t.app.inject({ method: 'POST', url: '/api/cases', payload });
    expect(created.statusCode).toBe(201);
    const { case: made } = created.json();
    expect(made).toEqual({
      id: anyId,
      name: payload.name,
      kind: 'incident',
      description: '',
      attributes: {},
      sourceIds: [t.ids.log],
    });

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${made.id}`,
      payload: { description: 'Stairwell call' },
    });
    expect(patched.json().case.description).toBe('Stairwell call');
    const listed = await t.app.inject({ method: 'GET', url: '/api/cases' });
    expect(listed.json().cases).toEqual([{ ...made, description: 'Stairwell call' }]);
  });

  it('refuses a case over a source that does not exist', async () => {
    const payload = { name: 'Ghost', kind: 'other', sourceIds: [t.ids.log, 'NOSOURCE'] };
    const res = await t.app.inject({ method: 'POST', url: '/api/cases', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('body.sourceIds.1: no source has the id "NOSOURCE"');
  });
});
