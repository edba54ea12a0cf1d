/**
 * zod schemas for every route's params, query and body. Requests are validated here, at the edge,
 * so routes and the store only ever see well-formed input.
 */
import { CASE_KINDS, DATASET_KINDS, SECTORS, SOURCE_FORMATS } from '@liaison/core';
import { z } from 'zod';

/** Ids are made by `newId` (26 Crockford base-32 characters); accept any short token-like id. */
export const IdSchema = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,64}$/, 'must be an id of 1 to 64 letters, digits, "-" or "_"');

export const IdParams = z.object({ id: IdSchema });
export const VersionParams = z.object({ id: IdSchema, versionId: IdSchema });

const Name = z.string().trim().min(1).max(200);
const Description = z.string().max(10_000);
const Attributes = z.record(z.string().max(100), z.string().max(1_000));

export const SiteBody = z.strictObject({ name: Name, description: Description.optional() });
export const SitePatch = SiteBody.partial();

export const DatasetBody = z.strictObject({
  name: Name,
  kind: z.enum(DATASET_KINDS),
  description: Description.optional(),
});
export const DatasetPatch = DatasetBody.partial();

export const ParticipantBody = z.strictObject({
  code: z.string().trim().min(1).max(50),
  role: z.string().max(200),
  organisation: z.string().max(200),
  sector: z.enum(SECTORS),
  siteId: IdSchema.nullable().optional(),
  attributes: Attributes.optional(),
});
export const ParticipantPatch = ParticipantBody.partial();
export const ParticipantQuery = z.object({ siteId: IdSchema.optional() });

export const CaseBody = z.strictObject({
  name: Name,
  kind: z.enum(CASE_KINDS),
  description: Description.optional(),
  attributes: Attributes.optional(),
  sourceIds: z.array(IdSchema).max(10_000).optional(),
});
export const CasePatch = CaseBody.partial();

export const SourceQuery = z.object({
  datasetId: IdSchema.optional(),
  siteId: IdSchema.optional(),
});

/**
 * A file name as given by a browser or the CLI: a name only. Folders are refused because they
 * can identify people or machines (see Provenance.fileName) and have no meaning here.
 */
const FileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\]/.test(name) && !hasControlCharacter(name) && !/^\.\.?$/.test(name), {
    message: 'must be a file name without folders or control characters',
  });

export const ImportBody = z.strictObject({
  files: z
    .array(z.strictObject({ name: FileName, contentBase64: z.base64() }))
    .min(1)
    .max(1_000),
  dataset: Name,
  kind: z.enum(DATASET_KINDS),
  site: Name.optional(),
  format: z.enum(SOURCE_FORMATS).optional(),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(500),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const EventQuery = z.object({
  afterSeq: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
  entityId: IdSchema.optional(),
});

/** `x-liaison-actor`: who is acting, until accounts arrive. Printable text only. */
export const ActorHeader = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((actor) => !hasControlCharacter(actor), { message: 'must be printable text' });

/** True when `text` holds a C0 control character or DEL (U+0000–U+001F, U+007F). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || unit === 0x7f) return true;
  }
  return false;
}
