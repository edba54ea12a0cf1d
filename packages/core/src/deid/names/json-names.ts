/**
 * Names in the values of a JSON export's name keys (`"user_name": "jake haverty"`,
 * `"real_name": "OSWALD TREVITHICK"`, `"sender": "Tilly Okonjo"`), as chat and case-system
 * exports write them, and in an XML export's person elements (`<Forename>Ilse</Forename>`,
 * `<Witness>Ade Bello, neighbour</Witness>`): the key or tag says the value is a person, so any
 * case is taken. A value with digits or an everyday, role, place or title word is not a name
 * (`"name": "Duty Desk"`). The detections count as table cells (`person-table`), whose names come
 * back in lower case in the messages (name-echoes.ts). Offsets are UTF-16 code units, end
 * exclusive.
 */
import type { Detection } from '../entity-types.js';
import { echoable } from './name-echoes.js';
import { personDetection } from './person-detection.js';

export const JSON_NAME_SCORE = 0.8;

/**
 * A name key, its colon and a quoted value of one to four words, the first of which may be a
 * handle (`"from": "sadie.k"`, as Telegram's and other chat exports name a message's sender; an
 * `"alias": "K-Man"`) or an initial (`"name": "H. Dransfield"`), surname first with a comma too
 * (`"author": "Whitaker, Dean"`). FHIR's HumanName (HL7 FHIR R4
 * §2.24.0.9, as NHS records export patients and contacts) adds `family`, a `given` array and a
 * `text` inside a `name` object (`"name": { "text": "Priit Kask" }`). A chat export's sender may
 * carry the officer's number and rank after the name (`"from": "Ray 1142 (Sgt)"`): the name alone
 * is taken.
 */
const NAME_VALUE =
  /"(?:user_?name|real_?name|display_?name|full_?name|first_?name|last_?name|given_?names?|family(?:_?name)?|surname|forenames?|sender(?:_name)?|recipient(?:_name)?|payee|addressee|author(?:_name)?|from_name|from|contact_name|person_name|person|name|name_?given|preferred_?name|preferred|alias|aka|nick_?name|known_?as)"[ \t]*:[ \t]*(?:\{[ \t]*"text"[ \t]*:[ \t]*)?"((?:\p{Lu}\.|[\p{L}\p{M}'’-]+(?:[._][\p{L}\p{M}]+)?)(?:,? [\p{L}\p{M}'’-]+){0,3})(?: \d{3,6}(?: \([A-Za-z]{2,5}\))?)?"/giu;
/** A FHIR `given` array of quoted names (`"given": ["Marisa", "Luningning"]`), on one line. */
const GIVEN_ARRAY = /"(?:given|given_?names|forenames)"[ \t]*:[ \t]*\[([^\]\n]{1,160})\]/giu;
const QUOTED = /"([\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,3})"/gu;

export function jsonNames(text: string): Detection[] {
  if (!text.includes('":')) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(NAME_VALUE)) {
    const name = m[1]!;
    if (!nameValue(name)) continue;
    out.push(
      personDetection(m.index! + m[0].lastIndexOf(name), name, JSON_NAME_SCORE, 'person-table'),
    );
  }
  for (const d of givenArrays(text)) out.push(d);
  return out;
}

/** Every name-like string of a `given` array (GIVEN_ARRAY). */
function givenArrays(text: string): Detection[] {
  const out: Detection[] = [];
  for (const m of text.matchAll(GIVEN_ARRAY)) {
    const base = m.index! + m[0].indexOf('[') + 1;
    for (const q of m[1]!.matchAll(QUOTED)) {
      const name = q[1]!;
      // Array items carry no key of their own: only capitalised names count (`["true"]` does not).
      if (/^\p{Lu}/u.test(name) && nameValue(name))
        out.push(personDetection(base + q.index! + 1, name, JSON_NAME_SCORE, 'person-table'));
    }
  }
  return out;
}

/**
 * Every word is name-like (a handle's parts too); a hyphenated one by its longer parts, since a name's particle or a
 * short surname is too short to echo alone (`Noor-ul-Ain`, `Greenhalgh-Ng`).
 */
