/** zod schemas of the codebook routes (`/api/codes`, `/api/rounds`), see docs/api.md. */
import { z } from 'zod';
import { IdSchema } from './schema.js';

const Name = z.string().trim().min(1).max(200);
const Note = z.string().max(10_000);
/** A CSS hex colour such as `#1f77b4`; other syntaxes are refused so every client can draw it. */
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');
/** The reason for a change, kept in its event and as a memo on the code. */
const Memo = z.string().max(10_000).optional();

export const CodeBody = z.strictObject({
  name: Name,
  parentId: IdSchema.nullable().optional(),
  definition: Note.optional(),
  inclusion: Note.optional(),
  exclusion: Note.optional(),
  examples: z.array(z.string().max(2_000)).max(100).optional(),
  colour: Colour.optional(),
  codable: z.boolean().optional(),
  datasetId: IdSchema.nullable().optional(),
  memo: Memo,
});
export const CodePatch = CodeBody.partial();

export const RenameBody = z.strictObject({ name: Name, memo: Memo });
export const MoveBody = z.strictObject({ parentId: IdSchema.nullable(), memo: Memo });
export const MergeBody = z.strictObject({ targetId: IdSchema, memo: Memo });
export const RetireBody = z.strictObject({ memo: Memo });
export const SplitBody = z.strictObject({
  parts: z
    .array(
      z.strictObject({
        code: CodeBody.omit({ memo: true }),
        codingIds: z.array(IdSchema).max(100_000),
      }),
    )
    .min(1)
    .max(50),
  memo: Memo,
});

export const RoundBody = z.strictObject({ name: Name, datasetId: IdSchema.nullable().optional() });
export const RoundDiffQuery = z.object({
  from: IdSchema,
  to: z.union([z.literal('current'), IdSchema]).default('current'),
});
