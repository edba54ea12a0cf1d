/** zod schemas of the coding, memo and coding-settings routes (docs/api.md, docs/coding.md). */
import { MEMO_TARGETS } from '@liaison/core';
import { z } from 'zod';
import { ActorHeader, IdSchema } from './schema.js';

/** A UTF-16 code-unit offset into a text version (what JavaScript string indexes count). */
const Utf16Offset = z.number().int().min(0);

export const CodingBody = z
  .strictObject({
    codeId: IdSchema,
    textVersionId: IdSchema,
    startUtf16: Utf16Offset,
    endUtf16: Utf16Offset,
  })
  .refine((b) => b.endUtf16 > b.startUtf16, {
    message: 'endUtf16 must be greater than startUtf16 (select at least one character)',
    path: ['endUtf16'],
  });

export const MemoQuery = z.object({
  targetKind: z.enum(MEMO_TARGETS).optional(),
  targetId: IdSchema.optional(),
});

export const MemoBody = z.strictObject({
  targetKind: z.enum(MEMO_TARGETS),
  /** Null (or absent) only for a study memo. */
  targetId: IdSchema.nullable().optional(),
  title: z.string().trim().min(1).max(200),
  body: z.string().max(100_000).default(''),
});

export const MemoPatch = z
  .strictObject({
    title: z.string().trim().min(1).max(200).optional(),
    body: z.string().max(100_000).optional(),
  })
  .refine((p) => p.title !== undefined || p.body !== undefined, {
    message: 'give a new title, a new body or both',
  });

export const CodingSettingsBody = z
  .strictObject({
    blind: z.boolean().optional(),
    lead: ActorHeader.nullable().optional(),
  })
  .refine((p) => p.blind !== undefined || p.lead !== undefined, {
    message: 'give blind, lead or both',
  });
