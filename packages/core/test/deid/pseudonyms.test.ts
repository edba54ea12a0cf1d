import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PseudonymTable,
  applyPseudonyms,
  canonicalForm,
  detectIdentifiers,
  parseDateToIso,
  type Detection,
  type EntityType,
  type PseudonymPolicy,
} from '@liaison/core';

const hmac = (key: Uint8Array, data: string) =>
  createHmac('sha256', key).update(data).digest('hex');
const SECRET = new Uint8Array(32).fill(7);

function table(policy?: PseudonymPolicy, secret = SECRET): PseudonymTable {
  return new PseudonymTable({ secret, hmac, policy });
}

/** Detections for each listed substring (first occurrence at or after the previous one). */
function spans(text: string, items: [EntityType, string][]): Detection[] {
  let from = 0;
  return items.map(([type, value]) => {
    const start = text.indexOf(value, from);
    if (start < 0) throw new Error(`${value} not in text`);
    from = start + value.length;
    return { type, startUtf16: start, endUtf16: from, text: value, score: 0.9, recognizer: 'test' };
  });
}

describe('canonical forms', () => {
  it('reduces each type to one spelling', () => {
    expect(canonicalForm('PERSON', 'SMITH, Jean')).toBe('jean smith');
    expect(canonicalForm('PERSON', "Mrs Siân O'NEILL's")).toBe("sian o'neill");
    expect(canonicalForm('PERSON', 'PC 1234 Jean Smith')).toBe('jean smith');
    expect(canonicalForm('PHONE', '07700 900123')).toBe(canonicalForm('PHONE', '+44 7700 900123'));
    expect(canonicalForm('PHONE', '0044 7700 900123')).toBe('+447700900123');
    expect(canonicalForm('VRM', 'ab12 cde')).toBe('AB12CDE');
    expect(canonicalForm('POSTCODE', 'ls1 4ap')).toBe('LS14AP');
    expect(canonicalForm('NINO', 'QQ 12 34 56 C')).toBe('QQ123456C');
    expect(canonicalForm('EMAIL', 'Jean.Smith@Example.com')).toBe('jean.smith@example.com');
    expect(canonicalForm('NHS_NUMBER', '943 476 5919')).toBe('9434765919');
  });

  it('reads dates day-first, ISO and written into ISO', () => {
    expect(parseDateToIso('28.09.1997')).toBe('1997-09-28');
    expect(parseDateToIso('28/9/97')).toBe('1997-09-28');
    expect(parseDateToIso('1997-09-28T10:00')).toBe('1997-09-28');
    expect(parseDateToIso('28 September 1997')).toBe('1997-09-28');
    expect(parseDateToIso('07-JUN-1961')).toBe('1961-06-07');
    expect(parseDateToIso('May 1st, 1977')).toBe('1977-05-01');
    expect(parseDateToIso('12/25/2020')).toBe('2020-12-25');
    expect(parseDateToIso('31/02/2020')).toBeNull();
    expect(parseDateToIso('the fourth of February')).toBeNull();
  });
});

