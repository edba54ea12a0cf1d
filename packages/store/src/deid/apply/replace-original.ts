/**
 * The imported file's bytes hold every identifier, so after apply a source's "original" becomes
 * its first text version as purged, UTF-8 encoded (a .docx loses its formatting; its text was
 * all Liaison read). The old blob is deleted when no other source shares it.
 */
import { createHash } from 'node:crypto';
import type { Id } from '@liaison/core';
import type { Trx } from '../../context.js';

const REDACTED_MEDIA_TYPE = 'text/plain; charset=utf-8';

export async function replaceOriginal(trx: Trx, sourceId: Id, text: string): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const source = await trx
    .selectFrom('sources')
    .select('sha256')
    .where('id', '=', sourceId)
    .executeTakeFirstOrThrow();
  const exists = await trx
    .selectFrom('blobs')
    .select('sha256')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (exists === undefined) {
    await trx
      .insertInto('blobs')
      .values({ sha256, byte_length: bytes.byteLength, bytes })
      .execute();
  }
  await trx
    .updateTable('sources')
    .set({ sha256, media_type: REDACTED_MEDIA_TYPE })
    .where('id', '=', sourceId)
    .execute();
  const shared = await trx
    .selectFrom('sources')
    .select('id')
    .where('sha256', '=', source.sha256)
    .executeTakeFirst();
  if (shared === undefined && source.sha256 !== sha256) {
    await trx.deleteFrom('blobs').where('sha256', '=', source.sha256).execute();
  }
}
