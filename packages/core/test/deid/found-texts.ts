/** The texts `detectIdentifiers` finds as one entity type, in order: the rule tests' probe. */
import { detectIdentifiers, type EntityType } from '../../src/deid/index.js';

export const found = (text: string, type: EntityType): string[] =>
  detectIdentifiers(text)
    .filter((d) => d.type === type)
    .map((d) => d.text);
