/**
 * ORGANISATION: premises named in the text (shops, pubs, cafés, banks, charities:
 * organisations.ts), pub names (`the Red Lion`, `the Rose and Crown`), GP practices, schools,
 * hospitals, courts, care homes and prisons (`Lowfield Surgery`, `Ravenscliffe Academy`,
 * `Inverness Sheriff Court`, `HMP Forest Bank`), landlords and firms (`Clanmil Housing`, `Severn
 * Cars`), hospital wards (wards.ts), a study's own organisations (`DeidSettings.organisations`)
 * and, only when a study opts in (`DeidSettings.agencies`), public bodies (`Leeds City Council`,
 * `Northshire Police`), which ANNOTATION.md does not count as identifiers. Also services and firms
 * named by what they do (`Calderbrook Recovery Partnership`, `Ashby Pharmacy`), a person's
 * employer after a work phrase (`his job at Brennan Tiles`) and an approved premises by its name;
 * a gazetteer charity given as advice (`Signposted to Samaritans`) is not tagged. For premises a
 * leading `the` and a trailing `on <street>` belong to the span, as in the labelled development
 * set (`the Job Centre on Market Street`); named institutions and firms are taken as named,
 * without `the`.
 */
import type { DeidSettings, Detection, Recognizer } from '../entity-types.js';
import { lazy } from '../gazetteer.js';
import { phraseFinder, type PhraseFinder } from '../phrase-finder.js';
import {
  agencySuffixes,
  businessSuffixes,
  charities,
  linkedPrefixes,
  linkedSuffixes,
  premises,
  pubNouns,
  serviceSuffixes,
} from './organisations.js';
import { isTown } from './towns.js';
import { wardsOf } from './wards.js';
import { RANKS, commonWords, titles } from '../names/name-context.js';
import { isGivenName } from '../names/given-names.js';
import { STRONG_STREET_TYPES, WORD, casedAlternation, streetPattern } from './street-patterns.js';
import { regexMatches } from '../regex-matches.js';
import { alternationGate, hasCommaSpace, literalGate } from '../literal-gate.js';

export const ORGANISATION_SCORE = {
  premises: 0.7,
  pub: 0.7,
  linked: 0.65,
  study: 0.8,
  agency: 0.6,
  employer: 0.6,
  /** Premises a form field or a bracket says are premises: above a form's person field. */
  told: 0.85,
} as const;

const premisesFinder = lazy(() => phraseFinder([...premises(), ...charities()]));
const PUB = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])[Tt]he[ \t](?:${WORD}[ \t](?:(?:and|&)[ \t])?){0,2}(?:${casedAlternation(pubNouns())})(?![\p{L}\p{M}\p{N}])`,
      'gu',
    ),
);
const AGENCY = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(?:${WORD}[ \t]){1,4}(?:${agencySuffixes().join('|')})(?![\p{L}\p{M}\p{N}])`,
      'gu',
    ),
);
/**
 * Words that open a generic phrase rather than a name (`The School`, `her Academy`): the first word
 * of a linked institution's name must be a title-case name word, not one of these.
 */
const GENERIC_OPENERS = String.raw`(?:The|A|An|His|Her|Their|Our|My|Your|This|That|Same|Local|Secondary|Special|New|Old|Previous|Current|Next|Primary|Junior|Infant|Sixth|Any|No)(?![\p{L}\p{M}])`;
/**
 * A church school's designation between its name and its kind (`St Aldhelm's C of E Primary
 * School`, `Cotterholm Church of England Academy`, `St Bega's CE Primary`, `Our Lady's RC High`).
 */
const SCHOOL_DESIGNATION = String.raw`(?:C[ \t]of[ \t]E|CofE|CE|C\.E\.|Church[ \t]of[ \t]England|Church[ \t]in[ \t]Wales|RC|R\.C\.|Roman[ \t]Catholic|Catholic|Methodist)`;
/** The kind of school a designation may end a name with, `School` left unsaid (`CE Primary`). */
const SCHOOL_KIND = String.raw`(?:Primary|Junior|Infants?|First|Middle|High)`;
/**
 * 1–3 title-case words and a GP-practice or school suffix (`Lowfield Surgery`), a church
 * school's designation allowed before the suffix, or ending the name with the kind of school.
 */
const LINKED = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(?:(?:Sir|Dame)[ \t])?(?!${GENERIC_OPENERS})\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?:[ \t]${WORD}){0,2}(?:[ \t](?:and|&)[ \t]District)?(?:[ \t]${SCHOOL_DESIGNATION}[ \t]${SCHOOL_KIND}(?![\p{L}\p{M}\p{N}])(?![ \t](?:${linkedSuffixes().join('|')}))|(?:[ \t]${SCHOOL_DESIGNATION})?[ \t](?:${linkedSuffixes().join('|')}))(?![\p{L}\p{M}\p{N}])`,
      'gu',
    ),
);
/** An institution named after its prefix: one or two title-case words (`HMP Forest Bank`). */
const PREFIXED = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(?:${linkedPrefixes().join('|')})[ \t]${WORD}(?:[ \t]${WORD})?`,
      'gu',
    ),
);
/**
 * A landlord, letting agent or taxi firm: one or two title-case words and a business word
 * (`Clanmil Housing`, `Harbour Lettings`, `Severn Cars`), not followed by another capitalised word
 * (`Clanmil Housing Officer` is a job). The first word is checked in code (not an everyday word).
 */
