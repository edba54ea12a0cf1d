/**
 * Surnames with a lower-case particle and no cue (`not de Souza's child`, `later "da Silva"`,
 * `spoke to van der Berg`): in English text a lower-case `de`, `da`, `van` or `von` before a
 * capitalised word opens a surname. Titles, given names and runs are left to the run rules, which
 * keep the particle (`Mr de Souza`, `Ana da Silva`); this rule reads only a particle after a
 * lower-case word or a mark, so `Tour de France` and `De Montfort University` (capitalised
 * particle) stay out. Found from each particle after a space or quote (indexOf). Offsets are
 * UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { placeSuffixes } from './name-context.js';
import { isTown } from '../places/towns.js';
import { mayHoldWordStart, wordStarts } from '../recognizers/text-sites.js';

export const PARTICLE_SURNAME_SCORE = 0.6;

const PARTICLE_STARTS = ['de ', 'da ', 'dos ', 'das ', 'van ', 'von ', 'del ', 'della ', 'du '];
/** The particle(s) then the surname, read from a particle's start. */
const PARTICLE_SURNAME =
  /^(?:(?:de|da|dos|das|van|von|del|della|du) (?:(?:der|den|la|los|las) )?)(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}])/u;
/** What may stand before the particle: a blank, a quote or an opening bracket. */
const BEFORE_PARTICLE = new Set([32, 9, 10, 34, 40, 0x201c]);
/** The word before that blank must not be capitalised (`Tour de France`, `Ana da Silva`). */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]$/u;

/** The next word after blanks. */
const WORD_AFTER = /^[ \t]+(\p{L}+)/u;

/**
 * A particle where `surnameAt` can accept it: at the start, or after a blank, quote or bracket
 * (BEFORE_PARTICLE). Texts without one (most) skip the `indexOf` scan per particle, which finds
 * every `de ` inside `made `, `side `, `Code `.
 */
const PARTICLES = ['de', 'da', 'dos', 'das', 'van', 'von', 'del', 'della', 'du'];
const PARTICLE_AFTER_BOUNDARY = new RegExp(`(?:^|[ \\t\\n"(\\u201c])(?:${PARTICLES.join('|')}) `);
/**
 * PARTICLE_AFTER_BOUNDARY's particle follows no letter, so it starts a run of letters: the merged
 * scan's sites (text-sites.ts `mayHoldWordStart`) rule most texts out without the regex's scan.
 */
const PARTICLE_STARTS_AT_RUNS = wordStarts(PARTICLES);
/** For the property test of the site gates (site-gates.property.test.ts). */
export const PARTICLE_SITE_GATE = {
  pattern: PARTICLE_AFTER_BOUNDARY,
  starts: PARTICLE_STARTS_AT_RUNS,
};

export function particleSurnames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!mayHoldWordStart(text, PARTICLE_STARTS_AT_RUNS) || !PARTICLE_AFTER_BOUNDARY.test(text)) {
    return out;
  }
  for (const particle of PARTICLE_STARTS) {
    for (let at = text.indexOf(particle); at !== -1; at = text.indexOf(particle, at + 1)) {
      const name = surnameAt(text, at);
      if (name) out.push(name);
    }
  }
  return out;
}

function surnameAt(text: string, at: number): Detection | null {
  if (at > 0 && !BEFORE_PARTICLE.has(text.charCodeAt(at - 1))) return null;
  if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return null;
  const m = PARTICLE_SURNAME.exec(text.slice(at, at + 40));
  const surname = m?.[1];
  if (!surname || !echoable(surname) || isTown(surname)) return null;
  // `de Montfort Hall`: a place or organisation word after it names a place.
  const next = WORD_AFTER.exec(text.slice(at + m![0].length, at + m![0].length + 20));
  if (next && placeSuffixes().has(next[1]!.toLowerCase())) return null;
  const end = at + m![0].length;
  return {
    type: 'PERSON',
    startUtf16: at,
    endUtf16: end,
    text: text.slice(at, end),
    score: PARTICLE_SURNAME_SCORE,
    recognizer: 'person-particle',
  };
}
