/**
 * Names told by who the person is to someone: before a possessive and a relation (`Oriol's
 * brother, Jordi`, `This is Maddie, Tavita's partner`, `Thwe Thwe's son`), after `knows` with
 * how they know them (`knows Tav well`, `who knows\nEero from the ward surgery`), after a
 * relation or job and a comma, and before the service they work for.
 * ANNOTATION.md marks every person's name; these cues need no title, and the words must still
 * read as a name (`echoable`: no everyday, role, place or title word). Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { foldedLiteralGate, hasSpaceBracket, literalGate } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';
import { isGivenName } from './given-names.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';

export const KIN_CUE_SCORE = 0.75;

/** One or two capitalised name words (hyphens and apostrophes inside, not a final `'s`). */
const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)*(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:[-][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)*)?`;

const RELATION = String.raw`(?:(?:older|younger|eldest|youngest|elder|little|big|twin|new|ex-?)[ -])?(?:daughter|son|brother|sister|wife|husband|partner|boyfriend|girlfriend|fianc[eé]e?|mother|father|mum|mam|mom|dad|nan|nana|gran|granny|grandmother|grandfather|grandad|grandson|granddaughter|aunt|auntie|uncle|niece|nephew|cousin|carer|children|kids|stepdad|stepmum|stepfather|stepmother|stepson|stepdaughter)s?`;

/** `Name's brother`, `Name’s ex-partner`. */
// Not straight after a surname particle: `de Freitas’s son` is found whole by the particle rule.
const BEFORE_KIN = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(?<!\b(?:de|da|das|dos|do|di|du|van|von|der|den|la|le|ap|al|el|bin|ibn) )(${NAME})['’]s[ \t]+${RELATION}\b`,
  'gu',
);

/**
 * What follows the name in every BEFORE_KIN match. It opens with a literal, which the regex
 * engine can look for quickly; BEFORE_KIN opens with lookbehinds tried at every position, so it
 * runs only over texts this finds something in.
 */
const KIN_AFTER_POSSESSIVE = new RegExp(String.raw`['’]s[ \t]+${RELATION}\b`, 'u');

/** `knows Tav well`, `knows\nEero from the ward surgery`. */
const AFTER_KNOWS = new RegExp(
  String.raw`\bknows[ \t]*\r?\n?[ \t]*(${NAME})[ \t]*\r?\n?[ \t]*(?:well|from|through|since|of old)\b`,
  'gu',
);

/**
 * A full name set off by commas after a relation or a job (`your neighbour,\n Ignatius Okorafor,`,
 * `Environmental Health Officer, Priyamvada Lal, found`): the relation or job ending right before
 * a comma, read back from each comma.
 */
const ROLE_BEFORE_COMMA =
  /\b(?:neighbour|brother|sister|mother|father|son|daughter|partner|wife|husband|cousin|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|stepdad|stepmum|boyfriend|girlfriend|friend|carer|victim|suspect|witness|complainant|caller|tenant|informant|driver|landlord|landlady|owner|shopkeeper|receptionist|teacher|student|resident|[Oo]fficer|[Ww]orker|[Mm]anager|[Nn]urse|[Cc]o-?ordinator|[Pp]ractitioner|[Aa]dvis[eo]r|[Cc]onsultant|[Cc]aseworker)$/;
/**
 * The full name after the comma (a line break allowed), then another comma or a bracket (`The
 * neighbour, Ilka Vasz (07700 900…)`, `her mother, Bernadette Farrell (62)`: all 17 such brackets
 * after a relation or job in the read sets follow a name).
 */
const NAME_THEN_COMMA =
  /^,[ \t]*\r?\n?[ \t]*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)? \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:,| \()/u;
/**
 * A full name before the service the person works for (`Ffrancon Pughe of Adult Social Care`);
 * ` of `, perhaps `the `, and the service's first word are a literal part of every match, so most
 * texts skip the scan (a literal gate, answered with the others in one pass over the text).
 */
const SERVICE_WORDS = [
  ...['Adult', 'Children', 'Social', 'Environmental', 'Probation', 'CMHT', 'CAMHS', 'Early'],
  'Youth',
];
const mayNameService = literalGate(
  SERVICE_WORDS.flatMap((word) => [` of ${word}`, ` of the ${word}`]),
);
const BEFORE_SERVICE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?) of (?:the )?(?:Adult Social Care|Children's Social Care|Children’s Social Care|Social Care|Environmental Health|Probation|CMHT|CAMHS|Early Help|Youth Justice)\b`,
  'gu',
);

