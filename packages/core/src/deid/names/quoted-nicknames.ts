/**
 * A nickname in quotes inside a full name, as police write subjects (`Liam "Bez" Bezant`,
 * `Kyle 'Kai' Brennan`, `Kyle (“Kyzer”) Docherty`): three names, the quotes left out
 * (ANNOTATION.md: first names, surnames and nicknames are each a name); a quoted nickname in
 * brackets after a name (`Zofia (“Zosia”)`); a nickname in plain brackets inside a full name
 * (`Rasmus (Raz) Tamm`); and a quoted name followed by an age (`"Little J", 15,`). Offsets are
 * UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { commonWords } from './name-context.js';
import { regexMatches } from '../regex-matches.js';
import { isTown } from '../places/towns.js';
import { includesGate, literalGate } from '../literal-gate.js';

export const QUOTED_NICKNAME_SCORE = 0.75;

/** First name, a quoted nickname of one or two words, then a surname. */
const FIRST_QUOTED_LAST =
  /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?) (\(?["“'‘])(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*)?)["”'’]\)? (\p{Lu}[\p{L}\p{M}]+(?:['’-]\p{L}[\p{L}\p{M}]+)*)(?![\p{L}\p{M}])/gu;

/**
 * A quoted nickname in brackets right after a name (`Ravi Gill ("Rav")`, `Zofia (“Zosia”)`,
 * `Mr Kovačević ("Draz" to friends)`):
 * the name before it is found by the other rules.
 */
