/** A new code from its input, with the codebook's defaults filled in. */
import { newId, type Code } from '@liaison/core';
import type { CodeInput } from '../contract.js';
import { checkedCode } from './code-changes.js';

/** First colour of the category10 palette (d3-scale-chromatic schemeCategory10). */
const DEFAULT_COLOUR = '#1f77b4';

export function newCode(input: CodeInput, createdAt: string): Code {
  return checkedCode({
    id: newId(),
    parentId: input.parentId ?? null,
    name: input.name,
    definition: input.definition ?? '',
    inclusion: input.inclusion ?? '',
    exclusion: input.exclusion ?? '',
    examples: input.examples ?? [],
    colour: input.colour ?? DEFAULT_COLOUR,
    codable: input.codable ?? true,
    datasetId: input.datasetId ?? null,
    createdAt,
    retiredAt: null,
    mergedInto: null,
  });
}
