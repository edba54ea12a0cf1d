/** Query strings and bodies of the query routes (docs/api.md#queries). */
import { COOCCURRENCE_MODES, QUERY_ATTRIBUTES } from '@liaison/core';
import { EXPORT_FORMATS } from '@liaison/store';
import { z } from 'zod';
import { IdSchema } from './schema.js';

/** `a,b,c` → ['a', 'b', 'c']; absent or empty → undefined. */
const idList = z
  .string()
  .max(100_000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(IdSchema).max(1000))
  .optional();

const valueList = z
  .string()
  .max(100_000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .optional();

const format = z.enum(EXPORT_FORMATS).optional();

export const SegmentsQuery = z.object({
  codes: idList,
  by: z.enum(QUERY_ATTRIBUTES).optional(),
  values: valueList,
  format,
});

export const CooccurrenceQuery = z.object({
  codes: idList,
  mode: z.enum(COOCCURRENCE_MODES).default('overlap'),
  format,
});

export const MatrixQuery = z.object({
  by: z.enum(QUERY_ATTRIBUTES),
  codes: idList,
  format,
});

export const FrameworkQuery = z.object({ codes: idList, cases: idList, format });

export const FrameworkCellParams = z.object({ caseId: IdSchema, codeId: IdSchema });

export const SummaryBody = z.strictObject({ text: z.string().max(20_000) });