const BUSINESS = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(?!${GENERIC_OPENERS})(\p{Lu}\p{Ll}[\p{L}\p{M}]*)(?:[ \t](?:and|&)[ \t]District)?(?:[ \t]${WORD})?[ \t](?:${businessSuffixes().join('|')})(?![\p{L}\p{M}\p{N}])(?![ \t]\p{Lu})`,
      'gu',
    ),
);
/**
 * A service or firm named by what it does (organisations.ts SERVICE_SUFFIXES): one to four
 * title-case words, which may be joined by `and` or `&`, then the word, not followed by another
 * capitalised word. The first word is checked in code (`GENERIC_SERVICE_FIRST`).
 */
const SERVICE = lazy(
  () =>
    new RegExp(
      String.raw`(\p{Lu}(?<![\p{L}\p{M}\p{N}&]\p{Lu})\p{Ll}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*)(?:[ \t](?:(?:and|&)[ \t])?${WORD}){0,3}[ \t](?:${serviceSuffixes().join('|')})(?![\p{L}\p{M}\p{N}])(?![ \t]\p{Lu})`,
      'gu',
    ),
);
/**
 * First words that make a service phrase generic (`Mental Health Crisis Line`, `Social Care`);
 * everyday words (`The`, `Her`) are refused too (name-context.ts commonWords).
 */
const GENERIC_SERVICE_FIRST = new Set(
  `mental health community social national local regional county city district youth adult
  child children family crisis drug drugs alcohol police custody support outreach street home
  day night private public specialist secure acute emergency early intensive primary secondary
  substance addiction housing victim victims women's women’s men's men’s young older student
  students staff school hospital council court probation prison hand car full partial good
  new old main central general independent domestic sexual criminal joint multi multi-agency
  integrated recovery previous current next special junior infant sixth any major serious
  organised crime exploitation investigation abuse harm reduction protection assessment psychiatric forensic dependency treatment care mother baby
  soup food veterans
  burns stroke cardiac renal maternity sexual walk-in dental eye fertility methadone forced
  modern slavery safer safety
  bereavement relationship relationships couples trauma grief hospital internet cyber staff
  canteen clinical senior residential peer business advanced customer partnership tenancy
  technical interview conference meeting executive bridal honeymoon penthouse board function
  hospitality medical`.split(/\s+/),
);
const SERVICE_GATE =
  /Church|Mission|Masjid|Mandir|Solutions|Staffing|Recruitment|Living|Outreach|Hub|Support|Society|Credit Union|Fostering|Crisis House|Suite|Team|Partnership|Collective|Project|Youth|Line|Pharmacy|Chemist|Care|Recovery|Service|Trust|Foundation|Wellbeing|Pastors|Centre|Solicitors|Roofing|Scaffolding|Engineering|Logistics|Tyres|Kennels|Bakery|Wash|Buses|Coaches|Nails|Barbers|Takeaway|Garage|Motors|Builders|Plumbing|Security|CMHT|Clinic|Unit|Mediation|Hire|Packers|Haulage|Farms|Metals|Recycling|Bank|Foodbank|Hub|Kitchen|Advocacy|Befriending|Medical Group|Golf Club|Cricket Club|Football Club|Rugby Club|Boxing Club|Social Club|Interviews|Aquarium|Caf|Coffee|Tea Room|Tearoom|Family Support|Counselling|Network|Circle|Fellowship|Chapel|Neighbours|Volunteers|Service|Aid|CIC|Shed|Mutual|Institute|FC|Juniors|Colts|Hostel|Agents|Directors|Association|Valet|Reclamation/;

/**
 * Every linked or business name ends in one of these words and every prefixed name starts with
 * one of these: texts without them (most log entries) skip the scans, which test every capital.
 * One test for both suffix lists.
 */
const SUFFIX_GATE =
  /Surgery|Practice|Doctors|Centre|School|Academy|College|Hospital|Infirmary|Home|Court|Park|House|Housing|Letting|Agents|Management|Cars|Cabs|Taxis|Hire|Living|Nursery|Primary|Junior|Infant|First|Middle|High/;
const PREFIX_GATE = /HMP|HMYOI|Ysgol|Coleg|Ysbyty|University of/;
const ON_STREET = new RegExp(String.raw`^[ \t]on[ \t]${streetPattern(STRONG_STREET_TYPES)}`, 'u');
/** A capitalised word right after a pub name makes it part of a longer one (`the Crown Court`). */
const CAPITAL_NEXT = /^[ \t]\p{Lu}/u;
const THE_BEFORE = /(?:^|[^\p{L}])([Tt]he[ \t])$/u;
const studyFinders = new Map<string, PhraseFinder>();
/** Distinct study gazetteers kept indexed at once (a process rarely sees more than one). */
const MAX_STUDY_FINDERS = 8;

export const organisationRecognizer: Recognizer = {
  name: 'organisation',
  types: ['ORGANISATION'],
  detect: (text: string, settings: DeidSettings) => detectOrganisations(text, settings),
};

// `includes` answered by the one literal pass per text (literal-gate.ts): same answers.
const mayHoldApprovedPremises = literalGate(['Approved Premises']);
const mayHoldAmpersand = literalGate([' & ']);
const mayHoldPremisesField = literalGate(['Premises:']);
const mayHoldWard = literalGate(['Ward']);
const mayHoldGeneral = literalGate([' General']);

export function detectOrganisations(text: string, settings: DeidSettings = {}): Detection[] {
  const out: Detection[] = [];
  gazetteerHits(text, settings, out);
  if (mayNamePub()(text)) pubs(text, out);
  if (mayHavePrefix(text)) prefixed(text, out);
  if (mayHaveSuffix(text)) {
    institutions(text, out);
    businesses(text, out);
  }
  if (mayNameInCapitals()(text)) institutionsInCapitals(text, out);
  if (mayNameService(text)) services(text, out);
  if (mayNameEmployer(text) && EMPLOYER_GATE.test(text)) employers(text, out);
  if (mayHoldApprovedPremises(text)) approvedPremises(text, out);
  if (mayHoldAmpersand(text)) firms(text, out);
  if (mayNameCompany(text)) companies(text, out);
  const premisesKind = mayNamePremisesKind(text) && PREMISES_KIND_GATE.test(text);
  if (mayHoldPremisesField(text) || premisesKind) namedPremises(text, out);
  if (mayHoldWard(text)) for (const d of wardsOf(text)) out.push(d);
  if (mayHoldGeneral(text)) generalHospitals(text, out);
  if (settings.agencies) {
    for (const m of regexMatches(AGENCY(), text)) {
      out.push(named(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.agency));
    }
  }
  const within = text.includes('\t') ? withinCells(out) : out;
  return within.length > 1 && hasCommaSpace(text) ? withPartsJoined(text, within) : within;
}

/**
 * A tab parts a table's cells, and a name runs over none (`Constance Ebuka-Marr<TAB>Project
 * manager` is a person, then a job): what a rule read across a tab keeps only its last cell's
 * words, when two or more are left (a suffix alone, `Project`, names nothing).
 */
function withinCells(found: readonly Detection[]): Detection[] {
  const out: Detection[] = [];
  for (const d of found) {
    const tab = d.text.lastIndexOf('\t');
    if (tab < 0) {
      out.push(d);
      continue;
    }
    const rest = d.text.slice(tab + 1);
    if (!rest.includes(' ')) continue;
    out.push({ ...d, startUtf16: d.startUtf16 + tab + 1, text: rest });
  }
  return out;
}

/**
 * A general hospital named by its place alone (`Conveyed to Dunmere General ED`, `a bed at
 * Haddeston General`), as staff and logs shorten it: one or two title-case words, then `General`,
 * not followed by a capitalised word other than a department's letters (`General Hospital` is
 * LINKED's). Titles ending in `General` (`Attorney General`, `Major General`) are not hospitals.
 * In the read sets 12 such names annotated and one in a report heading not.
 */
const GENERAL_HOSPITAL =
  /(?<![\p{L}\p{M}\p{N}])(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]General(?![\p{L}\p{M}\p{N}])(?![ \t](?!ED\b|A&E\b|AE\b)\p{Lu})/gu;
const GENERAL_TITLES = new Set(
  `attorney secretary director major surgeon auditor solicitor inspector postmaster governor
  lieutenant brigadier consul registrar accountant paymaster adjutant quartermaster procurator
  vicar commissary receiver`.split(/\s+/),
);

function generalHospitals(text: string, out: Detection[]): void {
  for (const m of regexMatches(GENERAL_HOSPITAL, text)) {
    const words = m[1]!.split(/[ \t]/);
    const first = words[0]!.toLowerCase();
    const last = words[words.length - 1]!.toLowerCase();
    if (GENERAL_TITLES.has(last) || commonWords().has(first) || GENERIC_SERVICE_FIRST.has(first))
      continue;
    const end = m.index + m[0].length;
    out.push(named(text, m.index, end, ORGANISATION_SCORE.linked));
  }
}

/** A ward, unit or suite first, then the hospital or unit it is part of. */
const PART_LAST = /\b(?:Ward|Unit|Suite|WARD|UNIT|SUITE)$/;
const WHOLE_LAST = /\b(?:Hospital|Infirmary|Lodge|Unit|House|HOSPITAL|INFIRMARY|LODGE|UNIT|HOUSE)$/;

/**
 * A ward, unit or suite and the hospital it is in, named together (`Fulmar Ward, Thristley Grange
 * Hospital`, `Kestle Ward, Harrowfield Unit`), as one organisation: the read sets annotate 20
 * such pairs as one span and 6 as two. Offsets are UTF-16 code units, end exclusive.
 */
function withPartsJoined(text: string, found: Detection[]): Detection[] {
  const byStart = new Map(found.map((d) => [d.startUtf16, d]));
  const joined = new Set<Detection>();
  const out: Detection[] = [];
  for (const part of found) {
    const whole = byStart.get(part.endUtf16 + 2);
    if (!whole || text.slice(part.endUtf16, part.endUtf16 + 2) !== ', ') continue;
    if (!PART_LAST.test(part.text) || !WHOLE_LAST.test(whole.text)) continue;
    const score = Math.max(part.score, whole.score);
    out.push(named(text, part.startUtf16, whole.endUtf16, score));
    joined.add(part).add(whole);
  }
  for (const d of found) if (!joined.has(d)) out.push(d);
  return out;
}

/** Pub names (`the Red Lion`), unless a capitalised word follows (`the Crown Court`). */
/**
 * `the` and a pub noun alone (`the Crown`, `the Anchor`, `the Head of Security`): a name a
 * hundred pubs share, or a job title. Over the read sets 16 such were hard negatives and one
 * annotated (inside a list of bars); a pub with a word of its own (`the Red Lion`, `the Crown &
 * Anchor`) is still read.
 */
const BARE_PUB = /^[Tt]he[ \t]\p{Lu}[\p{L}]*$/u;

function pubs(text: string, out: Detection[]): void {
  for (const m of regexMatches(PUB(), text)) {
    if (BARE_PUB.test(m[0])) continue;
    if (CAPITAL_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    if (landmark(text, m.index, m.index + m[0].length)) continue;
    out.push(organisation(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.pub));
  }
}

/** Premises and charities from the gazetteer (with a branch town), and a study's own names. */
function gazetteerHits(text: string, settings: DeidSettings, out: Detection[]): void {
  for (const hit of premisesFinder().find(text)) {
    const branch = branchLength(text, hit.end);
    if (branch === 0 && (signposted(text, hit.start, hit.end) || worn(text, hit.end))) continue;
    if (branch === 0 && isCharity(text, hit.start, hit.end) && !localCharity(text, hit)) continue;
    if (branch === 0 && isChain(text, hit.start, hit.end) && landmark(text, hit.start, hit.end)) {
      continue;
    }
    const end = hit.end + branch;
    const start = hit.start - branchPlaceBefore(text, hit.start, hit.end);
    out.push(organisation(text, start, end, ORGANISATION_SCORE.premises));
  }
  for (const hit of studyFinder(settings.organisations ?? []).find(text)) {
    out.push(organisation(text, hit.start, hit.end, ORGANISATION_SCORE.study));
  }
}

const CHAINS = lazy(() => new Set(premises().map((p) => p.toLowerCase())));
const CHARITY_NAMES = lazy(() => new Set(charities().map((c) => c.toLowerCase())));

function isCharity(text: string, start: number, end: number): boolean {
  return CHARITY_NAMES().has(text.slice(start, end).toLowerCase());
}

/**
 * A national charity named bare (`referred to Victim Support`, `Samaritans`) names a service
 * anyone may use, not a place linked to the person: over the read sets 57 such names were hard
 * negatives and 5 annotated (2 of them a named worker's employer, read below). Its local branch is one (`Harthwaite Citizens Advice`, `Age UK
 * Calderdale`, `Women's Aid in Bexworth`, `the Samaritans branch on Kirkgate`; 22 annotated, 9 hard
 * negatives): a place word before it, or a capitalised word, `branch`, or `in`/`on` and a
 * capitalised word after it.
 */
