/**
 * The merged scan (recognizers/structured-scan.ts) must find exactly what the structured
 * recognizers find one by one, each scanning the whole text: same spans, types, scores and order.
 * Random texts are built from identifier-shaped pieces, every word a merged regex starts on (in
 * three cases), digit runs, letters, punctuation, newlines and non-ASCII characters, so that each
 * site rule of text-sites.ts is exercised at its edges (a letter run touching digits or one
 * separator away, `+`/`(` before digits, words inside longer words).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_RECOGNIZERS,
  detectIdentifiers,
  mod23CheckLetter,
  STRUCTURED_RECOGNIZERS,
  structuredRecognizer,
  TEXT_RECOGNIZERS,
  type DeidSettings,
  WHOLE_TEXT_RECOGNIZERS,
} from '../../src/index.js';
import { findTextSites } from '../../src/deid/recognizers/text-sites.js';

const ONE_BY_ONE = WHOLE_TEXT_RECOGNIZERS;

const PNC = `12/345678${mod23CheckLetter('120345678')}`;
const CRO = `123456/78${mod23CheckLetter('78123456')}`;
const SHAPED = [
  ...['SW1A 1AA', 'm1 1ae', 'GIR 0AA', 'ZZ99 3WZ', 'BFPO 1234', PNC, CRO, 'SF12/3456', '033Y'],
  ...['AB12 CDE', 'A123 BCD', 'ABC 123D', 'LZT 7892', 'FB 81', '07700 900123', '/ 900456'],
  ...['+44 (0)113 496 0000', '(0113) 496 0000', '0044 113 496 0342', '(415) 555-0132'],
  ...['13812345678', 'jean@example.com', '4111 1111 1111 1111', '943 476 5919', '943-476-5919'],
  ...['AB 12 34 56 C', 'AB123456C', '02/09/1980', '2024-03-15T10:00', '16.7.81', '07-JUN-1961'],
  ...['May 1st, 1977', '4 April 1970', 'the fourth of February nineteen eighty-nine'],
  ...['twenty-first of March two thousand and one', '(34)', '34 years old', '34-year-old'],
  ...['34yo', '34 y/o', '12 yrs', 'b. 19/12/1988, 36)', 'DOB 02/09/1980 (44)', '477KD'],
  ...['26/81596/21', '11BX7629021', '8138/28JAN25', 'CRI/05/865982/21', '240312/0451'],
  ...['CU/2025/56715', 'MARAC-0823-092', 'MASH/23/7998', 'XXABC', ', 24, ', ' of 77'],
  ...["He's only 29", 'she is sixteen', 'who was nine', 'Age at referral: 16', '1988 (36)'],
  ...['1968 (2)', ', then 52,', ', approx 30,', 'about 40)', 'OGRS3 1yr 34%', 'PE1  2PE'],
  ...['346 of 8/10', 'log is 0142 of 21/09', 'HUM-250919-0334', 'OPR 2093:', '(DO 5520)'],
  ...['his number was 1507', 'her collar number 5523', 'Collar/shoulder no: 22687'],
  ...['Created: 10/09/2025', 'Dictated 29/09/2025', 'completed by: Akhtar on 04/06/2025'],
  ...['ref\tage\tdate\n', 'ST-5518\t34\t05/10/2025\n', 'date,ref,age\n', '05/10/2025,ST-1,43\n'],
  ...['DOB 1990-01-15 (36y)', '(25y)', 'female 23', 'boy, 8,', 'hes 23', 'Children: 2 (5, 9)'],
  ...[
    '(6, lives',
    '"Big T", 16,',
    'Nia (aside), 41, ',
    ', 80 today',
    'Dana (5512):',
    '(pc sam, 4420)',
  ],
  ...['[22:10:04] Dana (5512):', '(101):', '0917 of 03/11', '1204 of 4 nov', 'NWAS (260301-0099)'],
  ...['Crime reference: 44XY/120044R/26', 'ABC-DEF-26-0042', 'Notice no. S59-A-000123'],
  ...[
    'Form completed: 02/03/2026',
    'Sent: Friday, 7 March 2026',
    '> On 10 Mar 2026, at 08:15, Ola wrote:',
  ],
  ...['Tue 11/03/2026    Staff:', 'Tariq M, [09.03.26 21:40]'],
];
/** Words the merged regexes start on (text-sites.ts keys), and near misses of them. */
const WORDS = [
  ...['the', 'first', 'second', 'third', 'twelfth', 'twentieth', 'thirtieth', 'twenty', 'thirty'],
  ...['of', 'January', 'Sept', 'December', 'may', 'mar', 'then', 'these', 'fifteenth'],
  ...['aged', 'age:', 'male,', 'female,', 'children', 'Kids', 'stepsons', 'DAUGHTERS', 'twins'],
  ...['PC', 'pc', 'PCSO', 'DCI', 'Sgt', 'A/PS', 'a/insp', 'Call handler', 'Operator', 'collar no'],
  ...['Op', 'OPR', 'Warrant', 'log', 'CAD', 'incident no', 'crime ref', 'URN', 'action fraud'],
  ...['custody record', 'MISPER report', 'Referral', 'reference', 'vrm', 'reg', 'registration'],
  ...['index', 'plate', 'Vehicle', 'driving', 'Ford Focus', 'tel', 'telephone', 'mobile no'],
  ...['number is', 'landline', 'hotel', 'phone', 'NHS', 'NI no', 'card', 'PNC', 'CRO', 'nfa'],
  ...['No', 'No.', 'Number', 'r', 'SO', 'I', 'CI', 'SU', 'he', "He's", 'SHE', 'who', 'Age'],
  ...['approx', 'around', 'DO', 'DDO', 'his', 'her', 'Created', 'review carried out'],
  ...['hes', 'shes', 'girl', 'boy', 'boys', 'CRIS', 'concern id', 'notice', 'nwas', 'EEAST'],
];
const SEPARATORS = [' ', '  ', ', ', '.', '/', '-', ':', '#', '(', ')', '+', '\n', '\r\n', '\t'];
const OTHER = ['é', 'ß', 'Ł', '😀', '١٢٣', 'ＡＢ１２', '£', '€', '_', 'K', 'ſ'];

