/** The demo study's manifest, examples/demo-study/study.json, validated with zod. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DATASET_KINDS } from '@liaison/core';

export const DEMO_ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../examples/demo-study',
);

const ManifestSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  sites: z.array(z.object({ name: z.string().min(1), description: z.string() })),
  participants: z.array(z.string()),
  /** The thematic codebook (demo-codebook.ts) and the folder of codings files (demo-codings.ts). */
  codebook: z.string().optional(),
  codings: z.string().optional(),
  datasets: z.array(
    z.object({
      name: z.string().min(1),
      kind: z.enum(DATASET_KINDS),
      description: z.string(),
      extensions: z.array(z.string().startsWith('.')),
      imports: z.array(z.object({ site: z.string(), dir: z.string() })),
    }),
  ),
});

export type DemoManifest = z.infer<typeof ManifestSchema>;

export function readManifest(root = DEMO_ROOT): DemoManifest {
  const path = join(root, 'study.json');
  const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
