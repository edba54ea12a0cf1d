/**
 * A first name set beside what the person is, between commas or dashes, as interviews and notes
 * introduce people: after the role or relative (`the AMHP – Rafe, he's brilliant`, `the nurse,
 * Elowen, knew him`, `his partner, Dean, was there`) or before it (`Halina, his mum, rang me`,
 * `Chester – he's the housing officer –`). Over the read sets 37 such words were annotated as
 * PERSON and one (a heading's `Interviewer`, a role word, which the check refuses) was not. The
 * word must be name-like (`echoable`) and no town. Offsets are UTF-16 code units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { isTown } from '../places/towns.js';
import { personDetection } from './person-detection.js';

export const APPOSITIVE_SCORE = 0.65;

const ROLE = String.raw`(?:AMHP|nurse|triage nurse|PCSO|social worker|housing officer|GP|consultant|psychiatrist|sergeant|sarge|inspector|CPN|IDVA|manager|key ?worker|support worker|care co(?:-?ordinator)?|duty worker|paramedic|officer|doctor|worker|volunteer|caseworker|advocate|interpreter|landlord|warden|teacher|tutor|mentor|co-?ordinator|practitioner|probation officer|therapist|counsellor|chaplain|vicar|pastor|neighbour|carer|friend|colleague|partner|boyfriend|girlfriend|husband|wife|son|daughter|mum|dad|mother|father|brother|sister|nan|gran|grandson|granddaughter|cousin|uncle|aunt|niece|nephew)`;
const KIN = String.raw`(?:mum|mam|mother|dad|father|brother|sister|son|daughter|wife|husband|partner|boyfriend|girlfriend|nan|gran|grandad|grandson|granddaughter|cousin|uncle|aunt|auntie|niece|nephew|friend|neighbour|carer|sergeant|manager|worker|nurse|AMHP|GP|CPN|key ?worker|housing officer|social worker)`;
const NAME = String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
const SEP = String.raw`(?:,| [–—-])`;

/** The role or relative, then the name and what ends the aside (`the nurse, Elowen, knew`). */
const AFTER_ROLE = new RegExp(
  String.raw`\b(?:the|a|an|our|my|his|her|their) ${ROLE}${SEP} ${NAME}(?=[,.;:)]| [–—-]| (?:who|is|was|said|rang|knew|has|had)\b)`,
  'gu',
);
/** The name, then the relative or role it is (`Halina, his mum,`, `Chester – he's the … officer –`). */
const BEFORE_ROLE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.'’])${NAME}${SEP} (?:(?:his|her|their|my|our|the) ${KIN}|(?:he|she)['’]s (?:the|a|an|my|our|his|her) (?:\p{L}+ ){0,2}${KIN})(?=[,.;)]| [–—-])`,
  'gu',
);

/**
 * A first name then the service the person works for (`Chi from triage`, `Bethia from L&D saw
 * him`, `Jackie from the crisis team`): 18 such words in the read sets are annotated as PERSON;
 * the five that are not are everyday words (`Call from control`, `Referral from the GP`), which
 * `echoable` refuses.
 */
const FROM_SERVICE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.'’])${NAME} from (?:the )?(?:street triage|triage|L&D|CMHT|CRHT|AMHP|housing|council|ASC|MASH|probation|YOT|CAMHS|EDT|social services|children's services|adult social care|ward|hospital|A&E|ambulance|surgery|school|hostel|refuge|Women's Aid|crisis team|home treatment team|outreach|hub|team)\b`,
  'gu',
);

/** Words that stand before `from` as a state or a message, not a person (`Missing from the ward`). */
const NOT_FROM_NAMES = new Set(
  'missing absent absconded discharged released transferred returned escaped away back home text message email letter update'.split(
    ' ',
  ),
);

export function appositiveNames(text: string): Detection[] {
  if (
    !text.includes(', ') &&
    !text.includes(' –') &&
    !text.includes(' -') &&
    !text.includes(' from ')
  )
    return [];
  const out: Detection[] = [];
  for (const re of [AFTER_ROLE, BEFORE_ROLE, FROM_SERVICE]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (!echoable(name) || isTown(name) || NOT_FROM_NAMES.has(name.toLowerCase())) continue;
      const start =
        m.index! + m[0].indexOf(name, re === AFTER_ROLE ? m[0].length - name.length : 0);
      out.push(personDetection(start, name, APPOSITIVE_SCORE, 'person-relative'));
    }
  }
  return out;
}
