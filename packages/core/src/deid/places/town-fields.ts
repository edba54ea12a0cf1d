/**
 * LOCATION as the value of a field that holds a town or a place of birth: a JSON key (`"town":
 * "Brackenholt"`, `"place_of_birth": "Porto"`), an XML element (`<Town>Felsby Staithe</Town>`)
 * a print-out label (`POB: CAGLIARI`, `Place of birth ......: Tarnów`) or a table's town or area
 * column (`| Code | Name used | Age band | Area |`). Machine exports and
 * PNC prints write the post town and the birthplace there with no preposition before them, so
 * any place name counts, gazetteer or not. The towns found are echoed through the rest of the
 * text like the post towns before postcodes (towns-before-postcodes.ts). Offsets are UTF-16 code
 * units, end exclusive.
 */
import type { Detection } from '../entity-types.js';
import { literalGate } from '../literal-gate.js';
import { commonWords } from '../names/name-context.js';
import { columnCells } from '../recognizers/table-columns.js';

export const TOWN_FIELD_SCORE = 0.75;

/** Keys as exports spell them (`town`, `Town`, `post_town`, `placeOfBirth`, `POB`); no `i` flag, as
 * that would let `\p{Lu}` match lower case. */
const KEY = String.raw`(?:[Pp]ost[_-]?|POST_?)?(?:[Tt]own|TOWN)|[Cc]ity|CITY|[Pp]lace[_-]?[Oo]f[_-]?[Bb]irth|PLACE_OF_BIRTH|[Bb]irth[_-]?[Pp]lace|BIRTHPLACE|[Pp]ob|POB`;
/** One to four words of a place, in title case or capitals (`Newcastle upon Tyne`, `LUANG PRABANG`). */
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t](?:(?:upon|on|le|in|y|of)[ \t])?\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;

const JSON_FIELD = new RegExp(String.raw`"(?:${KEY})"\s*:\s*"(${PLACE})"`, 'gu');
const XML_FIELD = new RegExp(String.raw`<(${KEY})>\s*(${PLACE})\s*</\1>`, 'gu');
/** A label, a colon or dot leaders, then the place up to the line end, a comma or a wide gap. */
const LABEL_FIELD = new RegExp(
  String.raw`(?<![\p{L}])(?:POB|P\.O\.B\.|Place of [Bb]irth|PLACE OF BIRTH|Birthplace|BIRTHPLACE)[ \t]*(?:\.{2,}[ \t]*)?:?[ \t]*(${PLACE})(?=[ \t]*(?:$|\r?\n|,|[ \t]{2}|\())`,
  'gmu',
);

/**
 * Every match holds one of these, in one of the cases exports and headers write (literal-gate.ts):
 * most texts name no such field.
 */
const mayHoldField = literalGate(
  'Town town TOWN City city CITY irth IRTH pob Pob POB P.O Area area AREA Lives lives LIVES'.split(
    ' ',
  ),
);

/**
 * A form's town field (`Town: Cresswold     Postcode: FV2 8GT`, `POST TOWN: BRIDLEY`): a colon is
 * required, as `Town` and `City` also start prose (`Town centre patrol`).
 */
const TOWN_LABEL_FIELD = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:Post |POST )?(?:Town|TOWN)|City|CITY)[ \t]*(?:\.{2,}[ \t]*)?:[ \t]*(${PLACE})(?=[ \t]*(?:$|\r?\n|,|[ \t]{2}|\())`,
  'gmu',
);
const mayHoldTownLabel = literalGate(['Town', 'TOWN', 'City', 'CITY']);

/** LABEL_FIELD's labels, one of which each of its matches holds (`P.O.B.` holds `P.O`). */
const mayHoldLabel = literalGate([
  'POB',
  'P.O',
  'Place of',
  'PLACE OF',
  'Birthplace',
  'BIRTHPLACE',
]);

/**
 * The field scans in order, each with the capture group of its place and a gate that every text
 * it matches passes (a quote, a tag, a label): `mayHoldField` passes on any town or city word,
 * and LABEL_FIELD's look-behind is tried at every position. Exported for the property test.
 */
export const FIELD_SCANS = [
  { pattern: JSON_FIELD, group: 1, gate: (text: string) => text.includes('"'), prose: false },
  { pattern: XML_FIELD, group: 2, gate: (text: string) => text.includes('<'), prose: false },
  { pattern: LABEL_FIELD, group: 1, gate: mayHoldLabel, prose: false },
  // A printed label may sit in prose, before an everyday word: those are skipped.
  { pattern: TOWN_LABEL_FIELD, group: 1, gate: mayHoldTownLabel, prose: true },
] as const;

export function townFields(text: string): Detection[] {
  if (!mayHoldField(text)) return [];
  const out: Detection[] = [];
  for (const { pattern, group, gate, prose } of FIELD_SCANS) {
    if (!gate(text)) continue;
    for (const m of text.matchAll(pattern)) {
      if (!prose || !commonPlace(m[group]!)) push(text, m, group, out);
    }
  }
  townCells(text, out);
  return out;
}

/** Column headers whose cells name where a person lives or was born. */
const TOWN_COLUMNS = new Set(['town', 'area', 'home town', 'lives in', 'place of birth', 'pob']);
const WHOLE_PLACE = new RegExp(String.raw`^${PLACE}$`, 'u');
/** Areas a force or a study divides into, not places: `North`, `Sector 4`, `Rural`. */
const NOT_AREAS = new Set(
  'north south east west central centre center rural urban city various'.split(' '),
);

/** A field's value that is an area word or an everyday word (`Town: Centre`), not a place. */
function commonPlace(value: string): boolean {
  const lower = value.toLowerCase();
  return NOT_AREAS.has(lower) || commonWords().has(lower);
}

function townCells(text: string, out: Detection[]): void {
  for (const c of columnCells(text, TOWN_COLUMNS)) {
    if (!WHOLE_PLACE.test(c.text) || commonPlace(c.text)) continue;
    out.push(location(text, c.start, c.end));
  }
}

function push(text: string, m: RegExpMatchArray, group: number, out: Detection[]): void {
  const value = m[group]!;
  const start = m.index! + m[0].lastIndexOf(value);
  out.push(location(text, start, start + value.length));
}

function location(text: string, start: number, end: number): Detection {
  return {
    type: 'LOCATION',
    startUtf16: start,
    endUtf16: end,
    text: text.slice(start, end),
    score: TOWN_FIELD_SCORE,
    recognizer: 'location-field',
  };
}