const LOCAL_AFTER = /^[ \t]+(?:\p{Lu}\p{Ll}|branch(?![\p{L}])|(?:in|on)[ \t]+\p{Lu})/u;

function localCharity(text: string, hit: { start: number; end: number }): boolean {
  if (LOCAL_AFTER.test(text.slice(hit.end, hit.end + 16))) return true;
  return placeWordBefore(text, hit.start) > 0 || employerAfterName(text, hit.start);
}

/**
 * A named worker, a comma, then the charity that employs them (`Interviewer: Ruth Grant,
 * Barnardo’s`, `Caseworker: Alicja Nowak, Victim Support`): the first name a given name, so a
 * list of services (`Youth Justice Service, Victim Support`) does not pass.
 */
const NAME_THEN_COMMA = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}[\p{L}'’-]+,[ \t]$/u;

function employerAfterName(text: string, start: number): boolean {
  const m = NAME_THEN_COMMA.exec(text.slice(Math.max(0, start - 40), start));
  return m !== null && isGivenName(m[1]!.toLowerCase());
}

function isChain(text: string, start: number, end: number): boolean {
  return CHAINS().has(text.slice(start, end).toLowerCase());
}

/**
 * A shop or pub that only marks where something happened (ANNOTATION.md: public places and
 * workplaces used as incident locations are not annotated): after `outside`, `near`, `behind`,
 * `opposite` or `the back of`, or before `car park` (`arguing outside Greggs`, `last seen near
 * the Co-op`, `the Rose and Crown car park`). In the read sets 30 chain and pub names stood so:
 * 28 hard negatives or unlabelled, 2 annotated, one of them kept as the person's workplace
 * (`stabbed outside the Pelican Inn where he worked`). Premises linked to a person otherwise have
 * no such word (`card used at Tesco Express`, `frequents the Crown & Anchor`).
 */
const LANDMARK_BEFORE =
  /(?:^|[^\p{L}])(?:outside|near|nr|behind|opposite|(?:back|front|rear|side)[ \t]+of)(?:[ \t]+the)?[ \t]+$/iu;
const LANDMARK_AFTER = /^(?:[ \t]+[\p{Lu}][\p{Ll}]+)?[ \t]+car[ \t]?park(?![\p{L}])/iu;

const WORKPLACE_AFTER = /^[ \t]+where[ \t]+(?:he|she|they|I|we)[ \t]+work/iu;

function landmark(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 30);
  if (WORKPLACE_AFTER.test(after)) return false;
  if (LANDMARK_AFTER.test(after)) return true;
  return LANDMARK_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * A public office or a charity's branch named by its town first (`Saltholme Job Centre`, `Brook
 * Post Office`, `Harthwaite Citizens Advice`): the place word belongs to the branch's name. Returns its length with the blank,
 * or 0 when the word before is no place name (an everyday word, an opener, a title or rank).
 */
const OFFICE_HIT = /^(?:Job Centre|Jobcentre|Jobcentre Plus|Post Office)$/;
/** An opener (`The`, `Local`) or a verb (`Visited`, `Attending`): no place word. */
const OPENER_OR_VERB = new RegExp(
  String.raw`^(?:${GENERIC_OPENERS}|\p{Lu}\p{Ll}{2,}(?:ed|ing))$`,
  'u',
);
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)[ \t]$/u;

function branchPlaceBefore(text: string, start: number, end: number): number {
  if (!OFFICE_HIT.test(text.slice(start, end)) && !isCharity(text, start, end)) return 0;
  return placeWordBefore(text, start);
}

/** The length with its blank of a place word right before `start` (PLACE_WORD_BEFORE), or 0. */
function placeWordBefore(text: string, start: number): number {
  const m = PLACE_WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return 0;
  const word = m[1]!;
  const lower = word.toLowerCase();
  if (OPENER_OR_VERB.test(word) || commonWords().has(lower) || titles().has(lower)) return 0;
  return RANKS.has(word) ? 0 : word.length + 1;
}

/**
 * A national charity or helpline given as advice, not a premises linked to the person
 * (`Signposted to Samaritans`, `the number for Victim Support`, `Age UK partnership`): a signposting word
 * before or after the name, which has no branch after it.
 */
/**
 * A word every SIGNPOST_BEFORE match holds (same flags, so the same case folding): most
 * look-backs skip the end-anchored regex, which is tried from every position of its window.
 */
const SIGNPOST_WORD = /gave|give|signposted|number|details|leaflet/iu;
const SIGNPOST_BEFORE =
  /(?:^|[^\p{L}])(?:gave|give|given|giving|signposted(?:[ \t]to)?|number[ \t](?:for|and)|details[ \t](?:of|for)|leaflet[ \t](?:for|from))(?:[ \t]the)?[ \t]+$/iu;
const SIGNPOST_AFTER =
  /^[ \t]+(?:details|helpline|number|leaflet|leaflets|website|partnership|DASH|checklist|card|(?:on[ \t]+)?\d{3}[ \t]?\d{3}(?![\d]))(?![\p{L}\p{N}])/u;
/**
 * A chain named as the maker of something worn or carried (`a brown M&S jacket`), and a bank as
 * the issuer of a card or account listed with it (`Barclays debit 4547 …`): not a place linked to
 * the person (the card number is its own identifier).
 */
const WORN_AFTER =
  /^[ \t]+(?:jacket|coat|top|jumper|hoodie|trousers|jeans|shirt|dress|shoes|trainers|bag|carrier|uniform|fleece|debit|credit|visa|mastercard|cashcard|current[ \t]+account|savings)(?![\p{L}\p{N}])/iu;

function signposted(text: string, start: number, end: number): boolean {
  if (SIGNPOST_AFTER.test(text.slice(end, end + 16))) return true;
  const before = text.slice(Math.max(0, start - 30), start);
  return SIGNPOST_WORD.test(before) && SIGNPOST_BEFORE.test(before);
}

function worn(text: string, end: number): boolean {
  return WORN_AFTER.test(text.slice(end, end + 12));
}

/** Prisons and Welsh schools and colleges named after their prefix (`HMP Forest Bank`). */
function prefixed(text: string, out: Detection[]): void {
  for (const m of regexMatches(PREFIXED(), text)) {
    out.push(named(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.linked));
  }
}

/** A practice named by a kind of practice, not a GP surgery's name (`Good Practice`). */
const GENERIC_PRACTICE =
  /^(?:Good|Best|General|Clinical|Professional|Poor|Reflective|Joint|Safe|Safer|Nursing|Social|Medical|Dental|Family|Group) Practice$/;

/** GP practices, schools, hospitals, courts, care homes (LINKED), into `out`. */
function institutions(text: string, out: Detection[]): void {
  for (const m of regexMatches(LINKED(), text)) {
    if (GENERIC_PRACTICE.test(m[0])) continue;
    const start = m.index + leadingVerbLength(m[0]);
    const end = m.index + m[0].length;
    const from = start - wardBeforeLength(text, start);
    out.push(named(text, from, end + placeOfLength(text, end), ORGANISATION_SCORE.linked));
  }
}

/**
 * A court, school, hospital, landlord or trade in a print-out written in capitals (`BRACKENHOLT
 * MAGISTRATES’ COURT`, `KITTIWAKE HOUSING`, `STAR BITES TAKEAWAY`): one to three words in capitals,
 * then an institution, business or trade word in capitals, and a company's legal form after it
 * (`TRENTSIDE HOUSING ASSOCIATION LIMITED`). Everyday words before the name (`CONVEYED TO`, `THE`)
 * are dropped.
 */
const upperSuffixes = lazy(() =>
  [...linkedSuffixes(), ...businessSuffixes(), ...TRADES_IN_CAPITALS].map((s) => s.toUpperCase()),
);
/**
 * Trades from SERVICE_SUFFIXES that name a firm in capitals too (`STAR BITES TAKEAWAY`, `HEARTWOOD
 * HOMECARE`). The rest stay out: in capitals, `… UNIT`, `… SUPPORT`, `… HUB` and `… AMBULANCE
 * SERVICE` head forms and name teams and public bodies far more often than firms (tried on every
 * labelled set: 17 false positives against 5 names found).
 */
const TRADES_IN_CAPITALS = [
  ...['Takeaway', 'Pharmacy', 'Chemist', 'Chemists', 'Solicitors', 'Garage', 'Motors'],
  ...['Homecare', 'Home Care', 'Care Services', 'Care Agency', 'Builders', 'Roofing'],
  ...['Scaffolding', 'Bakery', 'Barbers', 'Cafe', 'Café', 'Mini Market', 'Minimarket'],
  ...['Supermarket', 'Convenience Store', 'Haulage', 'Logistics', 'Tyres', 'Car Wash', 'Metals'],
];
/**
 * Every IN_CAPITALS match ends with the last word of an institution's or business's upper-case
 * suffix, or holds a whole trade (literal-gate.ts): a trade's last word alone (`SERVICES`,
 * `CARE`, `STORE`) is in most capitals logs, and would let them all through to the full scan.
 */
const mayNameInCapitals = lazy(() =>
  literalGate([
    ...new Set(
      [...linkedSuffixes(), ...businessSuffixes()]
        .map((s) => s.toUpperCase())
        .map((s) => s.slice(s.lastIndexOf(' ') + 1)),
    ),
    ...TRADES_IN_CAPITALS.map((s) => s.toUpperCase()),
  ]),
);
/**
 * Words that go on a shouted log line after an institution's name rather than lengthen it
 * (`CONVEYED TO WENDLESHAM GENERAL HOSPITAL ED AS PLACE OF SAFETY`, `… HOSPITAL RESUS`): a
 * department or a word of the clause.
 */
const CLAUSE_AFTER_CAPITALS = String.raw`(?:ED|A&E|AE|RESUS|MAJORS|MINORS|ITU|ICU|HDU|AS|AND|TO|FOR|AT|ON|IN|BY|WITH|VIA|FROM|WHERE|WHO|BUT|THEN)`;
const IN_CAPITALS = lazy(() => {
  const upper = upperSuffixes();
  const word = String.raw`\p{Lu}{2,}(?:['’-]\p{Lu}+)*`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{M}\p{N}])(${word}(?:[ \t]${word}){0,4})[ \t](?:${upper.join('|')})(?:[ \t](?:LIMITED|LTD|PLC|CIC|LLP))?(?![\p{L}\p{M}\p{N}])(?![ \t](?!${CLAUSE_AFTER_CAPITALS}(?![\p{L}\p{M}\p{N}&]))\p{Lu})`,
    'gu',
  );
});

