/**
 * Lexicons that differ from another only in their learnt models (or version) share its compiled
 * rules. Compiling the default lexicon's rules takes about a third of a second, and compiled
 * rules are cached per lexicon object (lexicons are immutable values); training and adapting
 * models (adapt-label-models.ts) make a new lexicon per fold and per penalty strength, each of
 * which would otherwise compile the same rules again.
 */
import type { Lexicon } from './lexicon.js';

const sources = new WeakMap<Lexicon, Lexicon>();

/** The lexicon whose compiled rules `lexicon` uses: itself, unless made by `withModels`. */
export function rulesSource(lexicon: Lexicon): Lexicon {
  return sources.get(lexicon) ?? lexicon;
}

/** What `withModels` may change: nothing the rules are compiled from. */
export type ModelChanges = Partial<
  Pick<Lexicon, 'eventModel' | 'framingModel' | 'agencyModels' | 'version'>
>;

/** `base` with other models (or none), sharing its compiled rules. */
export function withModels(base: Lexicon, changes: ModelChanges): Lexicon {
  const out: Lexicon = { ...base, ...changes };
  sources.set(out, rulesSource(base));
  return out;
}
