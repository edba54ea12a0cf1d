/**
 * General rules added after fresh11's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and most with a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '../../src/deid/index.js';
import { found } from './found-texts.js';
import { cardNames } from '../../src/deid/names/card-names.js';
import { detectCardFields } from '../../src/deid/contact-cards.js';
import { namesByNumbers } from '../../src/deid/names/names-by-numbers.js';
import { jsonNames } from '../../src/deid/names/json-names.js';
import { tableNames } from '../../src/deid/names/table-names.js';

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Ottoline Brackenbury',
  'N:Brackenbury;Ottoline;;;',
  'TEL;TYPE=CELL:07700 900118',
  'ADR;TYPE=HOME:;;7 Quillet Row;Ambersham;;ZZ9 1AA;United Kingdom',
  'BDAY:1952-07-30',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Nan',
  'N:;Nan;;;',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Pollard Lane Pharmacy',
  'ORG:Pollard Lane Pharmacy',
  'END:VCARD',
  'BEGIN:VCARD',
  'FN:NHS 111',
  'END:VCARD',
].join('\r\n');

describe('contact cards and calendar invitations', () => {
  it('reads the formatted name, the name parts, the birthday and the address of a vCard', () => {
    expect(found(VCARD, 'PERSON')).toEqual(
      expect.arrayContaining(['Ottoline Brackenbury', 'Brackenbury', 'Ottoline']),
    );
    expect(found(VCARD, 'DATE_OF_BIRTH')).toEqual(['1952-07-30']);
    expect(found(VCARD, 'ADDRESS')).toEqual(['7 Quillet Row']);
    expect(found(VCARD, 'LOCATION')).toContain('Ambersham');
  });

  it('takes no relation, service or number saved as a contact for a person', () => {
    const people = cardNames(VCARD).map((d) => d.text);
    expect(people.join('|')).not.toMatch(/Nan|Pharmacy|111/);
  });

  it('reads attendees of an invitation, surname first or with their organisation', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'ORGANIZER;CN="Desmond Achterberg":mailto:d.achterberg@example.org',
      'ATTENDEE;PARTSTAT=ACCEPTED;CN="Quarrie, Elspeth Anne":mailto:e.quarrie@example.net',
      'ATTENDEE;CN=Lowenna Treloar (Harbourside Support):mailto:l.treloar@example.org',
      'ATTENDEE;CN="PC Ifor Penhaligon 4471":mailto:i.penhaligon@police.example.uk',
      'DESCRIPTION:Hi all\\,\\n\\nLowenna will bring the notes.',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const people = found(ics, 'PERSON');
    expect(people).toEqual(
      expect.arrayContaining(['Desmond Achterberg', 'Quarrie, Elspeth Anne', 'Lowenna Treloar']),
    );
    // The escaped line breaks of the description do not hide an echo of a name.
    expect(people.filter((p) => p === 'Lowenna')).toHaveLength(1);
    expect(found(ics, 'ORGANISATION')).toContain('Harbourside Support');
    // A rank starts the name: left to the rank rules, which keep the rank out of the span.
    expect(cardNames(ics).map((d) => d.text)).not.toContain('PC Ifor Penhaligon 4471');
  });

  it('finds nothing without a card', () => {
    expect(cardNames('FN:Ottoline Brackenbury')).toEqual([]);
    expect(detectCardFields('BDAY:1952-07-30')).toEqual([]);
  });
});

describe('names by a rank and number, a job after a dash, a holder, a JSON name key', () => {
  it.each([
    ['Supervisor decision: APPROVED   T Hollingdrake  PS 3307  01/03/2027', 'T Hollingdrake'],
    ['Punched DO 6614 (Casimir Oyelaran) in the corridor.', 'Casimir Oyelaran'],
    ['PCSO 60227 (Bramwell) stayed with her.', 'Bramwell'],
    ['Escorted by PC 2733 I. Radovanović and PC 4410.', 'I. Radovanović'],
    ['A bank card in the name of PERPETUA OKONKWO-LANE was in the bag.', 'PERPETUA OKONKWO-LANE'],
    ['Present\n  Ebenezer Quaile - Probation Practitioner\n  other notes', 'Ebenezer Quaile'],
    ['The victim, Marisela Dunwoody, was not at home.', 'Marisela Dunwoody'],
    ['[{"user_name": "corwin ashdown", "text": "on my way"}]', 'corwin ashdown'],
    ['Supervisor decision: APPROVED   Mr R Wexcombe', 'R Wexcombe'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text, 'PERSON')).toContain(name);
  });

  it('does not read a place, a team or a service as a name there', () => {
    expect(namesByNumbers('Handed to Duty Custody PS 2290 at 10:00')).toEqual([]);
    expect(found('Present\n  Pargeter Homes - housing provider', 'PERSON')).toEqual([]);
    expect(jsonNames('{"name": "Duty Desk", "display_name": "Team 4"}')).toEqual([]);
    expect(found('He prayed in the name of God.', 'PERSON')).toEqual([]);
  });
});

describe('name and collar columns of pipe and fixed-width tables', () => {
  it('reads a pipe table name column, but not posts and services in it', () => {
    const text =
      'Time  | Name              | Number\n' +
      '09:10 | Faustina Kellerby | 07700 900331\n' +
      '12:10 | Head of Service   | ext 4471\n' +
      '14:40 | Ambulance         | 999\n';
    expect(tableNames(text).map((d) => d.text)).toEqual(['Faustina Kellerby']);
  });

  it('reads the columns of a data frame print, its index column having no header', () => {
    const text =
      'Out[3]:\n' +
      '      created              name                  oic\n' +
      '17    2027-01-04 10:12:00  Oswin Trevarrow       3318\n' +
      '18    2027-01-05 11:40:10  NaN                   4472\n';
    expect(found(text, 'COLLAR_NUMBER')).toEqual(['3318', '4472']);
    expect(found(text, 'PERSON')).toContain('Oswin Trevarrow');
  });

  it('does not take prose with double spaces for a table', () => {
    expect(found('He left.  The name  was not given.  Later he came back.', 'PERSON')).toEqual([]);
  });
});

describe('trackers, automated transcripts and short names glossed', () => {
  it('reads owners of a ruled fixed-width tracker, by position where cells run together', () => {
    const row = (...cells: string[]) =>
      cells.map((c, k) => c.padEnd([4, 14, 39, 21, 5][k]!)).join('') + '\n';
    const rule = '='.repeat(83) + '\n';
    const text =
      row('No', 'Agency', 'Action', 'Owner', 'Due') +
      rule +
      // The action runs up to the owner with one space between them.
      row('1', 'Police', 'Flag the address on Storm (TOI marker)', 'A. Quennell', '24/01') +
      row('2', 'Housing', 'Expedite the repair', 'Sarah Ashdown', '31/01') +
      row('3', 'Council', 'Review the lighting', 'Highways', '07/02') +
      rule;
    expect(tableNames(text).map((d) => d.text)).toEqual(['A. Quennell', 'Sarah Ashdown']);
  });

  it('reads the speaker lines of an automated meeting transcript', () => {
    const text =
      'Hermione Ravensworth  00:00:04\nOkay, we are recording.\n\n' +
      'Speaker 4  00:01:02\nHi, I am from the college.\n';
    expect(found(text, 'PERSON')).toContain('Hermione Ravensworth');
    expect(found(text, 'PERSON').join(' ')).not.toMatch(/Speaker/);
  });

  it('reads a short name glossed with the full name in brackets, not the end of a longer name', () => {
    expect(found('Customer says Nouri (Anouar Belkacem) still has a key.', 'PERSON')).toEqual(
      expect.arrayContaining(['Nouri', 'Anouar Belkacem']),
    );
    expect(found('Tenant says Housing (Brookfold Homes) never came.', 'PERSON')).toEqual([]);
    expect(found('The Dangerous Dogs (Designated Types) Order applies.', 'PERSON')).toEqual([]);
  });
});

describe('indented speakers, staff fields and colleagues by rank', () => {
  it('reads indented speaker labels, but not indented form fields', () => {
    const transcript =
      'Coding summary\n  Ottilie: the worst night was the s136.\n  Bram: it was.\n' +
      '  Ottilie: and the suite was full.\n  Bram: full again.';
    expect(found(transcript, 'PERSON')).toEqual(expect.arrayContaining(['Ottilie', 'Bram']));
    const register =
      'Defendant 1\n      Charge: Theft, s.1 Theft Act 1968\nDefendant 2\n      Charge: Assault';
    expect(found(register, 'PERSON')).toEqual([]);
  });

  it('reads a nurse field and a sergeant named as colleagues say it', () => {
    expect(found('LD nurse:            Perpetua Nwachukwu 07700 900412', 'PERSON')).toEqual([
      'Perpetua Nwachukwu',
    ]);
    expect(found("P: Sarge Wojcik, 2216, he'd just go.", 'PERSON')).toEqual(['Wojcik']);
  });
});

describe('the new rules on any text', () => {
  const piece = fc.constantFrom(
    'BEGIN:VCARD\n',
    'FN:Ann Lee\n',
    'N:Lee;Ann;;;\n',
    'ADR:;;1 Row;Town;;\n',
    'BDAY:19520730\n',
    ';CN="Lee, Ann":',
    'PS 2290',
    'DO 7790 (Ann Lee)',
    '"user_name": "ann lee"',
    'name  oic\n',
    '  ',
    '\\n',
    ' - Nurse',
    'É',
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
  );

  it('gives spans that hold the text they name', () => {
    fc.assert(
      fc.property(text, (t) => {
        const all = [
          ...cardNames(t),
          ...detectCardFields(t),
          ...namesByNumbers(t),
          ...jsonNames(t),
          ...tableNames(t),
          ...detectIdentifiers(t),
        ];
        for (const d of all) expect(t.slice(d.startUtf16, d.endUtf16)).toBe(d.text);
      }),
    );
  });
});