function institutionsInCapitals(text: string, out: Detection[]): void {
  for (const m of regexMatches(IN_CAPITALS(), text)) {
    const words = m[1]!.split(/[ \t]+/);
    // The name is the words after the last everyday one (`NOTIFICATION TO SCHOOL` names none),
    // less generic openers (`GENERAL` in `GENERAL HOSPITAL` stays when a name stands before it).
    let skip = words.length;
    while (skip > 0 && !isNotCompanyWord(words[skip - 1]!.toLowerCase())) {
      // A shouted verb opens the clause, not the name (`ARRIVED HARROWDENE GENERAL HOSPITAL`).
      if (SHOUTED_VERB.test(words[skip - 1]!)) break;
      skip--;
    }
    while (skip < words.length && genericInCapitals(words[skip]!)) skip++;
    if (skip === words.length || words.length - skip > 3) continue;
    const start = m.index + m[1]!.length - words.slice(skip).join(' ').length;
    out.push(named(text, start, m.index + m[0].length, ORGANISATION_SCORE.linked));
  }
}

/**
 * Verbs a shouted log line opens with before a place or firm (`ARRIVED`, `ASKING`, `CONVEYING`);
 * a list, since names end in `-ING` and `-ED` too (`WELLSPRING`).
 */
const SHOUTED_VERB =
  /^(?:ARRIVED|ARRIVING|ATTENDED|ATTENDING|CONVEYED|CONVEYING|TAKEN|TAKING|ASKED|ASKING|CALLED|CALLING|REFERRED|REFERRING|CONTACTED|CONTACTING|LEAVING|LEFT|RETURNED|RETURNING|VISITED|VISITING|SEEN|PHONED|PHONING|RANG|EMAILED|ADVISED|INFORMED|INFORMING|TRANSFERRED|DISCHARGED|ADMITTED|REQUESTED|REQUESTING|BOOKED|HEADING|DRIVING|WALKING)$/u;

