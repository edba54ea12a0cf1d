/** Request shapes of the assisted-coding routes (routes/assist.ts), checked with zod. */
import { z } from 'zod';
import { AUTOCODE_UNITS } from '@liaison/core';
import { IdSchema } from './schema.js';

/** A phrase or a regex (exactly one), and how hits are matched and widened. */
const AutocodeQueryBody = z.strictObject({
  phrase: z.string().min(1).max(500).optional(),
  regex: z.string().min(1).max(500).optional(),
  unit: z.enum(AUTOCODE_UNITS).optional(),
  caseSensitive: z.boolean().optional(),
  wholeWord: z.boolean().optional(),
  /** Only these sources; default every source. */
  sourceIds: z.array(IdSchema).max(10_000).optional(),
  datasetId: IdSchema.optional(),
});

const oneOf = (b: { phrase?: string; regex?: string }) =>
  (b.phrase === undefined) !== (b.regex === undefined);
const ONE_OF = { message: 'give exactly one of phrase or regex' };

export const AutocodePreviewBody = AutocodeQueryBody.refine(oneOf, ONE_OF);

export const AutocodeApplyBody = AutocodeQueryBody.extend({
  codeId: IdSchema,
  /** Hit numbers from the preview of the same query, or "all". */
  hits: z.union([z.literal('all'), z.array(z.number().int().min(1)).min(1).max(5000)]),
}).refine(oneOf, ONE_OF);

export const SuggestionsQuery = z.object({
  k: z.coerce.number().int().min(1).max(20).default(3),
});
