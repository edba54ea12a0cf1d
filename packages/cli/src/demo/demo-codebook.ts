/**
 * The demo study's thematic codebook, examples/demo-study/codebook.json: folders (not codable)
 * holding codes with a definition, inclusion / exclusion notes and examples from the data. Validated with zod, then
 * created through the store so every code has its `code.create` event.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CodeInput, StudyStore } from '@liaison/store';

interface CodeSpec {
  name: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  examples?: string[];
  colour?: string;
  codable?: boolean;
  children?: CodeSpec[];
}

const CodeSchema: z.ZodType<CodeSpec> = z.lazy(() =>
  z.object({
    name: z.string().min(1),
    definition: z.string().optional(),
    inclusion: z.string().optional(),
    exclusion: z.string().optional(),
    examples: z.array(z.string()).optional(),
    colour: z
      .string()
      .regex(/^#[0-9a-f]{6}$/i)
      .optional(),
    codable: z.boolean().optional(),
    children: z.array(CodeSchema).optional(),
  }),
);

const CodebookSchema = z.object({
  name: z.string().min(1),
  description: z.string(),
  codes: z.array(CodeSchema),
});

export type DemoCodebook = z.infer<typeof CodebookSchema>;

export function readCodebook(root: string, file: string): DemoCodebook {
  const path = join(root, file);
  const parsed = CodebookSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** The store input for one code; a folder's colour is its children's default. */
function codeInput(spec: CodeSpec, parentId: string | null, colour: string): CodeInput {
  return {
    name: spec.name,
    parentId,
    definition: spec.definition ?? '',
    inclusion: spec.inclusion ?? '',
    exclusion: spec.exclusion ?? '',
    examples: spec.examples ?? [],
    colour: spec.colour ?? colour,
    codable: spec.codable ?? true,
  };
}

/** Creates the codebook depth first; returns code ids by name (names are unique in the demo). */
export async function addCodebook(
  store: StudyStore,
  codebook: DemoCodebook,
  actor: string,
): Promise<Map<string, { id: string; codable: boolean }>> {
  const byName = new Map<string, { id: string; codable: boolean }>();
  const visit = async (specs: CodeSpec[], parentId: string | null, colour: string) => {
    for (const spec of specs) {
      if (byName.has(spec.name)) throw new Error(`codebook: code "${spec.name}" appears twice`);
      const code = await store.codes.create(actor, codeInput(spec, parentId, colour));
      byName.set(spec.name, { id: code.id, codable: code.codable });
      await visit(spec.children ?? [], code.id, code.colour);
    }
  };
  await visit(codebook.codes, null, '#1f77b4');
  return byName;
}