/** A generic or counting word, or a two-letter abbreviation (`GP SURGERY`; `ST` is a saint). */
function genericInCapitals(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 && lower !== 'st') return true;
  return GENERIC_SERVICE_FIRST.has(lower) || COUNT_WORDS.has(lower);
}

/** Counts and quantities before a business word (`Two Cars`, `Several Cars`). */
const COUNT_WORDS = new Set(
  'two three four five six seven eight nine ten several many both other some all few more'.split(
    ' ',
  ),
);

/** Kinds of home, not a housing provider's name (`Care Homes`, `Mobile Homes`). */
const KINDS_OF_HOMES =
  /^(?:Care|Nursing|Residential|Mobile|Park|Holiday|Children['’]s|Group|Foster|Retirement|Show|Empty|Family) Homes$/;

function businesses(text: string, out: Detection[]): void {
  for (const m of regexMatches(BUSINESS(), text)) {
    const first = m[1]!.toLowerCase();
    if (commonWords().has(first) || COUNT_WORDS.has(first) || KINDS_OF_HOMES.test(m[0])) continue;
    out.push(named(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.linked));
  }
}

/**
 * A registered company named with its legal ending (`Fellgate Haulage Ltd`, `KD Autos Limited`,
 * `Moss Ward LLP`): one to four capitalised words (`&` or `and` may join them) and the ending,
 * which belongs to the span. Everyday words before the name (`The`, `Keeper`) are left out.
 */
const COMPANY = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}&])(?:(?:${WORD}|&|and)[ \t]){1,5}(?:Ltd|Limited|LLP|PLC|plc)(?![\p{L}\p{M}\p{N}])`,
      'gu',
    ),
);
const COMPANY_GATE = /Ltd|Limited|LLP|PLC|plc/;

function companies(text: string, out: Detection[]): void {
  for (const m of regexMatches(COMPANY(), text)) {
    const words = m[0].split(/([ \t]+)/);
    let offset = 0;
    // Leading joiners and everyday words (`The`, `And`, a rank) are not the company's name.
    while (words.length > 3 && isNotCompanyWord(words[0]!)) {
      offset += words[0]!.length + words[1]!.length;
      words.splice(0, 2);
    }
    if (words.length < 3 || isNotCompanyWord(words[0]!)) continue;
    const start = m.index + offset;
    const end = m.index + m[0].length;
    // An employer rule may have found the same name (`his job at Brennan Tiles Ltd`).
    if (out.some((d) => d.startUtf16 === start && d.endUtf16 === end)) continue;
    out.push(named(text, start, end, ORGANISATION_SCORE.linked));
  }
}

/**
 * Premises named in a licensing or incident form: the value of a `Premises:` field up to a comma
 * or the line's end (`Premises: Crook and Staff, 4 Mill Lane`), or title-case words before a kind
 * of premises in brackets (`Name: Blue Ox (public house)`, `the Ember Lounge (nightclub)`).
 */
const PREMISES_FIELD = lazy(
  () =>
    new RegExp(
      String.raw`\bPremises(?:[ \t]name)?:[ \t]*(${WORD}(?:[ \t](?:(?:and|&|of|the)[ \t])?${WORD}){0,4})(?=[ \t]*(?:,|\r?\n|$))`,
      'gu',
    ),
);
const PREMISES_KINDS = String.raw`\((?:public[ \t]house|pub|nightclub|club|bar|restaurant|takeaway|shop|off-licence|off[ \t]licence|hotel|café|cafe|late[ \t]bar|karaoke[ \t]bar|convenience[ \t]store)\)`;
/** Most texts have no kind of premises in brackets: they skip the name scan. */
const PREMISES_KIND_GATE = new RegExp(PREMISES_KINDS, 'u');
const PREMISES_KIND = lazy(
  () =>
    new RegExp(
      String.raw`(${WORD}(?:[ \t](?:(?:and|&|of|the)[ \t])?${WORD}){0,4})[ \t]${PREMISES_KINDS}`,
      'gu',
    ),
);

function namedPremises(text: string, out: Detection[]): void {
  const found = [
    ...(mayHoldPremisesField(text) ? regexMatches(PREMISES_FIELD(), text) : []),
    ...(PREMISES_KIND_GATE.test(text) ? regexMatches(PREMISES_KIND(), text) : []),
  ];
  for (const m of found) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    const words = name.split(/[ \t]+/);
    // Leading everyday words (`The`, `Name`) are not the premises' name.
    let skip = 0;
    while (skip < words.length && isNotCompanyWord(words[skip]!)) skip++;
    if (skip === words.length) continue;
    const from = start + words.slice(0, skip).reduce((n, w) => n + w.length + 1, 0);
    out.push(named(text, from, start + name.length, ORGANISATION_SCORE.told));
  }
}

function isNotCompanyWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === '&' || lower === 'and' || commonWords().has(lower) || RANKS.has(word);
}

/**
 * Statutory partnerships and police units are public bodies, which ANNOTATION.md does not count
 * (`Hollin Community Safety Partnership`, `Roads Policing Unit`, a county's `Safety Camera
 * Partnership`, a force's `Witness Care Unit` or `Information Management Unit`): the agency rules
 * tag them when a study opts in.
 */
const PUBLIC_BODY_WORDS =
  /\b(?:Community Safety|Safeguarding|Policing|Police|Youth Offending|Youth Justice|Fire and Rescue|Safety Camera|Witness Care|Information Management|Information Rights|Disclosure|Transcription|Public Protection|Crime|Fraud|Harassment|Stalking|Forced Marriage|Modern Slavery|Intelligence|Professional Standards|Criminal Justice|Custody|AMHP)\b/;

/** A room's number and a comma before a suite (`Room 3, Alder Suite`): a part of a building. */
const ROOM_BEFORE = /\b(?:Room|Rm|ROOM)\s*\d+[A-Za-z]?,\s*$/;

function roomOfABuilding(text: string, start: number, name: string): boolean {
  return name.endsWith('Suite') && ROOM_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** A capitalised word right before a match: the match is the tail of a longer name. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]$/u;

/** The first word from a position (letters, marks, apostrophes, hyphens). */
const FIRST_WORD = /^\p{L}[\p{L}\p{M}'’-]*/u;

/**
 * A building's hall, car park or grounds after the name (`Venue: Hembury Methodist Church hall`):
 * a public place used as a venue or an incident location, which ANNOTATION.md leaves out.
 */
const GROUNDS_AFTER = /^[ \t](?:hall|car park|grounds|steps|gates|yard|porch)\b/;

function services(text: string, out: Detection[]): void {
  for (const m of regexMatches(SERVICE(), text)) {
    // `Forced Marriage Unit` was refused for its first word: `Marriage Unit` is no better.
    if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const raw = m[1]!.toLowerCase();
    if (GENERIC_SERVICE_FIRST.has(raw) || commonWords().has(raw)) continue;
    if (PUBLIC_BODY_WORDS.test(m[0]) || roomOfABuilding(text, m.index, m[0])) continue;
    if (GROUNDS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const start = m.index + leadingVerbLength(m[0]);
    const first = (FIRST_WORD.exec(text.slice(start))?.[0] ?? '').toLowerCase();
    if (commonWords().has(first) || COUNT_WORDS.has(first) || GENERIC_SERVICE_FIRST.has(first)) {
      continue;
    }
    out.push(named(text, start, m.index + m[0].length, ORGANISATION_SCORE.linked));
  }
}

/**
 * A person's employer named after a work phrase (`works at`, `works nights at`, `job at`, `drive
 * for`, `was a welder at`, `Employer:`, `Works: scaffolder,`): one to four title-case words
 * (`&` may join them). Not a town or a street (`works at Leeds`, `worked at Mill Lane`): those are
 * places, which other recognizers judge.
 */
const EMPLOYER = lazy(
  () =>
    new RegExp(
      String.raw`(?:\b(?:[Ww]ork(?:s|ed|ing)?(?:[ \t]+(?:nights|days|shifts|part-time|full-time|weekends))?|[Jj]ob|[Ee]mployed|[Dd]rives?|[Dd]rove|[Aa][ \t]+[a-z]+(?:[ \t][a-z]+)?|operative|assistant|driver|cleaner|welder|labourer)[ \t]+(?:at|for|by)|\b[Ee]mployer[ \t]*:?|\bWorks:[ \t]*[a-z]+(?:[ \t][a-z]+)?,)[ \t]+(${WORD}(?:[ \t](?:&[ \t])?${WORD}){0,3})`,
      'gu',
    ),
);
/** Every employer follows `at`, `for` or `by` and a capital, or an `Employer`/`Works:` label. */
const EMPLOYER_GATE = /\b(?:at|for|by)[ \t]+\p{Lu}|[Ee]mployer|Works:/u;
const STREET_END = new RegExp(String.raw`(?:${STRONG_STREET_TYPES.join('|')})$`, 'u');

function employers(text: string, out: Detection[]): void {
  for (const m of regexMatches(EMPLOYER(), text)) {
    const name = m[1]!;
    const first = name.split(/[ \t]/)[0]!.toLowerCase();
    if (isTown(name) || STREET_END.test(name) || commonWords().has(first)) continue;
    // `a warning by PC 2650`: a rank names an officer, not an employer.
    if (RANKS.has(name.split(/[ \t]/)[0]!)) continue;
    if (GENERIC_SERVICE_FIRST.has(first) || COUNT_WORDS.has(first)) continue;
    const end = m.index + m[0].length;
    out.push(named(text, end - name.length, end, ORGANISATION_SCORE.employer));
  }
}

/**
 * A firm named by its partners or family (`Okafor & Platt`, `Hebden & Sons`), as solicitors,
 * undertakers and trades are: two title-case words joined by `&`. Two given names (`Tom & Jo`: a
 * couple), towns (`Brighton & Hove`) and everyday words (`Bed & Breakfast`) are not firms.
 */
const FIRM =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*) & (\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}])/gu;

/** Everyday pairs joined by `&` (`Bed & Breakfast`, `Accident & Emergency`). */
const EVERYDAY_PAIR_WORDS = new Set(
  `bed breakfast accident emergency health safety fish chips terms conditions drug drugs alcohol
  food drink questions answers arts crafts research development sales marketing`.split(/\s+/),
);

function firms(text: string, out: Detection[]): void {
  for (const m of regexMatches(FIRM, text)) {
    const [first, second] = [m[1]!, m[2]!];
    const everyday = (w: string) =>
      commonWords().has(w.toLowerCase()) || EVERYDAY_PAIR_WORDS.has(w.toLowerCase()) || isTown(w);
    if (everyday(first) || everyday(second)) continue;
    if (isGivenName(first.toLowerCase()) || pubNouns().includes(second)) continue;
    // A couple as a letter addresses them (`Mr V Radonjić & Ms L Radonjić`) is no firm.
    if (titles().has(second.toLowerCase())) continue;
    out.push(named(text, m.index, m.index + m[0].length, ORGANISATION_SCORE.linked));
  }
}

/**
 * A probation hostel by its name (`Orchard House Approved Premises`, `Kiln House (Approved
 * Premises)`).
 */
const APPROVED_PREMISES = lazy(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{M}\p{N}])(${WORD}(?:[ \t]${WORD}){0,2})[ \t]\(?Approved Premises`,
      'gu',
    ),
);