describe('PseudonymTable', () => {
  it('gives the same identifier the same pseudonym in every document', () => {
    const t = table();
    const a = 'Call from 07700 900123 about VRM AB12 CDE.';
    const b = 'Rang back on +44 7700 900123; vehicle ab12cde seen.';
    const ra = applyPseudonyms(
      a,
      spans(a, [
        ['PHONE', '07700 900123'],
        ['VRM', 'AB12 CDE'],
      ]),
      t,
    );
    const rb = applyPseudonyms(
      b,
      spans(b, [
        ['PHONE', '+44 7700 900123'],
        ['VRM', 'ab12cde'],
      ]),
      t,
    );
    expect(ra.text).toBe('Call from [PHONE 1] about VRM [VRM 1].');
    expect(rb.text).toBe('Rang back on [PHONE 1]; vehicle [VRM 1] seen.');
  });

  it('numbers different identifiers of a type in order of first appearance', () => {
    const t = table();
    const text = 'NHS 943 476 5919 and 401 023 2137 then 9434765919';
    const d = spans(text, [
      ['NHS_NUMBER', '943 476 5919'],
      ['NHS_NUMBER', '401 023 2137'],
      ['NHS_NUMBER', '9434765919'],
    ]);
    expect(applyPseudonyms(text, d, t).text).toBe(
      'NHS [NHS_NUMBER 1] and [NHS_NUMBER 2] then [NHS_NUMBER 1]',
    );
    expect(t.counts()).toEqual({ NHS_NUMBER: 2 });
    expect(t.originalsOf('[NHS_NUMBER 1]')).toEqual(['943 476 5919', '9434765919']);
  });

  it('links name variants of one person within a document', () => {
    const t = table();
    const text =
      'Mrs Smith called. Jean SMITH (SMITH, Jean) said Jean was fine. Kwame Boateng left.';
    const d = spans(text, [
      ['PERSON', 'Smith'],
      ['PERSON', 'Jean SMITH'],
      ['PERSON', 'SMITH, Jean'],
      ['PERSON', 'Jean'],
      ['PERSON', 'Kwame Boateng'],
    ]);
    expect(applyPseudonyms(text, d, t).text).toBe(
      'Mrs Person 1 called. Person 1 (Person 1) said Person 1 was fine. Person 2 left.',
    );
  });

  it('links a surname alone to the unique full name in the study, else keeps it apart', () => {
    const t = table();
    const docs = ['Jean Smith seen.', 'Ade Okafor seen.', 'Rita Okafor seen.'];
    for (const doc of docs) t.learn(spans(doc, [['PERSON', doc.replace(' seen.', '')]]));
    const later = 'Smith and Okafor argued.';
    const out = applyPseudonyms(
      later,
      spans(later, [
        ['PERSON', 'Smith'],
        ['PERSON', 'Okafor'],
      ]),
      t,
    );
    const smith = applyPseudonyms(docs[0]!, spans(docs[0]!, [['PERSON', 'Jean Smith']]), t);
    expect(out.text).toBe(`${smith.text.replace(' seen.', '')} and Person 2 argued.`);
  });

  it('keeps an ambiguous first name apart from both full names', () => {
    const t = table();
    const text = 'Jean Smith and Jean Brown; Jean left.';
    const d = spans(text, [
      ['PERSON', 'Jean Smith'],
      ['PERSON', 'Jean Brown'],
      ['PERSON', 'Jean'],
    ]);
    expect(applyPseudonyms(text, d, t).text).toBe('Person 1 and Person 2; Person 3 left.');
  });

  it('shifts dates by one offset per person, and differently for another person', () => {
    const t = table({ dates: { DATE: 'shift' }, maxShiftDays: 30 });
    const text = 'Jean Smith seen 01/03/2020 and 2020-03-11. Kwame Boateng seen 01/03/2020.';
    const d = spans(text, [
      ['PERSON', 'Jean Smith'],
      ['DATE', '01/03/2020'],
      ['DATE', '2020-03-11'],
      ['PERSON', 'Kwame Boateng'],
      ['DATE', '01/03/2020'],
    ]);
    const out = applyPseudonyms(text, d, t).text;
    const dates = out.match(/\d{4}-\d{2}-\d{2}/g)!.map((s) => Date.parse(s) / 86_400_000);
    const jeanShift = dates[0]! - Date.parse('2020-03-01') / 86_400_000;
    expect(dates[1]! - dates[0]!).toBe(10);
    expect(Math.abs(jeanShift)).toBeGreaterThanOrEqual(1);
    expect(Math.abs(jeanShift)).toBeLessThanOrEqual(30);
    expect(t.offsetDays('jean smith')).toBe(jeanShift);
    expect(t.offsetDays('kwame boateng')).not.toBe(t.offsetDays('jean smith'));
    expect(out).not.toContain('2020-03-01');
  });

  it('replaces dates by placeholders when the policy says so', () => {
    const t = table({ dates: { DATE: 'placeholder', DATE_OF_BIRTH: 'placeholder' } });
    const text = 'DOB 4 April 1970, seen 04/04/1970 and 5/4/1970';
    const d = spans(text, [
      ['DATE_OF_BIRTH', '4 April 1970'],
      ['DATE', '04/04/1970'],
      ['DATE', '5/4/1970'],
    ]);
    expect(applyPseudonyms(text, d, t).text).toBe(
      'DOB [DATE_OF_BIRTH 1], seen [DATE 1] and [DATE 2]',
    );
  });

  it('depends on the secret: another secret gives other keys and other date shifts', () => {
    const a = table();
    const b = table(undefined, new Uint8Array(32).fill(9));
    const text = 'Jean Smith';
    applyPseudonyms(text, spans(text, [['PERSON', text]]), a);
    applyPseudonyms(text, spans(text, [['PERSON', text]]), b);
    expect(a.state().entries[0]!.key).not.toBe(b.state().entries[0]!.key);
  });

  it('continues numbering from a saved state', () => {
    const a = table();
    const text = 'Jean Smith met Ade Okafor';
    applyPseudonyms(
      text,
      spans(text, [
        ['PERSON', 'Jean Smith'],
        ['PERSON', 'Ade Okafor'],
      ]),
      a,
    );
    const b = new PseudonymTable({ secret: SECRET, hmac, state: a.state() });
    const next = 'Ade Okafor met Rita Shah';
    const out = applyPseudonyms(
      next,
      spans(next, [
        ['PERSON', 'Ade Okafor'],
        ['PERSON', 'Rita Shah'],
      ]),
      b,
    );
    expect(out.text).toBe('Person 2 met Person 3');
  });
});

