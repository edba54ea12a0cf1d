/**
 * Compiles the parts of a lexicon read outside the term lists: the refusal cues, the history
 * cues and the ambiguity rules. The term lists and the negation and background cues are matched
 * by lexicon-matcher.ts (reference-matcher.ts spells out the same semantics). Compiled forms
 * are cached per lexicon object; lexicons are treated as immutable values.
 */
import type { AmbiguityRule, Lexicon } from './lexicon.js';
import { compileHistory, type CompiledHistory } from './history-segments.js';
import { rulesSource } from './shared-rules.js';

export interface CompiledAmbiguity {
  rule: AmbiguityRule;
  term: RegExp;
  senses: { adds: string[]; context: RegExp }[];
  defaultIndex: number;
}

export interface CompiledLexicon {
  refusal: RegExp;
  /**
   * The negation cues split for a framing's test: a match negated only by a hedge still frames
   * the entry (`Lexicon.negation.hedges`). Tested on the window slices, as the matchers test cues.
   */
  framingNegation: { before: RegExp; after: RegExp; hedge: RegExp; windowUtf16: number };
  history: CompiledHistory;
  ambiguities: CompiledAmbiguity[];
}

/** Case-insensitive matching, as the lexicon's patterns are written for mixed-case exports. */
export const PATTERN_FLAGS = 'i';

const cache = new WeakMap<Lexicon, CompiledLexicon>();

/** Joins cue patterns into one case-insensitive RegExp (never matching when the list is empty). */
export function anyOf(patterns: string[], flags = PATTERN_FLAGS): RegExp {
  return new RegExp(patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : '(?!)', flags);
}

function compileAmbiguity(rule: AmbiguityRule): CompiledAmbiguity {
  return {
    rule,
    term: new RegExp(rule.pattern, `g${PATTERN_FLAGS}`),
    senses: rule.senses.map((s) => ({
      adds: s.adds,
      context: anyOf(s.context, `g${PATTERN_FLAGS}`),
    })),
    defaultIndex: Math.max(
      0,
      rule.senses.findIndex((s) => s.sense === rule.defaultSense),
    ),
  };
}

/** The last lexicon compiled: classification asks for the same one entry after entry. */
let last: { lexicon: Lexicon; compiled: CompiledLexicon } | null = null;

export function compileLexicon(given: Lexicon): CompiledLexicon {
  // A lexicon that differs only in its models compiles to the same rules (shared-rules.ts).
  const lexicon = rulesSource(given);
  if (last?.lexicon === lexicon) return last.compiled;
  const hit = cache.get(lexicon);
  if (hit) {
    last = { lexicon, compiled: hit };
    return hit;
  }
  const compiled: CompiledLexicon = {
    refusal: anyOf(lexicon.refusal),
    framingNegation: {
      before: anyOf(lexicon.negation.before),
      after: anyOf(lexicon.negation.after),
      hedge: anyOf(lexicon.negation.hedges ?? []),
      windowUtf16: lexicon.negation.windowUtf16,
    },
    history: compileHistory(lexicon.history),
    ambiguities: lexicon.ambiguities.map(compileAmbiguity),
  };
  cache.set(lexicon, compiled);
  last = { lexicon, compiled };
  return compiled;
}