function approvedPremises(text: string, out: Detection[]): void {
  for (const m of regexMatches(APPROVED_PREMISES(), text)) {
    if (commonWords().has(m[1]!.split(/[ \t]/)[0]!.toLowerCase())) continue;
    out.push(named(text, m.index, m.index + m[1]!.length, ORGANISATION_SCORE.linked));
  }
}

/** A blank and a capitalised word, whole. */
const BRANCH_WORD = /^[ \t](\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}\p{N}])/u;

/** `Greggs Meadowhall`-style branches: a gazetteer town right after a chain or charity. */
function branchLength(text: string, end: number): number {
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 32 || next < 65 || next > 90) return 0;
  const m = BRANCH_WORD.exec(text.slice(end, end + 40));
  return m && isTown(m[1]!) ? m[0].length : 0;
}

/** `Ward 12, Birmingham City Hospital`: a ward written before its hospital is one span. */
const WARD_BEFORE = /(?:^|[^\p{L}])(Ward[ \t](?:\d{1,3}[A-Z]?|[A-Z]\d{1,3}|\p{Lu}\p{Ll}+)),[ \t]$/u;

function wardBeforeLength(text: string, start: number): number {
  const m = WARD_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return m ? m[0].length - m[0].indexOf(m[1]!) : 0;
}

