/**
 * Partner staff a log introduces by role or service and then calls by name: `Pellgate Housing
 * tenancy officer Mr Kofi Babatunde` … `Kofi Babatunde stayed to make the door safe`, `rang
 * Turnstone outreach (Niamh Gallagher)` … `With Niamh at stand 7`, `N. Gallagher (Turnstone)`.
 * A later entry that names only the person names their agency (ANNOTATING-LOGS.md §3: who acts
 * or is contacted). Names are learnt from the text right beside an agency's trigger, in title
 * case, and found again case-sensitively as whole words. Police staff and the public are not
 * learnt: the police are listed by other cues, and a member of the public is no agency. The
 * words must read as a person's name (a title, an initial or a known given name first), so a
 * service named beside another (`Brookfold`, `Estuary`) is left to local-names.ts.
 */
import { isAmbiguousGivenName, isGivenName } from '../deid/names/given-names.js';
import { NON_PARTNER_AGENCIES } from './vocabulary.js';

/** A name learnt, with the agency of the trigger beside it. Case-sensitive keys. */
export type StaffNames = Map<string, string>;

/** A span of text where a learnt name stands: its agency and offsets (UTF-16, end exclusive). */
export interface StaffMention {
  agency: string;
  start: number;
  end: number;
}

/**
 * After a trigger: an optional comma or bracket, an optional title or initial, then one or two
 * title-case words (`CPN Morag Ferrand`, `outreach (Niamh Gallagher)`, `SW Tobin`).
 */
export const NAME_AFTER =
  /^,?[ \t]*\(?[ \t]*(?<title>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?<initial>\p{Lu}\.[ \t]?)?(\p{Lu}\p{Ll}[\p{Ll}'’-]+)(?:[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]+|\p{Lu}{3,}))?/u;
/** Before a trigger in brackets: the name, then `(` (`Niamh (Turnstone)`, `N. Gallagher (`). */
const NAME_BEFORE =
  /(?:^|[^\p{L}.])(?<initial>\p{Lu}\.[ \t]?)?(\p{Lu}\p{Ll}[\p{Ll}'’-]+)(?:[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]+))?[ \t]*\([ \t]*$/u;
/**
 * Before a trigger after a comma: the name, then its role (`Ms Weronika Audsley, housing
 * officer`, `Dr Amara Quist, GP`). The title group comes first, so the name words are the last two
 * groups as in the patterns above.
 */
const NAME_BEFORE_COMMA =
  /(?:^|[^\p{L}.])(?<title>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?<initial>\p{Lu}\.[ \t]?)?(\p{Lu}\p{Ll}[\p{Ll}'’-]+)(?:[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]+))?,[ \t]*$/u;

/**
 * Capitalised words that follow a service's name without naming anyone (`CMHT Duty`, `ASC Care
 * Act assessment`, `Housing Options`), and words that open a sentence.
 */
const NOT_NAMES = new Set(
  (
    'Duty Care Act Options Team Service Services Officer Worker Manager Nurse Lead Hub Panel ' +
    'Ward Suite Unit Centre House Road Street Lane Trust Homes Housing Council Police Court ' +
    'The A An And Or To From By With For At In On Of Our His Her Their Its Emergency Out Hours ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December Mental Health Social Adult Adults ' +
    'Children Child Early Help Community Safety Support Recovery Outreach Crisis Home Treatment ' +
    'Liaison Diversion Assessment Referral Update Updated Contacted Rang Called Emailed Advised ' +
    'Confirmed Agreed Visited Attended Arrived Present Notified Informed Aware Requested Accepted ' +
    'Declined Refused Will Has Have Had Is Are Was Were Not No Yes Today Tomorrow Tonight Now Also'
  ).split(' '),
);

/**
 * Learns the names standing beside the partner triggers of one entry. `triggers` are the entry's
 * agency triggers (text offsets in `text`).
 */
export function learnStaffNames(
  text: string,
  triggers: readonly { label: string; startUtf16: number; endUtf16: number }[],
  names: StaffNames,
): void {
  for (const t of triggers) {
    // Police staff and the public are not learnt (a study's own partner labels are).
    if (NON_PARTNER_AGENCIES.includes(t.label)) continue;
    const after = nameMayFollow(text, t.endUtf16)
      ? NAME_AFTER.exec(text.slice(t.endUtf16, t.endUtf16 + 40))
      : null;
    if (after) learn(after, t.label, names);
    if (text.charCodeAt(t.startUtf16 - 1) === 40 || text.charCodeAt(t.startUtf16 - 2) === 40) {
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, t.startUtf16 - 40), t.startUtf16));
      if (before) learn(before, t.label, names);
    }
    if (text.charCodeAt(t.startUtf16 - 2) === 44) {
      const before = NAME_BEFORE_COMMA.exec(
        text.slice(Math.max(0, t.startUtf16 - 40), t.startUtf16),
      );
      if (before) learn(before, t.label, names);
    }
  }
}

/**
 * The words are a person's name, not a service's (`housing officer Brookfold`, `Estuary (BDC)`):
 * a title or an initial before them, or a known given name first.
 */
function personal(m: RegExpExecArray): boolean {
  if (m.groups?.title || m.groups?.initial) return true;
  const first = m[m.length - 2] ?? '';
  return isGivenName(first.toLowerCase()) && !isAmbiguousGivenName(first.toLowerCase());
}

/**
 * Whether NAME_AFTER can match at `at`: after blanks, commas or brackets only, a capital letter
 * followed by a lower-case letter (a title or a name word) or a full stop (an initial), or a
 * non-ASCII character, which is left to the RegExp. Most triggers are followed by a lower-case
 * word, and in capitals text (`CRHT WILL ATTEND`) by a second capital: its RegExp is skipped.
 */
export function nameMayFollow(text: string, at: number): boolean {
  for (let i = at; i < at + 40 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 44 || c === 40) continue;
    if (c >= 128) return true;
    const next = text.charCodeAt(i + 1);
    return c >= 65 && c <= 90 && ((next >= 97 && next <= 122) || next === 46 || next >= 128);
  }
  return false;
}

function learn(m: RegExpExecArray, agency: string, names: StaffNames): void {
  if (!personal(m)) return;
  for (const word of [m[m.length - 2], m[m.length - 1]]) {
    if (!word || NOT_NAMES.has(word) || word.length < 3) continue;
    const title = word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
    if (!names.has(title)) names.set(title, agency);
  }
}

/** Every whole-word, title-case (or UPPERCASE) mention of a learnt name in `text`. */
export function staffMentions(text: string, names: StaffNames): StaffMention[] {
  const out: StaffMention[] = [];
  if (names.size === 0) return out;
  for (const [name, agency] of names) {
    for (const form of [name, name.toUpperCase()]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (isLetter(text, at - 1) || isLetter(text, end)) continue;
        out.push({ agency, start: at, end });
      }
    }
  }
  return out;
}

function isLetter(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c !== '' && c.toLowerCase() !== c.toUpperCase();
}
