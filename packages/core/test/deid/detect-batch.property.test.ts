/**
 * `detectIdentifiersBatch` runs each recognizer (and each rule of the structured and person
 * recognizers) over many texts before the next, keeping every text's shared passes (sites, literal
 * triples, gazetteer word starts) until the group ends. Its result for each text must be exactly
 * `detectIdentifiers` on that text: same spans, types, scores, recognizers and order. Random
 * batches are built from names, places, organisations, identifier shapes and the cue words the
 * rules and gates key on, with repeats (texts kept per text must not leak into another) and with
 * and without study settings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers, detectIdentifiersBatch, type DeidSettings } from '../../src/index.js';
import { literalGate } from '../../src/deid/literal-gate.js';
import { inTextBatch } from '../../src/deid/text-memo.js';

const PIECES = [
  ...['Amir Wright', 'Siobhan JONES', 'WOOD, Jean', "Rose O'NEILL", 'DC Patel', 'Mr. Mayers'],
  ...['IP Kwame NI BHRIAIN', 'Faadumo (mother)', 'Thorfinn says', 'known as "Smudge"', 'Hodan'],
  ...['lives with brother cian', 'priyanka said', 'Anwen:', 'Surname: NGUYEN', 'his wife, Eleni'],
  ...['12 Ash Grove', 'Mill Lane', 'Heol y Nant', '4 elm road norwich nr1 1aa', 'Flat 3'],
  ...['Keighley', 'Bootle', 'coming from leeds', 'Tesco Express', 'the Red Lion', 'Hope Trust'],
  ...['Acme Housing', 'Northmoor', 'Northmoor Police', 'Bridge Surgery', 'Approved Premises'],
  ...['SW1A 1AA', 'AB 12 34 56 C', '943 476 5919', '07700 900123', '0113 496 0751', 'x@y.com'],
  ...['02/09/1980', 'DOB 01/02/1980', '4 April 1970', '34 years old', 'aged 18', 'PC 1234'],
  ...['AB12 CDE', 'NM/12345/24', '12/3456789Z', 'Ward 4', 'Op 3505', 'CAD 0709-0463', '(34)'],
  ...[' said ', ' street ', ' at ', ' of ', ' & ', 'Ltd', 'Code Red', "Sarah's Law", 'Kilo 3:'],
  ...['name,dob\n', 'Jo Bloggs,01/01/1990\n', '\t', '\n', ', ', '. ', ' ', '(', ')', 'é', '’'],
];

const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 24 })
  .map((pieces) => pieces.join(' '));
const STUDY: DeidSettings = {
  crimeRefPatterns: ['NM/\\d{5}/\\d{2}'],
  places: ['Northmoor'],
  organisations: ['Acme Housing'],
  agencies: true,
};
const settings = fc.constantFrom<DeidSettings>({}, STUDY);

const oneByOne = (texts: readonly string[], s: DeidSettings) =>
  texts.map((t) => detectIdentifiers(t, s));

describe('detectIdentifiersBatch', () => {
  it('gives each text what detectIdentifiers gives it', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), settings, (texts, s) => {
        // Each text twice, apart: a text's kept passes are read back for the same text only.
        const batch = [...texts, ...texts.slice().reverse()];
        expect(detectIdentifiersBatch(batch, s)).toEqual(oneByOne(batch, s));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same across group bounds (many entries, a long text) and for none', () => {
    const entries = fc.sample(text, { numRuns: 600, seed: 7 });
    const joined = entries.join('\n');
    const long = joined.repeat(Math.ceil((1 << 18) / joined.length) + 1); // over a group's characters
    const texts = [...entries.slice(0, 300), long, ...entries.slice(300)];
    expect(long.length).toBeGreaterThan(1 << 18);
    expect(detectIdentifiersBatch(texts)).toEqual(oneByOne(texts, {}));
    expect(detectIdentifiersBatch([])).toEqual([]);
  });

  it('keeps a literal table per text inside a batch, texts asked in turn', () => {
    const gates = [' said', ' street', 'Ltd', 'Surgery'].map((l) => literalGate([l]));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const outside = texts.map((t) => gates.map((gate) => gate(t)));
        const inside = inTextBatch(() =>
          [0, 1].flatMap(() => texts.map((t) => gates.map((gate) => gate(t)))),
        );
        expect(inside).toEqual([...outside, ...outside]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the per-text passes answering for the text asked after a batch', () => {
    const gate = literalGate([' said']);
    detectIdentifiersBatch(['Jo said hello', 'nothing here']);
    expect(gate('Amir said so')).toBe(true);
    expect(gate('Amir wrote')).toBe(false);
    expect(detectIdentifiers('Amir Wright said so')).toEqual(
      detectIdentifiersBatch(['Amir Wright said so'])[0],
    );
  });
});