/** `Royal Infirmary of Edinburgh`: the place after an infirmary or hospital belongs to it. */
const OF_PLACE = /^[ \t]of[ \t]\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?![\p{L}\p{M}\p{N}])/u;

function placeOfLength(text: string, end: number): number {
  const last = text.slice(Math.max(0, end - 9), end);
  if (!last.endsWith('Infirmary') && !last.endsWith('Hospital')) return 0;
  return OF_PLACE.exec(text.slice(end, end + 40))?.[0].length ?? 0;
}

/**
 * `Phoned Quayside Surgery`: a sentence-initial verb (a word of 5+ letters ending in -ed or -ing,
 * with more name words after it) is not part of the institution's name. Returns its length with
 * the space after it, or 0.
 */
// Not before a street word: `Dipping Lane Surgery` is named after its lane.
const LEADING_VERB =
  /^\p{Lu}\p{Ll}{2,}(?:ed|ing)[ \t](?=\p{Lu}\p{Ll}*[ \t]\p{Lu})(?!(?:Lane|Road|Street|Way|Avenue|Hill|Green|Close|Drive|Row|Cross|Bridge|End|Gate|Grove)[ \t])/u;

function leadingVerbLength(match: string): number {
  const verb = LEADING_VERB.exec(match);
  return verb ? verb[0].length : 0;
}