function nameValue(name: string): boolean {
  const words = name.replace(',', '').split(' ');
  // An initial may open the name (`G. Ashpole`), not stand for it alone.
  const named = words.filter((w) => !INITIAL.test(w));
  return (
    named.length > 0 &&
    named.every((w) => {
      const parts = w.split(/[-._]/).filter((p) => p.length >= 3);
      return parts.length > 0 && parts.every((p) => echoable(p));
    })
  );
}

const INITIAL = /^\p{Lu}\.$/u;

/**
 * An XML element whose tag names a person (`<Surname>`, `<Alias>`, `<OIC rank="DC">`, `<DSL>`,
 * `<ParentCarer relationship="mother">`): its text up to a comma (`<Witness>Ade Bello, neighbour,
 * 07700 900123</Witness>`), one to four words.
 */
const XML_PERSON =
  /<(Forenames?|FirstName|GivenNames?|MiddleNames?|Surname|FamilyName|LastName|Name|FullName|PersonName|Alias|Nickname|KnownAs|Witness|Victim|Suspect|OIC|OfficerInCase|Officer|DSL|ParentCarer|Parent|Carer|Guardian|NextOfKin|AppropriateAdult|Interpreter|SocialWorker|Author|Sender|[Ww]orker|[Kk]eyWorker|[Cc]aseWorker|[Pp]ractitioner|[Nn]ame)(?:[ \t][^<>]{0,80})?>([\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,3})(?=[,<])/gu;
/**
 * An element whose attributes give an officer's collar number (`<found_by collar="2746">Wojtaszek
 * </found_by>`, `<oic rank="DC" collar="4321">Priya Kaur-Gill</oic>`): its text is that officer's
 * name, whatever the tag. All 16 such texts in the read sets are names.
 */
const XML_COLLARED =
  /<[A-Za-z_][\w.-]*[ \t][^<>]{0,80}?\bcollar="\d{2,6}"[^<>]{0,80}>([\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,3})(?=[,<])/gu;
/**
 * A name in an XML element's name attributes, as safeguarding and case-system exports write a
 * person (`<name family="Fairweather" given="Kerry-Ann"/>`, `<person surname="…" forename="…">`),
 * a payment's payee and an action's owner (`payee="Nadim Sarwar"`, `owner="G. Ashpole"`), who did a
 * thing (`<hcp_seen by="Oyinkansola Fadipe">`), the name a
 * person goes by (`preferred="Wenna"`), a plain `name` (`<raisedBy name="Temperance Agyekum">`;
 * of the 14 such values over the read sets whose every word reads as a name, 13 are people's and
 * one a provider the organisation rules find, which win),
 * capitalised (`<Consent given="true">` is no name); checked in code to stand inside a tag (`insideTag`).
 */
const XML_NAME_ATTRIBUTE =
  /[ \t](?:family|given|surname|forenames?|first_?[Nn]ame|last_?[Nn]ame|given_?[Nn]ames?|family_?[Nn]ame|full_?[Nn]ame|preferred|known_?[Aa]s|alias|payee|recipient|owner|by|name)="(\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)(?: [\p{L}\p{M}'’-]+){0,3})"/gu;

export function xmlNames(text: string): Detection[] {
  if (!text.includes('</')) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(XML_PERSON)) pushXmlName(m, m[2]!, out);
  for (const m of text.matchAll(XML_COLLARED)) pushXmlName(m, m[1]!, out);
  if (!text.includes('="')) return out;
  for (const m of text.matchAll(XML_NAME_ATTRIBUTE))
    if (insideTag(text, m.index!)) pushXmlName(m, m[1]!, out);
  return out;
}

/** A tag is open at `at`: the last `<` before it comes after the last `>`. */
function insideTag(text: string, at: number): boolean {
  return text.lastIndexOf('<', at) > text.lastIndexOf('>', at);
}

/** The name ending the match `m`, when every word of it reads as a name. */
function pushXmlName(m: RegExpExecArray, name: string, out: Detection[]): void {
  if (!nameValue(name)) return;
  const end = m[0].endsWith('"') ? m.index + m[0].length - 1 : m.index + m[0].length;
  out.push(personDetection(end - name.length, name, JSON_NAME_SCORE, 'person-table'));
}
