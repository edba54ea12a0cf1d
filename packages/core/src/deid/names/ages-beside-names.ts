/**
 * Ages written beside the person rather than after a cue the age recognizer reads:
 * - after a name found, set off by a comma or a dash (`Lacey-Mae HIBBERT, 14, attends`, `Brandon,
 *   about 15.`, `DANIEL OKONJO, SAYS HE IS 32, LIVES`, `(mother of
 *   Kayla BRENNAN, 15)`, `MARCHETTI, Tyler - 17, 27 Brickyard Lane`, `Zak Holroyd, 24 - not
 *   searched`, `Kyrese FONTAINE, aged fifteen, lives …`, `Saima Mirza, 52ish.`: the span is the number), in brackets (`VALE, Ana   (31)`, `kiki
 *   (14)`, `Matei (then 9)`, `Shane Killick (about 40)`) or after `is` where the number ends a clause (`Dawn is 71, has`);
 * - after a relation or a word for a person, between commas (`maternal aunt, 33, 07700 …`, `a
 *   gentleman, seventy-nine, walked off the ward`);
 * - in an age field written in words or beside the date of birth (`Age: eighty-eight`, `Age : 14/02/1990
 *   / 46`, `Age / DOB ....... 23 / 02-11-2012`), with the years' letter a printed form adds before
 *   its next column (`Age ....... 52 Y      Sex`), or as a quoted XML attribute (`age="60"`), and
 *   after an `Age at …` label (`Age at index event ...... 36`);
 * - glued to the sex letter after a name in a bed list or nominal table (`PROSSER Gethin 44M`,
 *   `HUGHES, Tamsin 19F`).
 * ANNOTATION.md's rules (issue 4) annotate ages as AGE, the number only. Ages above 120 are not
 * taken. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { foldedLiteralGate, hasCommaSpace } from '../literal-gate.js';
import { regexMatches } from '../regex-matches.js';
import { detection } from '../recognizers/recognizer-helpers.js';

const SCORE = 0.7;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** A number of years in figures or words (`79`, `seventy-nine`, `TWENTY FOUR`, `fifteen`). */
const NUM = String.raw`(?:\d{1,3}|(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS})`;
/** Years written after the number without `old` (`Ernest LOMAX, 79 years,`, `Alfie (8 years)`). */
const YEARS = String.raw`[ \t]+(?:years?|yrs?)(?:[ \t]+old)?`;
/** An estimate (`Brandon, about 15.`). */
const ROUGHLY = String.raw`(?:about|around|approx\.?|approximately|roughly)`;
/** What the person said of their age (`DANIEL OKONJO, SAYS HE IS 32, LIVES …`). */
const SAYS_IS = String.raw`(?:says|said|states|stated)[ \t]+(?:he|she|they)[ \t]+(?:is|was|are|were)`;
/**
 * The age right after a name: a comma or dash, optional `aged`, an estimate or what the person
 * said, the number, then a stop (a dash joined to a word or digit goes on a date, `30-Oct-2027`).
 */
const AFTER_NAME = new RegExp(
  String.raw`^(?:(?:,[ \t]*|[ \t]+[-–—][ \t]+)(?:aged[ \t]+|${ROUGHLY}[ \t]+|${SAYS_IS}[ \t]+)?(${NUM})(?:-?ish)?(?:${YEARS})?(?=[ \t]*(?:[,;)"”]|\.(?!\d)|[-–—](?![A-Za-z\d])|\r?\n|$))|(?:[ \t]{0,3}|\r?\n[ \t]{0,3})\([ \t]?(?:now[ \t]+|then[ \t]+|aged[ \t]+|${ROUGHLY}[ \t]+|~[ \t]?)?(${NUM})(?:${YEARS})?[ \t]?\)|[ \t]+(?:is|was)[ \t]+(?:only[ \t]+|just[ \t]+|now[ \t]+|maybe[ \t]+|about[ \t]+|nearly[ \t]+|probably[ \t]+)?(${NUM})(?=[ \t]*(?:[,;.!)]|and[ \t]|\r?\n|$)(?![ \t]*\d))|[ \t]+(\d{1,3})(?=[MF](?:[ \t]|\r?\n|$)))`,
  'i',
);
/**
 * What may stand between a name and its age: Markdown's bold or italic closing the name
 * (`**Callum DINSDALE** (22)`) and a quoted nickname (`McALLISTER, Shaun "Mac" (49)`).
 */
