/**
 * An address a JSON export keeps as an array of its lines (`"address": ["Flat 22", "Brindley
 * Heights", "Wharfside Walk", "Scarrowby", "BQ8 4UG"]`), as case systems write it: each line before the town is an ADDRESS (ANNOTATION.md: from the flat or building
 * through to the street; the labelled sets give one span per line), the last line before any
 * postcode is the post town (LOCATION), and the postcode is left to its recognizer. The key says
 * the items are an address, so no street word is needed. Offsets are UTF-16 code units, end
 * exclusive.
 */
import type { Detection } from '../entity-types.js';

export const JSON_ADDRESS_SCORE = 0.8;
export const JSON_TOWN_SCORE = 0.7;

/** An address key and its array of strings, on one line (`"home_address": [ … ]`). */
const ADDRESS_ARRAY =
  /"(?:[a-z]+_)?(?:address|addr|address_lines?)"[ \t]*:[ \t]*\[([^\]\n]{1,400})\]/giu;
/** A UK postcode's shape, the whole item (`BQ8 4UG`). */
const POSTCODE_SHAPE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;
/** A quoted item: one to six words of letters, digits and `'’/,.-`. */
const ITEM = /"([\p{L}\p{M}\d'’/.-]+(?:[ ,]+[\p{L}\p{M}\d'’/.-]+){0,5})"/gu;
/** A town: one to three title-case words, no digits (`Scarrowby`, `Wetherby Magna`). */
const TOWN = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2}$/u;

interface Item {
  start: number;
  text: string;
}

export function jsonAddresses(text: string): Detection[] {
  if (!text.includes('":')) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(ADDRESS_ARRAY)) {
    // An array of objects (FHIR's `[{ "use": "home", "line": […] }]`) holds keys, not lines.
    if (m[1]!.includes('{') || m[1]!.includes(':')) continue;
    const base = m.index! + m[0].indexOf('[') + 1;
    const items = [...m[1]!.matchAll(ITEM)].map((q) => ({
      start: base + q.index! + 1,
      text: q[1]!,
    }));
    linesOf(
      items.filter((i) => !POSTCODE_SHAPE.test(i.text)),
      out,
    );
  }
  return out;
}

/** The lines up to the town as ADDRESS, the town as LOCATION; two lines at least make an address. */
function linesOf(items: Item[], out: Detection[]): void {
  if (items.length < 2) return;
  const last = items[items.length - 1]!;
  const town = TOWN.test(last.text) && !/\d/.test(last.text);
  const lines = town ? items.slice(0, -1) : items;
  for (const i of lines) out.push(found('ADDRESS', i, JSON_ADDRESS_SCORE));
  if (town) out.push(found('LOCATION', last, JSON_TOWN_SCORE));
}

function found(type: 'ADDRESS' | 'LOCATION', item: Item, score: number): Detection {
  return {
    type,
    startUtf16: item.start,
    endUtf16: item.start + item.text.length,
    text: item.text,
    score,
    recognizer: type === 'ADDRESS' ? 'address' : 'location',
  };
}