function studyFinder(names: readonly string[]): PhraseFinder {
  const key = names.join('|');
  let finder = studyFinders.get(key);
  if (!finder) {
    if (studyFinders.size >= MAX_STUDY_FINDERS) studyFinders.clear();
    finder = phraseFinder(names.filter((n) => n.trim().length > 1));
    studyFinders.set(key, finder);
  }
  return finder;
}

/**
 * Premises (shops, pubs, a study's own names) widened to a leading `the` and a trailing `on
 * <street>`, as the development set writes them (`the Job Centre on Market Street`).
 */
function organisation(text: string, start: number, end: number, score: number): Detection {
  const the = THE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  const from = the ? start - the[1]!.length : start;
  const street = ON_STREET.exec(text.slice(end, end + 80));
  const to = street ? end + street[0].length : end;
  return named(text, from, to, score);
}

/**
 * A named institution or business as written, without a `the` before it: the later sets never
 * start its span with `the` (`the Ballymurphy Women’s Centre` → `Ballymurphy Women’s Centre`).
 */
function named(text: string, start: number, end: number, score: number): Detection {
  return {
    type: 'ORGANISATION',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score,
    recognizer: 'organisation',
  };
}

/**
 * The gates of `detectOrganisations` (literal-gate.ts): each answers as its plain alternation's
 * `test` does, from the text's one pass of literal gates instead of a scan of its own.
 */
const mayHavePrefix = alternationGate(PREFIX_GATE);
const mayHaveSuffix = alternationGate(SUFFIX_GATE);
const mayNameService = alternationGate(SERVICE_GATE);
const mayNameCompany = alternationGate(COMPANY_GATE);
/** Every PUB match ends in a pub noun, title-case or UPPERCASE. */
const mayNamePub = lazy(() => literalGate(casedAlternation(pubNouns()).split('|')));
/** EMPLOYER_GATE's branches: `at`, `for` or `by` then a blank, `mployer`, or `Works:`. */
const mayNameEmployer = literalGate(['at ', 'at\t', 'for', 'by ', 'by\t', 'mployer', 'Works:']);
/** Every PREMISES_KIND_GATE match opens a bracket on one of these kinds' first words. */
const mayNamePremisesKind = literalGate(
  'pub nightclub club bar restaurant takeaway shop off hotel café cafe late karaoke convenience'
    .split(' ')
    .map((kind) => `(${kind}`),
);
