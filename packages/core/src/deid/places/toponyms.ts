/**
 * Town-shaped words: single words ending as English, Scots and Welsh-border place names do, which
 * invented towns in practice records are built from as much as real ones. Shared by the cue rule
 * in location-recognizer.ts (`not to enter Skelbrook`) and the closing-town rule below.
 */
import { regexMatches } from '../regex-matches.js';

/**
 * Endings of English, Scots and Welsh-border place names (`-by`, `-wick`, `-combe`, `-thwaite`),
 * the elements of Ekwall's and Mills's dictionaries of English place-names that invented and real
 * towns alike are built from; endings that everyday words share too often (`-port`, `-den`,
 * `-ey`, `-well`) are left out. `-hay`, `-beck`, `-stoke` and `-arrow` (`Saltinghay`, `Auldbeck`,
 * `Yelverstoke`, `Coldharrow`): of 116 such capitalised words in the read sets, 104 sat inside an
 * annotated place, address or organisation, 8 were hard negatives (a court, an estate road) and
 * 3 a surname (`Pinchbeck`).
 */
export const TOPONYM_ENDINGS =
  'by|bury|borough|brough|burgh|ton|ham|ford|field|wick|wich|worth|ley|leigh|dale|dene|combe|coombe|brook|mouth|stow|stowe|thorpe|holt|cote|cott|mere|marsh|moor|wood|hurst|stead|sted|thwaite|caster|chester|cester|minster|haven|bridge|bourne|burn|pool|holme|kirk|shaw|ness|wold|ington|hithe|hythe|ridge|stone|wyn|haugh|fleet|gill|garth|kiln|how|wardine|cliffe|hay|beck|stoke|arrow|wyke|hallow';

/**
 * Openings of Welsh, Scots and Irish place names (`Llanwyddan`, `Aberystwyth`, `Pontyfelin`,
 * `Kilcarrigan`, `Dunstowe`, `Inverurie`), read after a cue only (location-recognizer.ts
 * TOPONYM_BY_CUE): surnames open so too (`Abernethy`, `Strathdee`). After a cue word, 28 such
 * words in the read sets were annotated places and one a surname's possessive (`in Kirkbride's
 * car`), which the word boundary leaves out.
 */
export const TOPONYM_OPENINGS =
  'Llan|Aber|Caer|Pont|Cwm|Ystrad|Inver|Strath|Auchter|Auchen|Kirk|Kil|Dun|Bal|Tre|Pen|Glen|Ard|Knock|Drum|Ross';

/** A town-shaped word in title case or capitals, whole. */
export const TOWN_SHAPED = String.raw`(?:\p{Lu}\p{Ll}+(?:${TOPONYM_ENDINGS})|\p{Lu}+(?:${TOPONYM_ENDINGS.toUpperCase()}))(?![\p{L}\p{M}\p{N}'’-])`;

/**
 * A town-shaped word that closes a place, as addresses, sites and letterheads end in the town
 * (`Tesco Extra car park, Stenwick.`, `Civic Centre, Orrisford` at a line's end, `Exchange
 * Buildings · Orrisford`, `found them at Emberby.`): after a comma or middle dot, or after `at`,
 * and before the end of the clause (full stop, semicolon, quote, bracket or line end). Not before
 * a bracketed age or birth date (`SUTCLIFFE, Kayleigh (29)`): a person's name then. In the read
 * sets (fresh33 included), 193 of 204 such words after a comma or dot were inside an annotated
 * place or address (2 names, 3 hard negatives), and 7 of 9 after `at` (2 inside organisations).
 */
const TOWN_CLOSING_PLACE = new RegExp(
  String.raw`(?:[,·][ \t]+|\b(?:at|AT)[ \t]+)(${TOWN_SHAPED})(?=[ \t]*(?:[.;"”)\r\n]|\((?![ \t]*(?:\d|DOB|[Bb]orn|[Aa]ged))|$))`,
  'gu',
);

/** UTF-16 start and end of each town closing a place; the caller vets the word itself. */
export function townsClosingPlaces(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of regexMatches(TOWN_CLOSING_PLACE, text)) {
    const end = m.index + m[0].length;
    out.push([end - m[1]!.length, end]);
  }
  return out;
}