const word = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom('as is', 'upper', 'lower'))
  .map(([w, c]) => (c === 'upper' ? w.toUpperCase() : c === 'lower' ? w.toLowerCase() : w));
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SHAPED) },
  { weight: 4, arbitrary: word },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER) },
  { weight: 2, arbitrary: fc.stringMatching(/^\d{1,11}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z]{1,4}$/) },
);
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
const settings = fc.constantFrom<DeidSettings>({}, { crimeRefPatterns: ['\\bXX[A-Z]{3}\\b'] });

function oneByOne(sample: string, options: DeidSettings) {
  return ONE_BY_ONE.flatMap((r) => r.detect(sample, options));
}

describe('merged scan of the structured recognizers', () => {
  it('finds exactly what the recognizers find one by one, in the same order', () => {
    fc.assert(
      fc.property(text, settings, (sample, options) => {
        expect(structuredRecognizer.detect(sample, options)).toEqual(oneByOne(sample, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('covers the recognizers of STRUCTURED_RECOGNIZERS and stands first in ALL_RECOGNIZERS', () => {
    expect(ONE_BY_ONE.map((r) => r.name)).toEqual(STRUCTURED_RECOGNIZERS.map((r) => r.name));
    const types = new Set(STRUCTURED_RECOGNIZERS.flatMap((r) => r.types));
    expect(new Set(structuredRecognizer.types)).toEqual(types);
    expect(ALL_RECOGNIZERS).toEqual([structuredRecognizer, ...TEXT_RECOGNIZERS]);
  });

  it('gives detectIdentifiers the same result as the recognizers one by one', () => {
    const separate = [...STRUCTURED_RECOGNIZERS, ...TEXT_RECOGNIZERS];
    fc.assert(
      fc.property(text, (sample) => {
        expect(detectIdentifiers(sample)).toEqual(detectIdentifiers(sample, {}, separate));
      }),
      { numRuns: 300 },
    );
  });

  it('finds identifiers that start on each kind of site', () => {
    const cases: [string, string][] = [
      ['lives at sw1a 1aa now', 'POSTCODE'],
      ['Stop check: AB12 CDE', 'VRM'],
      ['reg AXZ 1234', 'VRM'],
      ['call +44 (0)113 496 0000', 'PHONE'],
      [`PNC ${PNC}`, 'PNC_ID'],
      [`CRO SF12/345${mod23CheckLetter('12345')}`, 'CRO_NUMBER'],
      ['NINO AB 12 34 56 C', 'NINO'],
      ['born the fourth of February nineteen eighty-nine', 'DATE_OF_BIRTH'],
      ['stepsons 4 and 6', 'AGE'],
      ['children 3 and 5, kids 4 and 6', 'AGE'],
      ['SW1A 1AA and EC1A 1BB', 'POSTCODE'],
      ['PC1234 attended', 'COLLAR_NUMBER'],
      ['DCNo 1234 attended', 'COLLAR_NUMBER'],
      ['[Opr 3505] units assigned', 'COLLAR_NUMBER'],
      ['caller on (415) 555-0132', 'PHONE'],
      ['ref CU/2025/56715', 'CRIME_REF'],
    ];
    for (const [sample, type] of cases) {
      const found = structuredRecognizer.detect(sample, {});
      expect(
        found.map((d) => d.type),
        sample,
      ).toContain(type);
      expect(found).toEqual(oneByOne(sample, {}));
    }
  });
});

describe('merged scan of a long text', () => {
  it('gives a text over 1 MB to the recognizers one by one, with the same result', () => {
    const line = `PC 1234 attended. DOB 02/09/1980, tel 07700 900123, ref CU/2025/56715, ${PNC}.\n`;
    const long = line.repeat(Math.ceil((1 << 20) / line.length) + 1);
    expect(long.length).toBeGreaterThan(1 << 20);
    const found = structuredRecognizer.detect(long, {});
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(oneByOne(long, {}));
  });
});

describe('text sites', () => {
  it('record every digit run and the letter run just before it', () => {
    fc.assert(
      fc.property(text, (sample) => {
        const sites = findTextSites(sample);
        const runs = [...sample.matchAll(/\d+/g)];
        expect(sites.runStarts).toEqual(runs.map((m) => m.index));
        expect(sites.runEnds).toEqual(runs.map((m) => m.index + m[0].length));
        const before = runs.map((m) => {
          const letters = /[A-Za-z]+(?=[^A-Za-z0-9]?$)/.exec(sample.slice(0, m.index));
          return letters ? letters.index : -1;
        });
        expect(sites.lettersBefore).toEqual(before);
      }),
      { numRuns: 1000 },
    );
  });
});