describe('applyPseudonyms offsets', () => {
  it('maps offsets around replacements, with astral characters and CRLF', () => {
    const text = '😀 Jean Smith\r\nrang 07700 900123 😀\r\nend';
    const d = spans(text, [
      ['PERSON', 'Jean Smith'],
      ['PHONE', '07700 900123'],
    ]);
    const { text: out, offsetMap } = applyPseudonyms(text, d, table());
    expect(out).toBe('😀 Person 1\r\nrang [PHONE 1] 😀\r\nend');
    const end = text.indexOf('end');
    expect(out.slice(offsetMap.map(end), offsetMap.map(end) + 3)).toBe('end');
    const rang = text.indexOf('rang');
    expect(out.slice(offsetMap.map(rang), offsetMap.map(rang) + 4)).toBe('rang');
    expect(offsetMap.map(0)).toBe(0);
    expect(offsetMap.map(d[0]!.startUtf16 + 2, 'start')).toBe(3);
    expect(offsetMap.map(d[0]!.startUtf16 + 2, 'end')).toBe(3 + 'Person 1'.length);
    expect(offsetMap.map(d[0]!.endUtf16)).toBe(3 + 'Person 1'.length);
    expect(offsetMap.map(text.length)).toBe(out.length);
  });

  it('merges overlapping detections so no part survives, and rejects spans outside the text', () => {
    const text = 'at 12 High Street LS1 4AP ok';
    const d = spans(text, [['ADDRESS', '12 High Street LS1']]);
    d.push({ ...spans(text, [['POSTCODE', 'LS1 4AP']])[0]! });
    expect(applyPseudonyms(text, d, table()).text).toBe('at [ADDRESS 1] ok');
    const bad = { ...d[0]!, endUtf16: 99 };
    expect(() => applyPseudonyms(text, [bad], table())).toThrow(
      /not a span of a 28-character text/,
    );
  });

  it('removes every identifier the detector finds from a fictional log entry', () => {
    const text =
      'PC 1234 attended. IP Jean SMITH (34) DOB 04/04/1970 of 12 High Street, LS1 4AP, tel 07700 900123. ' +
      'SMITH said her son Kwame was at home.';
    const detections = detectIdentifiers(text);
    const out = applyPseudonyms(text, detections, table()).text;
    for (const d of detections) expect(out).not.toContain(d.text);
    expect(out).toContain(' attended. IP ');
  });
});

describe('applyPseudonyms properties', () => {
  const filler = fc
    .array(fc.constantFrom('a', 'b', ' ', '\r\n', '😀', '.', ','), { maxLength: 12 })
    .map((xs) => xs.join(''));
  const identifier = fc.stringMatching(/^[xyz][xyz0-9 ]{2,10}[xyz0-9]$/);
  const types: EntityType[] = ['PERSON', 'PHONE', 'DATE', 'VRM', 'EMAIL', 'AGE'];
  const pieces = fc.array(fc.tuple(filler, fc.constantFrom(...types), identifier), {
    maxLength: 8,
  });

  it('leaves no detected value in the output, keeps other text, and never throws', () => {
    fc.assert(
      fc.property(pieces, filler, (parts, tail) => {
        let text = '';
        const detections: Detection[] = [];
        for (const [pad, type, value] of parts) {
          text += pad;
          const start = text.length;
          text += value;
          detections.push({
            type,
            startUtf16: start,
            endUtf16: text.length,
            text: value,
            score: 1,
            recognizer: 'p',
          });
        }
        text += tail;
        const { text: out, offsetMap } = applyPseudonyms(text, detections, table());
        for (const d of detections) expect(out).not.toContain(d.text);
        let prev = 0;
        for (const d of [...detections, { startUtf16: text.length, endUtf16: text.length }]) {
          const kept = text.slice(prev, d.startUtf16);
          const at = offsetMap.map(prev);
          expect(out.slice(at, at + kept.length)).toBe(kept);
          prev = d.endUtf16;
        }
      }),
      { numRuns: 150 },
    );
  });
});
