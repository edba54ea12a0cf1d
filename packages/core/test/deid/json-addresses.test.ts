/**
 * An address a JSON export keeps as an array of lines (json-addresses.ts): one ADDRESS per line
 * before the town, the town a LOCATION, the postcode left to its recognizer. Fictional values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonAddresses } from '../../src/deid/places/json-addresses.js';
import { found } from './found-texts.js';

describe('address arrays in JSON exports', () => {
  it('reads each line as an address, the town as a place and the postcode as a postcode', () => {
    const text =
      '{"name": "Ola Brisk", "address": ["Flat 9", "Sedge House", "Tamar Walk", "Oxwich Vale", "BQ8 4UG"]}';
    expect(found(text, 'ADDRESS')).toEqual(['Flat 9', 'Sedge House', 'Tamar Walk']);
    expect(found(text, 'LOCATION')).toEqual(['Oxwich Vale']);
    expect(found(text, 'POSTCODE')).toEqual(['BQ8 4UG']);
  });

  it('leaves an array of objects, a single line and arrays under other keys alone', () => {
    const fhir = '{"address": [ { "use": "home", "line": ["4 Mill Row"], "city": "Oxwich" } ]}';
    expect(jsonAddresses(fhir)).toEqual([]);
    expect(jsonAddresses('{"address": ["Oxwich Vale"]}')).toEqual([]);
    expect(jsonAddresses('{"partners": ["ASC", "Tamar Walk Tenants", "CMHT North"]}')).toEqual([]);
  });

  it('gives spans whose text is the text at their offsets (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const lines = fc.array(line, { minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), lines, (prefix, items) => {
        const text = `${prefix}{"address": [${items.map((i) => `"${i}"`).join(', ')}]}`;
        return jsonAddresses(text).every((d) => text.slice(d.startUtf16, d.endUtf16) === d.text);
      }),
    );
  });
});