const BETWEEN_NAME_AND_AGE = /^(?:\*{1,2}|_{1,2})?(?:[ \t]+["“][^"”\n]{1,20}["”](?:\*{1,2})?)?/;
const PERSON_WORDS =
  'mother|father|mum|dad|son|daughter|brother|sister|aunt|auntie|uncle|nephew|niece|cousin|grandmother|grandfather|grandson|granddaughter|nan|gran|partner|husband|wife|boyfriend|girlfriend|stepfather|stepmother|gentleman|man|woman|lady|male|female|boy|girl|lad';
/** The age between commas (found from each comma: a literal the engine skips to). */
const COMMA_AGE = new RegExp(String.raw`,[ \t]+(${NUM}),(?=[ \t])`, 'gi');
/** The word for a person that must end the text before the comma. */
const PERSON_WORD_END = new RegExp(String.raw`\b(?:${PERSON_WORDS})$`, 'i');
/**
 * `Age: eighty-eight`, `Age : 14/02/1990 / 46`, `Age / DOB ....... 23 / 02-11-2012`, and the
 * exports' keys `age=42` and `casualty_age: 24`.
 */
const AGE_FIELD = new RegExp(
  String.raw`(?:\b|_)Age(?:[ \t_]+at(?:[ \t_]+[A-Za-z]+){1,3})?[ \t]*(?:\/[ \t]*DOB[ \t]*)?(?:\.{2,}|:|=)[ \t]*["']?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]*\/[ \t]*)?(${NUM})(?=["']?[ \t]*(?:\/|\r?\n|$|[,;])|["'][ \t/>]|(?:[ \t]?(?:y|yrs?|years?))?(?:[ \t]{2}|[ \t]*(?:\r?\n|$)))`,
  'gi',
);
/**
 * An age said of a person in speech or a note, pronoun first: `he's sixty-odd`, `she's
 * eighty-something`, `he told us he was "forty-one and finished"`, `she's 14.`. The number must
 * end the clause (or run into `and`), so `he's 5 minutes away` and `she was one of them` are not
 * ages; a rough age keeps its `-odd`, `-something` or `-ish` in the span, as annotated.
 */
const SPOKEN_AGE = new RegExp(
  String.raw`\b(?:he|she)(?:['’]s|[ \t]+(?:is|was))[ \t]+(?:only[ \t]+|just[ \t]+|nearly[ \t]+|about[ \t]+)?["“]?(${NUM}(?:-odd|-something|-ish)?)(?=["”]?(?:[ \t]*[,;.!?)]|[ \t]+and[ \t]|[ \t]*[-–—][ \t]|[ \t]*\r?\n|$))`,
  'gi',
);
const MAY_SPEAK_AGE = /\b(?:he|she)(?:['’]s|\s+(?:is|was))\s/i;

const WORD_VALUES: Record<string, number> = Object.fromEntries(
  [...UNITS.split('|'), ...TEENS.split('|')].map((w, i) => [w, i + 1]),
);

/** An age set off by commas right before a name (`this one, 60, Callum - …`). */
const AGE_BEFORE_NAME = /,[ \t]*(\d{1,3}),[ \t]*$/;

/** Ages after the names found (AFTER_NAME), and between commas right before one. */
export function agesAfterNames(text: string, names: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of names) {
    if (d.type !== 'PERSON') continue;
    const before = AGE_BEFORE_NAME.exec(text.slice(Math.max(0, d.startUtf16 - 10), d.startUtf16));
    if (before && plausible(before[1]!)) {
      const start = d.startUtf16 - before[0].length + before[0].indexOf(before[1]!);
      out.push(detection('person-age', 'AGE', text, start, start + before[1]!.length, SCORE));
    }
    const from =
      d.endUtf16 + BETWEEN_NAME_AND_AGE.exec(text.slice(d.endUtf16, d.endUtf16 + 28))![0].length;
    const m = AFTER_NAME.exec(text.slice(from, from + 24));
    const age = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
    if (!m || !age || !plausible(age)) continue;
    const start = from + m[0].lastIndexOf(age);
    out.push(detection('person-age', 'AGE', text, start, start + age.length, SCORE));
  }
  return out;
}

/** `age` in any case, as `/age/i` finds it (a literal gate, answered in the text's one pass). */
const mayHoldAge = foldedLiteralGate(['age']);

/** Ages after a word for a person (COMMA_AGE, PERSON_WORD_END), and in age fields (AGE_FIELD). */
export function agesBesidePeople(text: string): Detection[] {
  const out: Detection[] = [];
  if (hasCommaSpace(text)) {
    for (const m of regexMatches(COMMA_AGE, text)) {
      if (PERSON_WORD_END.test(text.slice(Math.max(0, m.index - 16), m.index))) push(text, out, m);
    }
  }
  // Every AGE_FIELD match holds the word `age` (any case): most texts skip the scan.
  if (mayHoldAge(text)) for (const m of regexMatches(AGE_FIELD, text)) push(text, out, m);
  if (MAY_SPEAK_AGE.test(text)) for (const m of regexMatches(SPOKEN_AGE, text)) push(text, out, m);
  return out;
}

function push(text: string, out: Detection[], m: RegExpExecArray): void {
  const n = m[1]!;
  const start = m.index + m[0].lastIndexOf(n);
  if (plausible(n)) out.push(detection('person-age', 'AGE', text, start, start + n.length, SCORE));
}

/** A whole number of years from 0 to 120, in figures or words. */
function plausible(written: string): boolean {
  const num = written.replace(/-(?:odd|something|ish)$/i, '');
  return /^\d/.test(num) ? Number(num) <= 120 : wordValue(num.toLowerCase()) !== null;
}

function wordValue(word: string): number | null {
  const [tens, unit] = word.split('-');
  const t = TENS.split('|').indexOf(tens!);
  if (t >= 0) return (t + 2) * 10 + (unit ? (WORD_VALUES[unit] ?? 0) : 0);
  return WORD_VALUES[word] ?? null;
}
