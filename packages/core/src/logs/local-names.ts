/**
 * Local organisations a log names in full and then shortens: "Brookfold Homes" becomes
 * "Brookfold", "Riverside Housing" becomes "Riverside", "Lantern Project" becomes "Lantern". No
 * default lexicon can list every housing provider or charity, but a log introduces its own, so an
 * entry that says "locks changed by Brookfold" names the housing provider (ANNOTATING-LOGS.md §3
 * housing, third_sector). Names are learnt entry by entry, from the full form only, and only in
 * Title Case (a proper name, not "emergency housing"); later mentions match in any case.
 */

/** Head nouns that mark the words before them as an organisation's name, and its agency. */
const FULL_FORMS: { pattern: RegExp; agency: string }[] = [
  {
    pattern: /\b((?:[A-Z][a-z'-]+ ){1,2})(?:Homes|Housing(?: Association| Trust| Group)?)\b/g,
    agency: 'housing',
  },
  { pattern: /\b((?:[A-Z][a-z'-]+ ){1,2})Project\b/g, agency: 'third_sector' },
  // A charity named for what it gives ("Quernstone Support", "Harbour Trust").
  { pattern: /\b((?:[A-Z][a-z'-]+ ){1,2})(?:Support|Trust)\b(?! [A-Z])/g, agency: 'third_sector' },
  // A drug and alcohol recovery service ("Turnstone Recovery"), commissioned from charities.
  { pattern: /\b((?:[A-Z][a-z'-]+ ){1,2})Recovery\b(?! [A-Z])/g, agency: 'third_sector' },
];

/**
 * Words that open a sentence or describe a kind of housing rather than name a provider
 * ("Emailed Brookfold Homes", "Emergency Housing", "The Housing"): dropped from the front of a name.
 */
const NOT_NAMES = new Set(
  (
    'The A An And Or To From By With For At In On Of Our His Her Their Its Emailed Rang Called ' +
    'Phoned Contacted Told Asked Copies Copy Update Letter Council District City County Borough ' +
    'Social Emergency Temporary Supported Sheltered Private Local Community Council Housing ' +
    'Options Team Officer Tenancy Youth Support Outreach Hub NHS Police Joint Visit Referral ' +
    'Met Saw Spoke Left Sent Gave Took Rang Asked Family Peer Carer Carers Victim Health Mental ' +
    'Care Crisis Home Parent Parenting Tenant Tenancy Floating Recovery Drug Alcohol Debt Welfare ' +
    'Benefits Learning Early Adult Adults Child Children Foundation Leisure Sports Sport Education ' +
    'Academy School Schools'
  ).split(' '),
);

/** Names learnt so far in one log, lower case, with the agency each names. */
export type LocalNames = Map<string, string>;

/**
 * A name followed by what it is ("Wyvern Living (landlord of both houses)", "Vale Mediation, a
 * charity", "Silver Thread (befriending charity for over-65s)"): the whole name is kept, since
 * its words are not a head noun. Group 1 is the name, group 2 the kind.
 */
const DESCRIBED =
  /\b((?:[A-Z][\w'&-]+ ){0,2}[A-Z][\w'&-]+)(?: \(|,? (?:the|a|an|our|their) )(?:the |a |an |their |his |her )?(?:[\w-]+ ){0,3}?(charity|landlord|housing association|housing provider)\b/g;

/** The kinds DESCRIBED ends with. */
const DESCRIBED_KINDS = ['charity', 'landlord', 'housing association', 'housing provider'];

/**
 * A name before a staff role ("Millbeck housing officer Claire Sowden", "Bridgeway outreach
 * worker", "Turnstone assertive outreach worker"): the name is the employer. Group 1 is the name,
 * group 2 the role's kind.
 */
const ROLE_OF =
  /\b((?:[A-Z][\w'&-]+ )?[A-Z][\w'&-]+) (?:assertive |senior |lead |specialist |young people's |youth )?(housing|tenancy|outreach|support|recovery|drugs?) (?:officer|worker|manager)\b/g;

/**
 * Every word that one of the learners below needs before it runs its RegExps, in one RegExp: most
 * entries hold none, and one scan of the text for all of them is cheaper than an `includes` each.
 * The fast matcher also gates it by its key scan (`EntryMatches.mayHoldLocalNameWords`), so most
 * entries skip even this scan.
 */
export const ANY_NAME_WORD =
  / officer| worker| manager|Homes|Housing|Project|Support|Trust|Recovery|charity|landlord|housing association|housing provider/;

function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** The head nouns of FULL_FORMS: without one of them none of its patterns can match. */
const FULL_FORM_HEADS = ['Homes', 'Housing', 'Project', 'Support', 'Trust', 'Recovery'];

/** Adds the organisations `text` names in full to `names`. Cheap when it names none. */
export function learnLocalNames(text: string, names: LocalNames): void {
  if (!ANY_NAME_WORD.test(text)) return;
  learnDescribed(text, names);
  learnEmployers(text, names);
  if (!includesAny(text, FULL_FORM_HEADS)) return;
  for (const { pattern, agency } of FULL_FORMS) {
    for (const m of text.matchAll(pattern)) {
      const name = nameOf(m[1] ?? '');
      if (name) names.set(name.toLowerCase(), agency);
    }
  }
}

/**
 * The role words ROLE_OF ends with, after a blank: one RegExp test rather than an `includes` for
 * each, which was about four times slower on the evaluation logs' text.
 */
const ROLE_WORD = / (?:officer|worker|manager)/;

function learnEmployers(text: string, names: LocalNames): void {
  if (!ROLE_WORD.test(text)) return;
  for (const m of text.matchAll(ROLE_OF)) {
    const name = nameOf(m[1] ?? '');
    const kind = m[2] ?? '';
    if (name)
      names.set(name.toLowerCase(), /housing|tenancy/.test(kind) ? 'housing' : 'third_sector');
  }
}

function learnDescribed(text: string, names: LocalNames): void {
  // The words DESCRIBED ends with (it has no `i` flag): without one of them it cannot match.
  if (!includesAny(text, DESCRIBED_KINDS)) return;
  for (const m of text.matchAll(DESCRIBED)) {
    const name = nameOf(m[1] ?? '');
    if (name) names.set(name.toLowerCase(), m[2] === 'charity' ? 'third_sector' : 'housing');
  }
}

/**
 * An author tag that opens with its organisation ("[WYVERN LIVING - TENANCY OFFICER S. MARCHETTI]")
 * names it for the rest of the log, with the agency the tag was read as. Two words at least, so
 * that a place alone ("WYVERN - …") does not become an organisation.
 */
const TAG_ORGANISATION = /^\W*([A-Za-z][\w'&]+(?: [A-Za-z][\w'&]+){1,2}) [-–] /;

export function learnAuthorName(author: string, agency: string, names: LocalNames): void {
  const m = TAG_ORGANISATION.exec(author);
  const words = m?.[1]?.split(' ') ?? [];
  if (words.length === 0 || words.some((w) => NOT_NAMES.has(titleCase(w)))) return;
  names.set(words.join(' ').toLowerCase(), agency);
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The captured words without the leading ones that open a sentence ("Emailed", "The"), or null
 * when what is left still describes a kind of housing ("Offered Emergency Housing").
 */
function nameOf(words: string): string | null {
  const kept = words.trim().split(' ');
  while (kept.length > 0 && opensSentence(kept[0] as string, kept.length)) kept.shift();
  if (kept.length === 0 || kept.some((w) => NOT_NAMES.has(w))) return null;
  return kept.join(' ');
}

/** A listed word, or a past-tense verb before another word ("Offered Riverside Housing"). */
function opensSentence(word: string, wordsLeft: number): boolean {
  return NOT_NAMES.has(word) || (wordsLeft > 1 && word.endsWith('ed'));
}

/**
 * Councils written as initials: "PDC", "WVDC" (a district council), "RBC", "CBC" (a borough
 * council). Upper case only, so it is tested here rather than in the case-blind lexicon; the
 * broadcaster is not a council. Initials before a service the council runs ("WVDC Housing
 * Options", "WVDC ASC residential home") qualify that service, whose own agency is listed.
 */
const COUNCIL_INITIALS =
  /\b(?!BBC\b)([A-Z]{1,3}(?:DC|BC))\b(?! (?:[Hh]ousing|HOUSING|ASC|CSC|EDT|MASH|[Aa]dult|ADULT|[Cc]hildren|CHILDREN|[Ss]ocial|SOCIAL)\b)/g;

/**
 * An ambulance service written as initials ("NVAS crew", "WCAS conveyed"): ambulance trusts
 * abbreviate to "... Ambulance Service". Only before its staff, vehicles or a conveyance, since
 * capitals such as "AREAS" or "IDEAS" end the same way, and not after a title or role, since
 * surnames do too ("nurse ABBAS").
 */
const AMBULANCE_INITIALS =
  /(?<!\b(?:[Nn]urse|NURSE|Dr|DR|Mr|MR|Mrs|MRS|Ms|MS|Miss|PC|PS|DC|DS|SW|CPN|AMHP) )\b([A-Z]{2,3}AS)\b(?= (?:crews?|clinicians?|paramedics?|control|ambulances?|conveyed|HALO|frequent caller))/g;

/**
 * Cheap test: without DC, BC or AS ending a word neither learner can match. The capital both
 * learners need before it is left to them: a class first (`[A-Z](?:DC|BC|AS)\b`) made the test
 * try every position, about twice as slow as this, which starts only at a D, B or A.
 */
const ANY_INITIALS = /(?:DC|BC|AS)\b/;

/** Adds councils and ambulance services the text names by initials to `names`. */
export function learnInitials(text: string, names: LocalNames): void {
  if (!ANY_INITIALS.test(text)) return;
  for (const m of text.matchAll(COUNCIL_INITIALS))
    names.set((m[1] ?? '').toLowerCase(), 'local_authority');
  for (const m of text.matchAll(AMBULANCE_INITIALS))
    names.set((m[1] ?? '').toLowerCase(), 'ambulance');
}

/** A mention of a learnt name: its agency and span (UTF-16, end exclusive). */
export interface LocalNameMention {
  agency: string;
  start: number;
  end: number;
}

/** Every word-bounded mention of a learnt name in `text`, in any case. */
export function localNameMentions(text: string, names: LocalNames): LocalNameMention[] {
  const out: LocalNameMention[] = [];
  if (names.size === 0) return out;
  const lower = text.toLowerCase();
  for (const [name, agency] of names) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isWordChar(lower, at - 1) || isWordChar(lower, end)) continue;
      out.push({ agency, start: at, end });
    }
  }
  return out;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // NaN outside the text: not a word character.
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}
