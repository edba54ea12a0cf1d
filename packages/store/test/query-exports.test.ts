import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { queryTable, tableToCsv, tableToFile } from '../src/index.js';
import { engines, useStudies } from './engines.js';
import { queryStudy } from './query-study.js';

// Export is engine-independent (it formats a query's result); SQLite keeps the test quick.
describe('query exports', () => {
  const studies = useStudies(engines[0]!);

  it('writes the co-occurrence matrix to XLSX that reads back cell by cell', async () => {
    const { store, risk, partner, trust } = await queryStudy(studies);
    const query = { codeIds: [risk.id, partner.id, trust.id] };
    const table = await queryTable(store, { kind: 'cooccurrence', query });
    const bytes = await tableToFile(table, 'xlsx');
    const [sheet] = await readXlsxFile(Buffer.from(bytes));
    expect(sheet!.sheet).toBe('Co-occurrence (overlap)');
    const matrix = await store.queries.cooccurrence(query);
    expect(sheet!.data).toEqual([
      ['Code', 'risk_concern', 'partner_engagement', 'trust'],
      ...['risk_concern', 'partner_engagement', 'trust'].map((name, i) => [
        name,
        ...matrix.counts[i]!,
      ]),
    ]);
  });

  it('writes segments and framework summaries to CSV, guarding formula-like text', async () => {
    const { store, risk, caseId, logA } = await queryStudy(studies);
    await store.queries.summarise('lead', { caseId, codeId: risk.id }, '=risk noted early');
    const framework = await queryTable(store, { kind: 'framework', query: { codeIds: [risk.id] } });
    const rows = parse(tableToCsv(framework)) as string[][];
    expect(rows).toEqual([
      ['Case', 'risk_concern'],
      ['Incident 2015-0417', "'=risk noted early [3 segments]"],
    ]);
    const segments = parse(
      tableToCsv(await queryTable(store, { kind: 'segments', query: { codeIds: [risk.id] } })),
    ) as string[][];
    expect(segments[0]).toEqual([
      'Code',
      'Source',
      'Coder',
      'Start (UTF-16)',
      'End (UTF-16)',
      'Text',
    ]);
    const first = segments.find((r) => r[5] === 'Crisis team contacted by phone')!;
    const start = logA.text.indexOf('Crisis team contacted by phone');
    expect(first).toEqual([
      'risk_concern',
      'log-a.txt',
      'coder-1',
      String(start),
      String(start + 30),
      'Crisis team contacted by phone',
    ]);
    expect(segments).toHaveLength(5);
  });

  it('lays matrix coding out as codes × attribute values', async () => {
    const { store, risk } = await queryStudy(studies);
    const table = await queryTable(store, {
      kind: 'matrix',
      query: { by: 'dataset', codeIds: [risk.id] },
    });
    const [sheet] = await readXlsxFile(Buffer.from(await tableToFile(table, 'xlsx')));
    expect(sheet!.data).toEqual([
      ['Code', 'Interviews', 'Police logs'],
      ['risk_concern', 2, 2],
    ]);
  });
});
