/** Presenter for codes: every field, named, so a store-side addition is not leaked by accident. */
import type { Code } from '@liaison/core';

export function presentCode(code: Code): Code {
  const { id, parentId, name, definition, inclusion, exclusion, examples, colour } = code;
  const { codable, datasetId, createdAt, retiredAt, mergedInto } = code;
  return {
    ...{ id, parentId, name, definition, inclusion, exclusion, examples: [...examples], colour },
    ...{ codable, datasetId, createdAt, retiredAt, mergedInto },
  };
}
