import { describe, expect, it } from 'vitest';
import { phoneRecognizer } from '../../src/index.js';
import { presidioCases, scoreCases, spans } from './shared-cases.js';

describe('phone recognizer', () => {
  it('finds Ofcom drama-range numbers in every written form, with exact offsets', () => {
    const text =
      'Tel 07700 900123, +44 7700 900124, +44 (0)7700 900125, (0113) 496 0000, 01632 960000, 020 7946 0679, 0044 113 496 0342, 01164960287.';
    expect(spans(phoneRecognizer, text).map(([t]) => t)).toEqual([
      '07700 900123',
      '+44 7700 900124',
      '+44 (0)7700 900125',
      '(0113) 496 0000',
      '01632 960000',
      '020 7946 0679',
      '0044 113 496 0342',
      '01164960287',
    ]);
  });

  it('splits lists of numbers and finds the shorthand second number', () => {
    const text = 'Call 07700 900123 / 900456 or 0161 496 0000, 01632 960 001';
    expect(spans(phoneRecognizer, text)).toEqual([
      ['07700 900123', 5, 17],
      ['900456', 20, 26],
      ['0161 496 0000', 30, 43],
      ['01632 960 001', 45, 58],
    ]);
  });

  it('finds two numbers written one after the other with only a space between', () => {
    expect(spans(phoneRecognizer, '07700 900123 07700 900456')).toEqual([
      ['07700 900123', 0, 12],
      ['07700 900456', 13, 25],
    ]);
  });

  it('leaves extensions and a following time out of the span', () => {
    expect(spans(phoneRecognizer, 'Ring 0113 496 0751 EXT 22')).toEqual([['0113 496 0751', 5, 18]]);
    expect(spans(phoneRecognizer, 'Rang 0113 496 0751 2040 hrs')).toEqual([
      ['0113 496 0751', 5, 18],
    ]);
  });

  it('never takes service codes, NHS numbers, cards, references, dates or money', () => {
    const text =
      'a 999 call, a 101 call, NHS 111; NHS 999 929 0817 / 999-513-2532; card 4111 1111 1111 1111; log 240312/0451; 20/11/2024 22:40; £0.50; PNC 2017/4103697Y';
    expect(spans(phoneRecognizer, text)).toEqual([]);
  });

  // ANNOTATION.md: property bag numbers are not annotated; forces number bags and seals with
  // ten or eleven digits that can start with 0, the shape of a UK number.
  it('does not take a property bag, seal or exhibit number for a phone', () => {
    const text = 'Property bag 0434623022 booked in. Seal no. 01632960001. Ring 01632 960000.';
    expect(spans(phoneRecognizer, text).map(([t]) => t)).toEqual(['01632 960000']);
  });

  it('finds a number used as a chat sender label, but not a time', () => {
    const text = '[14/10/2026, 21:16:30] +44 7700 900244: this is dai';
    expect(spans(phoneRecognizer, text).map(([t]) => t)).toEqual(['+44 7700 900244']);
  });

  it('raises the score with a phone word before the number', () => {
    const [plain] = phoneRecognizer.detect('seen 07700 900123', {});
    const [tel] = phoneRecognizer.detect('mobile 07700 900123', {});
    expect(tel!.score).toBeGreaterThan(plain!.score);
  });

  it('finds the Presidio phone cases: international, NANP, and national after a phone word', () => {
    const score = scoreCases(phoneRecognizer, presidioCases('PHONE_NUMBER'));
    // Left: numbers glued to a word (`is415-555-0132`) or with a country code and no `+`
    // (`91-415-555-0132`); `+91 4155 550132` is a valid Indian number that one Presidio case
    // expects and another (same text, lenient matcher) does not.
    expect(score.truePositives).toBeGreaterThanOrEqual(38);
    expect(score.falseNegatives).toEqual(['415-555-0132', '91-415-555-0132']);
    expect(score.falsePositives).toEqual(['+91 4155 550132']);
  });

  it('takes national numbers of other countries only right after a phone word', () => {
    expect(spans(phoneRecognizer, 'My CN number is 13812345678')).toEqual([
      ['13812345678', 16, 27],
    ]);
    expect(spans(phoneRecognizer, 'mobile 425 882 9090 at 2040')).toEqual([
      ['425 882 9090', 7, 19],
    ]);
    expect(spans(phoneRecognizer, 'mobile 13812345678 2040')).toEqual([['13812345678', 7, 18]]);
    const [national] = phoneRecognizer.detect('tel: 13812345678', {});
    const [uk] = phoneRecognizer.detect('tel: 07700 900123', {});
    expect(national!.score).toBeLessThan(uk!.score);
  });

  it('leaves digit runs after call words, identifier numbers and lax numbering plans alone', () => {
    const text =
      'call 1600 2040 2105. CALL 20 14 05 12 0392. number 120 420 530. seen 13812345678. ' +
      'crime number is 1234567890. incident number: 2014051203. collar number 123456789.';
    expect(spans(phoneRecognizer, text)).toEqual([]);
  });
});
