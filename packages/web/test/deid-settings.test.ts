/**
 * The de-identification settings section of the review page in Chromium: choosing how a type is
 * replaced saves it to the study, survives a reload, and a broken crime-reference format is
 * refused with the server's message while the stored settings stay as they were.
 */
import { createStudy, type StoreLocation, type StudyStore } from '@liaison/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStudy, type ServedStudy } from './support/served-study.js';

let s: ServedStudy;
let sourceId: string;

async function build(location: StoreLocation): Promise<StudyStore> {
  const store = await createStudy(location, { name: 'Settings study', description: '' }, 'builder');
  const text = 'P03: Jean SMITH rang me from 07700 900123 on 09/06/2016.\n';
  const [r] = await store.importFiles(
    'builder',
    [{ name: 'interview-03.txt', bytes: new TextEncoder().encode(text) }],
    { dataset: 'Interviews', kind: 'interviews' },
  );
  if (r?.status !== 'imported') throw new Error('fixture did not import');
  sourceId = r.sourceId;
  return store;
}

beforeAll(async () => {
  s = await serveStudy(build);
});
afterAll(() => s?.close());

const select = (type: string) => s.page.getByLabel(`Replacement for ${type}`, { exact: true });

describe('the de-identification settings section', () => {
  it('changes the replacement of a type and keeps it after a reload', async () => {
    await s.page.goto(`${s.url}/#/sources/${sourceId}/deid`);
    await s.page.getByRole('heading', { level: 2, name: 'Study settings' }).waitFor();
    expect(await select('PHONE').inputValue()).toBe('pseudonym');
    expect(await select('DATE').inputValue()).toBe('shift');
    expect(await select('PHONE').locator('option').allTextContents()).toHaveLength(2);
    await select('PHONE').selectOption('placeholder');
    await s.page.getByRole('status').getByText('Saved: PHONE → placeholder.').waitFor();
    expect((await s.store.deid.settings()).policy.placeholders).toEqual(['PHONE']);
    await select('DATE').selectOption('pseudonym');
    await s.page.getByRole('status').getByText('Saved: DATE → pseudonym.').waitFor();
    expect((await s.store.deid.settings()).policy).toEqual({
      placeholders: ['PHONE'],
      dates: { DATE: 'placeholder' },
    });
    await s.page.reload();
    await s.page.getByRole('heading', { level: 2, name: 'Study settings' }).waitFor();
    expect(await select('PHONE').inputValue()).toBe('placeholder');
    expect(await select('DATE').inputValue()).toBe('pseudonym');
  });

  it('saves crime reference formats and refuses a broken one', async () => {
    const formats = s.page.getByLabel(/Force crime reference formats/);
    await formats.fill('\\bWY-\\d{6}\\b');
    await s.page.getByRole('button', { name: 'Save formats' }).click();
    await s.page.getByRole('status').getByText('Saved: crime reference formats.').waitFor();
    expect((await s.store.deid.settings()).detection.crimeRefPatterns).toEqual(['\\bWY-\\d{6}\\b']);
    await formats.fill('(unclosed');
    await s.page.getByRole('button', { name: 'Save formats' }).click();
    await s.page
      .getByRole('alert')
      .getByText(/not a regular expression/)
      .waitFor();
    expect((await s.store.deid.settings()).detection.crimeRefPatterns).toEqual(['\\bWY-\\d{6}\\b']);
    expect(s.pageErrors).toEqual([]);
  });
});