const NAME_THEN_QUOTED =
  / \((?<=(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}{2,}) \()(["“'‘])(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?)["”'’](?: to (?:his |her |their )?(?:friends|family|mates))?\)/gu;

/**
 * First name, a nickname of one title-case word in plain brackets, then a surname, as referrals
 * write a party (`Rasmus (Raz) Tamm`). Everyday and place words on either side are refused.
 */
const FIRST_BRACKETED_LAST =
  /(?<=(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?) )\((\p{Lu}[\p{Ll}\p{M}]+)\) (\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{L}\p{M}]+)*)(?![\p{L}\p{M}])/gu;

/** A quoted name with the person's age after it (`a younger lad, "Little J", 15, to carry`). */
/**
 * What every FIRST_BRACKETED_LAST match holds after its look-behind (`(Dodger) Ashby`): a scan
 * that starts on `(` instead of trying the look-behind at every position.
 */
const BRACKETED_WORD_THEN_NAME = /\(\p{Lu}[\p{Ll}\p{M}]+\) \p{Lu}/u;
/**
 * The quoted nickname and the surname's capital of every FIRST_QUOTED_LAST match. It opens with
 * the quote, which the engine looks for quickly; FIRST_QUOTED_LAST opens with a lookbehind tried
 * at every position, so it runs only where this finds a match (few texts: quotes are common in
 * transcripts, a quoted word before a capitalised one is not).
 */
const QUOTED_THEN_CAPITAL =
  /["“'‘]\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*)?["”'’]\)? \p{Lu}/u;

const QUOTED_THEN_AGE =
  /["“](\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?)["”],? \(?\d{1,2}(?:,|\)| years? old\b)/gu;

/**
 * A quoted name after words that give someone a name (`known as "Stumpy"`, `known to all as "Geordie"`,
 * `known on the site as "Dinger"`, `calls him "Sarge"`,
 * `aka Dec / "Shocks"`, `gave name as 'Stitch'`) or that name a relation (`his mate "Dink"`,
 * `partner "Tank"`, `a friend, "Skye"`, `second male "Tiny"`): the quoted word is the person's
 * name, unless it is an everyday word. Capitalised, since lower-case quotes are mostly speech. In
 * the read sets 76 such quoted words were annotated names and 2 hard negatives (a drugs line,
 * `known as "ZED"`, and `calls herself "Sarge"`).
 */
const NAMING_CUE = String.raw`(?:\b(?:known(?:[ \t]to[ \t](?:all|everyone|us|them|staff|police)|[ \t](?:on|in|at|around)[ \t](?:the[ \t])?[\w-]+)?[ \t]as|knows[ \t](?:him|her|them)[ \t]as|called|calls[ \t](?:him|her|me|himself|herself|each[ \t]other)|calling[ \t](?:himself|herself)|aka|a\.k\.a\.?|nicknamed|named[ \t]as|goes[ \t]by|uses|prefers|gave[ \t](?:his[ \t]|her[ \t])?name[ \t]as|only[ \t]as|friend|mate|partner|ex-partner|brother|sister|cousin|daughter|son|boyfriend|girlfriend|male|female|juvenile|says[ \t]he['’]s|said[ \t]he['’]s|staff[ \t]member|neighbour),?|(?<=\S[ \t])/)`;
const QUOTED_AFTER_NAMING = new RegExp(
  String.raw`${NAMING_CUE}[ \t]+["“'‘](\p{Lu}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*(?:[ \t]\p{Lu}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*)?)["”'’]`,
  'giu',
);
/** What family call a relation, not a name (`"Noy" / "Mum"`). */
const KIN_NAMES = new Set(
  'mum mam mom mummy dad daddy nan nana nanna gran granny grandad grandma auntie aunty aunt uncle sis bro'.split(
    ' ',
  ),
);
/** Every QUOTED_AFTER_NAMING match has a blank then an opening quote then a capital. */
const BLANK_QUOTE_CAPITAL = /[ \t]["“'‘]\p{Lu}/u;

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldBracketedQuote = literalGate([' ("', ' (“', " ('"]);
/** BLANK_QUOTE_CAPITAL's blank and quote, and the other marks below (`includesGate`, exact). */
const mayHoldBlankQuote = includesGate([' "', ' “', " '", ' ‘', '\t"', '\t“', "\t'", '\t‘']);
const hasBracketSpace = includesGate([') ']);
const hasQuote = includesGate(['"', '“', "'", '‘']);

export function quotedNicknames(text: string): Detection[] {
  const out: Detection[] = [];
  if (mayHoldBlankQuote(text) && BLANK_QUOTE_CAPITAL.test(text)) namedInQuotes(text, out);
  if (hasBracketSpace(text) && BRACKETED_WORD_THEN_NAME.test(text)) bracketedNicknames(text, out);
  if (!hasQuote(text)) return out;
  // Each scan below is skipped when a text lacks what its matches hold (most texts).
  const doubleQuote = text.includes('"') || text.includes('“');
  for (const m of doubleQuote ? regexMatches(QUOTED_THEN_AGE, text) : []) {
    const nick = m[1]!;
    if (!nick.includes(' ') && commonWords().has(nick.toLowerCase())) continue;
    out.push(name(text, m.index + 1, nick.length));
  }
  const bracketed = mayHoldBracketedQuote(text);
  for (const m of bracketed ? regexMatches(NAME_THEN_QUOTED, text) : []) {
    const nick = m[2]!;
    // One quoted letter defines a document's shorthand (`PERPETRATOR ('P')`), not a nickname.
    if (nick.length === 1 || commonWords().has(nick.toLowerCase())) continue;
    out.push(name(text, m.index + 2 + m[1]!.length, nick.length));
  }
  const spacedQuote = QUOTED_THEN_CAPITAL.test(text);
  for (const m of spacedQuote ? regexMatches(FIRST_QUOTED_LAST, text) : []) {
    const [, first, quote, nick, last] = m as unknown as [string, string, string, string, string];
    if (commonWords().has(first.toLowerCase()) || commonWords().has(last.toLowerCase())) continue;
    const nickStart = m.index + first.length + 1 + quote.length;
    const lastStart = m.index + m[0].length - last.length;
    out.push(name(text, m.index, first.length));
    out.push(name(text, nickStart, nick.length));
    out.push(name(text, lastStart, last.length));
  }
  return out;
}

/** Quoted names after a naming or relation word (QUOTED_AFTER_NAMING), into `out`. */
function namedInQuotes(text: string, out: Detection[]): void {
  for (const m of regexMatches(QUOTED_AFTER_NAMING, text)) {
    const nick = m[1]!;
    // The `i` flag lets the cue match in any case; the name must still open with a capital.
    if (!/^\p{Lu}/u.test(nick) || commonWords().has(nick.toLowerCase())) continue;
    // `"Mum"`, `"Auntie Gulzar"`: a relation, or a name the other rules read after its title.
    if (KIN_NAMES.has(nick.split(/[ \t]/)[0]!.toLowerCase())) continue;
    out.push(name(text, m.index + m[0].length - 1 - nick.length, nick.length));
  }
}

/**
 * `Rasmus (Raz) Tamm`: first name, nickname and surname as three names, into `out`. The match
 * starts at the bracket (the first name is read by a look-behind), so the engine scans for `(`
 * rather than trying every capital of the text.
 */
function bracketedNicknames(text: string, out: Detection[]): void {
  for (const m of regexMatches(FIRST_BRACKETED_LAST, text)) {
    const [, first, nick, last] = m as unknown as [string, string, string, string];
    if ([first, nick, last].some((w) => commonWords().has(w.toLowerCase()) || isTown(w))) continue;
    if (legislationTitle(text, m, nick)) continue;
    out.push(name(text, m.index - 1 - first.length, first.length));
    out.push(name(text, m.index + 1, nick.length));
    out.push(name(text, m.index + m[0].length - last.length, last.length));
  }
}

/** UK nations, as legislation titles name them in brackets. */
const NATIONS = new Set(['England', 'Wales', 'Scotland', 'Ireland', 'UK']);

/**
 * A statute's or regulation's title (`Children's Homes (England) Regulations 2015`): a nation in
 * the brackets, or a year after the last word.
 */
function legislationTitle(text: string, m: RegExpExecArray, nick: string): boolean {
  const end = m.index + m[0].length;
  return NATIONS.has(nick) || /^ (?:19|20)\d{2}\b/.test(text.slice(end, end + 6));
}

function name(text: string, start: number, length: number): Detection {
  return {
    type: 'PERSON',
    startUtf16: start,
    endUtf16: start + length,
    text: text.slice(start, start + length),
    score: QUOTED_NICKNAME_SCORE,
    recognizer: 'person-nickname',
  };
}