/**
 * A list line of an attendee or contact list: a full name, a dash and the person's job ending in
 * a job word (`  Cassius Ebanks - Probation Practitioner`, `Ngaire Whitcombe – CMHT care
 * coordinator`). A team or service before the dash has no job word (`Pargeter Homes - housing`).
 */
const NAME_DASH_JOB = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]+)?(${NAME}) [-–—] [^\r\n]{0,40}?\b(?:[Pp]ractitioner|[Cc]o-?ordinator|[Mm]anager|[Oo]fficer|[Ww]orker|[Nn]urse|[Cc]hair|[Ll]ead|[Aa]dvocate|[Cc]onsultant|[Pp]sychiatrist|[Pp]sychologist|[Tt]herapist|[Nn]avigator|[Mm]entor|[Aa]dvis[eo]r|[Cc]aseworker|AMHP|IDVA|ISVA|RMN|CPN|GP|DSL|SENCO)\b`,
  'gmu',
);
const mayHoldDash = literalGate([' - ', ' – ', ' — ']);
/** Every MAIDEN_NAME match holds `née ` or `nee `, in any case (`NÉE `). */
const mayHoldNee = foldedLiteralGate(['nee ', 'née ', 'nÉe ']);
/** A maiden name after `née` (`BRIMBLE, Agatha Mary (née Pascoe)`). */
const MAIDEN_NAME = /\bn[ée]e[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)/giu;

/** Names before a relation or a service, after `knows … well` or a role and a comma. */
// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldKnows = literalGate(['knows']);

export function kinCueNames(text: string): Detection[] {
  const out: Detection[] = [];
  const possessive =
    (text.includes("'s") || text.includes('’s')) && KIN_AFTER_POSSESSIVE.test(text);
  const knows = mayHoldKnows(text);
  const patterns = [
    possessive ? BEFORE_KIN : null,
    knows ? AFTER_KNOWS : null,
    mayNameService(text) ? BEFORE_SERVICE : null,
    mayHoldDash(text) ? NAME_DASH_JOB : null,
    mayHoldNee(text) && /\bn[ée]e /i.test(text) ? MAIDEN_NAME : null,
  ];
  namesAfterRoleCommas(text, out);
  if (mayHoldUpperKin(text) && UPPER_KIN_GATE.test(text)) upperKinNames(text, out);
  if (hasSpaceBracket(text)) bracketedKinNames(text, out);
  for (const pattern of patterns) {
    if (!pattern) continue;
    for (const m of regexMatches(pattern, text)) {
      const name = m[1] ?? '';
      if (!name.split(/[ -]/).every((w) => echoable(w))) continue;
      out.push(personDetection(m.index! + m[0].indexOf(name), name, KIN_CUE_SCORE, 'person-cue'));
    }
  }
  return out;
}

const UPPER_KIN_WORDS = `WIFE HUSBAND PARTNER EX-PARTNER BOYFRIEND GIRLFRIEND SON DAUGHTER
  STEPSON STEPDAUGHTER MOTHER FATHER STEPMOTHER STEPFATHER MUM DAD BROTHER SISTER NAN GRANDMOTHER
  GRANDFATHER UNCLE AUNT AUNTIE COUSIN NEPHEW NIECE FRIEND NEIGHBOUR`.split(/\s+/);
const UPPER_KIN = `(?:${UPPER_KIN_WORDS.join('|')})`;
const UPPER_KIN_GATE = new RegExp(String.raw`\b${UPPER_KIN} \p{Lu}`, 'u');
/** A relation and its space, a literal part of every UPPER_KIN_GATE match: most texts skip it. */
const mayHoldUpperKin = literalGate(UPPER_KIN_WORDS.map((word) => `${word} `));
/** An UPPERCASE relation, then one or two UPPERCASE words (the name, if they are one). */
const UPPER_KIN_THEN_WORDS = new RegExp(
  String.raw`\b${UPPER_KIN} (\p{Lu}[\p{Lu}'’-]+)(?: (\p{Lu}[\p{Lu}'’-]+))?(?![\p{L}\p{N}])`,
  'gu',
);
/**
 * An English word's ending (`SHOUTING`, `ARRESTED`, `MEDIATION`, `RECENTLY`): no given name the
 * gazetteer lacks ends so, and log shorthand after a relation often does.
 */
const ENGLISH_SUFFIX = /(?:ING|ED|TION|SION|MENT|NESS|LY|OUS|IVE|ABLE|IBLE|FUL|LESS|ISM|IST|ITY)$/;
/** An age in brackets or a comma after a one-word name: the name ends there. */
const AGE_OR_COMMA_AFTER = /^(?: \(\d|,)/;

/**
 * A relative named after the relation in an UPPERCASE log (`WIFE HALINA KAMINSKA OUTSIDE`, `SON
 * IMRAN MAHMOOD 07700 …`, `SISTER NGOZI OKONKWO-BRIGGS (34)`), where every word is a capital: two
 * name-like words (`echoable`) are a full name; one is a name only when it is a known given name
 * or an age or comma follows it, since log shorthand follows relations too (`MOTHER PRESENT`),
 * and an unknown first word must not end as English words do (ENGLISH_SUFFIX).
 * In the labelled sets 15 of 17 such pairs were names; the two others were everyday words.
 */
function upperKinNames(text: string, out: Detection[]): void {
  for (const m of regexMatches(UPPER_KIN_THEN_WORDS, text)) {
    const [, first, second] = m as unknown as [string, string, string | undefined];
    if (!echoable(first)) continue;
    const start = m.index + m[0].length - first.length - (second ? second.length + 1 : 0);
    const end = start + first.length;
    const given = isGivenName(first.toLowerCase());
    if (!given && ENGLISH_SUFFIX.test(first)) continue;
    let name = second && echoable(second) ? `${first} ${second}` : null;
    if (!name && (given || AGE_OR_COMMA_AFTER.test(text.slice(end)))) name = first;
    if (name) out.push(personDetection(start, name, KIN_CUE_SCORE, 'person-cue'));
  }
}

/** A relation, any case, ending right before ` (` (`Dad`, `her mum`, `younger brother`). */
const KIN_BEFORE_BRACKET = new RegExp(String.raw`(?<![\p{L}\p{M}])${RELATION}$`, 'iu');
/** The name opening the bracket, before an age or the bracket's end (`Stanley, 88)`). */
const NAME_IN_BRACKET =
  /^\((\p{Lu}[\p{Ll}\p{M}]+(?:[ -]\p{Lu}[\p{Ll}\p{M}]+)?)(?:(,[ \t]*\d{1,3}[ \t]*[,)])|\))/u;

/**
 * A relative named in brackets after the relation: before an age (`Dad (Stanley, 88)`), or alone
 * when a known given name (`mum (Precious)`), as a note says of a relative (`dad (Deceased)`).
 */
function bracketedKinNames(text: string, out: Detection[]): void {
  for (let at = text.indexOf(' ('); at !== -1; at = text.indexOf(' (', at + 2)) {
    const m = NAME_IN_BRACKET.exec(text.slice(at + 1, at + 40));
    if (!m || !KIN_BEFORE_BRACKET.test(text.slice(Math.max(0, at - 24), at))) continue;
    const name = m[1]!;
    if (!name.split(/[ -]/).every((w) => echoable(w))) continue;
    if (!m[2] && !isGivenName(name.split(/[ -]/)[0]!.toLowerCase())) continue;
    out.push(personDetection(at + 2, name, KIN_CUE_SCORE, 'person-cue'));
  }
}

/** Each comma with a relation or job before it and a full name then a comma after it. */
function namesAfterRoleCommas(text: string, out: Detection[]): void {
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    const after = text.slice(at, at + 70);
    const before = text.slice(Math.max(0, at - 16), at);
    // The role is needed either way, and is the rarer: it is tested first.
    if (!ROLE_BEFORE_COMMA.test(before)) continue;
    const m =
      NAME_THEN_COMMA.exec(after) ??
      (KIN_BEFORE_COMMA.test(before) ? GIVEN_THEN_COMMA.exec(after) : null);
    if (!m) continue;
    const name = m[1]!;
    if (!name.split(/[ -]/).every((w) => echoable(w))) continue;
    out.push(personDetection(at + m[0].indexOf(name), name, KIN_CUE_SCORE, 'person-cue'));
  }
}

/** A relative named by one name between commas (`the cousin, Jericho, is on …`). */
const KIN_BEFORE_COMMA =
  /\b(?:brother|sister|mother|father|son|daughter|partner|wife|husband|cousin|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|stepdad|stepmum|boyfriend|girlfriend)$/;
const GIVEN_THEN_COMMA = /^,[ \t]*(\p{Lu}[\p{Ll}\p{M}]{2,}(?:-\p{Lu}[\p{Ll}\p{M}]+)?),/u;
