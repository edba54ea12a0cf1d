/**
 * General rules added after fresh12's misses were read (docs/deid.md): each with fictional
 * examples of its own (not taken from any evaluation set) and a negative case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectIdentifiers } from '../../src/deid/index.js';
import { found } from './found-texts.js';
import { hl7Delimiters, hl7Names } from '../../src/deid/names/hl7-names.js';
import { initialsOf, nameInitials } from '../../src/deid/names/name-initials.js';
import { slashNicknames } from '../../src/deid/names/slash-nicknames.js';
import { contactListNames } from '../../src/deid/names/contact-names.js';
import { dashSignatures } from '../../src/deid/names/dash-signatures.js';
import { appointmentNames } from '../../src/deid/names/appointment-names.js';
import { detectPersons } from '../../src/deid/names/person-recognizer.js';
import { acronyms, commonWords } from '../../src/deid/names/name-context.js';

describe('initials of a name the text gives in full', () => {
  it('learns a letter per given name and per part of a hyphenated surname', () => {
    expect(initialsOf('Rosalind QUILLER-FANE')).toEqual(['RQF']);
    expect(initialsOf('ABERNETHY, Corwen Idris')).toEqual(['CIA', 'CA']);
    expect(initialsOf('Tansy')).toEqual([]);
  });

  it('finds the initials standing for the person later, possessive too', () => {
    const text =
      'Household: Rosalind QUILLER-FANE (partner, 41).\n' +
      'RQF at work during the visit. Tablet (RQF’s) seen. Consider disclosure to RQF.';
    expect(found(text, 'PERSON').filter((p) => p === 'RQF')).toHaveLength(3);
  });

  it('reads an abbreviation as initials only where it opens a clause', () => {
    const text =
      'Name: BRANNIGAN, Orla Ruth\nSupervisor notes: OB quiet today; lives off OXLEY RD.';
    expect(found(text, 'PERSON')).toContain('OB');
    const road = 'Name: Ruth Dunmore\nAddress: 4 MILL RD\nNotes: RD quiet today.';
    const initials = detectIdentifiers(road).filter((d) => d.recognizer === 'person-initials');
    expect(initials.map((d) => d.startUtf16)).toEqual([road.lastIndexOf('RD')]);
  });

  it('takes no acronym, signature, code or table sign-off for initials', () => {
    const text =
      'Client: Maud Henshaw. MH team informed. Written up by MH\n' +
      'Bag MH 0042187 sealed.\n| 03/02 | MH |\nNotes checked. – MH';
    expect(found(text, 'PERSON')).not.toContain('MH');
    const acronym = 'Officer: Peregrine Calloway. PC to attend tomorrow.';
    expect(found(acronym, 'PERSON')).not.toContain('PC');
  });
});

describe('aliases, other names and a name paired with its nickname', () => {
  it('reads other-name and previous-surname fields, a place word in a surname field too', () => {
    const form =
      'Surname:            TREVASKIS\n' +
      'Forenames:          Ambrose\n' +
      'Other names used:   "Bosky"; Ambrose TREW (on an old licence)\n' +
      'Previous surname(s): FIELD\n';
    expect(found(form, 'PERSON')).toEqual(
      expect.arrayContaining(['TREVASKIS', 'Ambrose', 'Bosky', 'Ambrose TREW', 'FIELD']),
    );
    expect(found('Previous surname(s): none\nOther names used: N/K', 'PERSON')).toEqual([]);
  });

  it('reads both names of a slash pair with the nickname quoted', () => {
    const text = 'RSO (Leofric / "Leo") answered the door.';
    expect(slashNicknames(text).map((d) => d.text)).toEqual(['Leofric', 'Leo']);
    expect(found(text, 'PERSON')).toEqual(expect.arrayContaining(['Leofric', 'Leo']));
  });

  it('takes no shorthand or everyday words before the slash for a name', () => {
    expect(slashNicknames('Status: Open / "pending"')).toEqual([]);
    expect(slashNicknames('Report / "Draft" saved.')).toEqual([]);
    expect(slashNicknames('Subject Kayode Bello / "KB" seen.').map((d) => d.text)).toEqual([
      'Kayode Bello',
      'KB',
    ]);
    expect(slashNicknames('Outcome was NFA / "no further action".')).toEqual([]);
  });
});

describe('HL7 v2 name fields', () => {
  const message = [
    'MSH|^~\\&|SENDER|SITE|RECEIVER|SITE|20270101120000||ADT^A04|MSG0001|P|2.4',
    'EVN|A04|20270101120000|||OP77^TRIAGE^NURSE',
    'PID|1||9990001112^^^NHS^NH||PENROSE-VANE^Idony^Mair^^Ms||19900101|F',
    'NK1|1|PENROSE^Caradoc^^^Mr|HUS^Husband^HL70063',
    'PV1|1|E|ED^MAJ^BAY2||||D123^QUENBY^Ottoline^^^Dr',
    'OBX|1|TX|NOTE^Note||Husband Caradoc present.||||||F',
    'GT1|1||ABERNANT^Wyn^J',
  ].join('\r');

  it('reads the family, given and middle names of the person fields', () => {
    expect(hl7Names(message).map((d) => d.text)).toEqual([
      'PENROSE-VANE',
      'Idony',
      'Mair',
      'PENROSE',
      'Caradoc',
      'QUENBY',
      'Ottoline',
      // The lone middle initial `J` is passed over.
      'ABERNANT',
      'Wyn',
    ]);
  });

  it('takes no role written in a name field, and nothing outside the person fields', () => {
    const names = hl7Names(message).map((d) => d.text);
    expect(names).not.toContain('TRIAGE');
    expect(names).not.toContain('Husband');
    expect(hl7Names('A pipe | and a caret ^ in prose, PID|1||Smith^John')).toEqual([]);
  });

  it('uses the separators the MSH segment declares', () => {
    const own = 'MSH#*%\\$#A#B\nPID#1##123##ORMEROD*Tegwen*Ffion';
    expect(hl7Delimiters(own).component).toBe('*');
    expect(hl7Names(own).map((d) => d.text)).toEqual(['ORMEROD', 'Tegwen', 'Ffion']);
  });

  /**
   * Name parts no word list holds (`Qelvan`, `Qorin-Qast`), so every one must be found: a part
   * that is a listed word (`Qds`, a dosage's letters) is left out.
   */
  const listed = (w: string) =>
    w.split('-').some((p) => acronyms().has(p.toLowerCase()) || commonWords().has(p.toLowerCase()));
  const namePart = fc.stringMatching(/^Q[a-z]{2,8}(?:-Q[a-z]{2,8})?$/).filter((w) => !listed(w));
  it('finds every generated name part, in order, at its offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(namePart, namePart, fc.option(namePart, { nil: '' })), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom('\r', '\n', '\r\n'),
        fc.constantFrom('PID|1||123^^^NHS||', 'NK1|1|', 'GT1|1||'),
        (people, eol, head) => {
          const lines = people.map(
            ([family, given, middle]) =>
              `${head}${family.toUpperCase()}^${given}^${middle}^^Mx|19900101|F`,
          );
          const text = ['MSH|^~\\&|A|B', ...lines].join(eol);
          const got = hl7Names(text);
          for (const d of got) expect(text.slice(d.startUtf16, d.endUtf16)).toBe(d.text);
          const want = people.flatMap(([f, g, m]) => [f.toUpperCase(), g, ...(m ? [m] : [])]);
          expect(got.map((d) => d.text)).toEqual(want);
        },
      ),
    );
  });
});

describe('lower-case names in a contact list', () => {
  const plan =
    'People I can ring:\n' +
    '   wilf 07700 900 418 (from the allotment)\n' +
    '   my cousin ysolde – 07700 900419\n' +
    '   wilf again if ysolde is not answering\n' +
    'Copy to: GP, Ysolde\n';

  it('reads the names the list gives with numbers, and their other uses in any case', () => {
    const names = contactListNames(plan).map((d) => d.text);
    expect(names.filter((n) => n === 'wilf')).toHaveLength(2);
    expect(names).toEqual(expect.arrayContaining(['ysolde', 'Ysolde']));
    expect(names.filter((n) => n.toLowerCase() === 'ysolde')).toHaveLength(3);
  });

  it('takes no label or kinship word before a number for a name', () => {
    const list = '   mobile 07700 900420\n   mum 07700 900421\n   my sister – 07700 900422\n';
    expect(contactListNames(list)).toEqual([]);
    expect(found('ring mobile again if no answer', 'PERSON')).toEqual([]);
  });
});

describe('labels and particles that introduce a person', () => {
  it.each([
    ['Surname:            ST AUBYN\nForenames:          Kenelm', 'ST AUBYN'],
    ['RSO: ST AUBYN K.\n', 'ST AUBYN K.'],
    ['Signed: K. St Aubyn      Photograph taken: N', 'K. St Aubyn'],
    ['The request concerned Harriet ST AUBYN (born 1988).', 'Harriet ST AUBYN'],
    ['Screened by: Perpetua Ashdown-Vale, RMN', 'Perpetua Ashdown-Vale'],
    ['Left 14:10. Sgnd R Quennell DC 4471', 'R Quennell'],
    ['Valid until Friday. Signed Anwen Pargeter, Manager.', 'Anwen Pargeter'],
    ['Numbers on PIN: PP Isolde Marchbank 01632 960 111', 'Isolde Marchbank'],
    ['She was told she is the parent of Tamsin (aged 7).', 'Tamsin'],
  ])('finds the name in %j', (text, name) => {
    expect(found(text, 'PERSON')).toContain(name);
  });

  it('does not read a saint place or a signed document as a person', () => {
    expect(found('Jean walked to St Hill Road.', 'PERSON')).not.toContain('St Hill');
    expect(found('Signed Statement taken from the owner.', 'PERSON')).toEqual([]);
    expect(found('Seen by: CRHT', 'PERSON')).toEqual([]);
  });
});

describe('staff columns and signatures after a dash', () => {
  it('reads a supervisor column, but not a team in it', () => {
    const table =
      '| Date       | Project          | Supervisor       | Hrs |\n' +
      '|------------|------------------|------------------|-----|\n' +
      '| 02/03/2027 | Towpath clearing | Ottilie Brannock | 6.0 |\n' +
      '| 09/03/2027 | Towpath clearing | Site Team        | 6.0 |\n';
    const people = found(table, 'PERSON');
    expect(people).toContain('Ottilie Brannock');
    expect(people.join(' ')).not.toMatch(/Site|Team/);
  });

  it('reads the name signing a comment after a dash at the line end', () => {
    const text = 'Worked well all day, no concerns. – Bartholomew Quaile\nNext: review.';
    expect(dashSignatures(text).map((d) => d.text)).toEqual(['Bartholomew Quaile']);
    expect(dashSignatures('Obs done. — OSG Melisande Throup (nights)').map((d) => d.text)).toEqual([
      'Melisande Throup',
    ]);
  });

  it('takes no initials, place or heading after a dash for a signature', () => {
    expect(dashSignatures('Checked the file. – DH')).toEqual([]);
    expect(dashSignatures('Met at the usual place. – Market Street')).toEqual([]);
    expect(dashSignatures('SECTION 2 – Change Being Notified')).toEqual([]);
  });
});

describe('greetings, copy lines and appointments', () => {
  it('reads a greeting in a message export cell and a letter greeting', () => {
    const sms = 'id|body\n17|Hi Shanthi, your appt is on Monday.\n';
    expect(found(sms, 'PERSON')).toContain('Shanthi');
    expect(found('Dear Shanthi,\nThank you for coming in.', 'PERSON')).toContain('Shanthi');
    expect(found('Dear Parent,\nThe school will be closed.', 'PERSON')).toEqual([]);
  });

  it('reads a quoted surname-first header and a copy line', () => {
    const mail =
      'From: "Tregarthen, Morwenna" <m.tregarthen@example.org>\nSubject: visit\n\n' +
      'cc Ignatius Pengelly – MASH ref 27/0001\n';
    expect(found(mail, 'PERSON')).toEqual(
      expect.arrayContaining(['Tregarthen, Morwenna', 'Ignatius Pengelly']),
    );
    expect(found('cc GP, CMHT\n', 'PERSON')).toEqual([]);
  });

  it('reads the person an appointment is with, not a service', () => {
    expect(appointmentNames('Your appt with Oluwaseyi at the office on 02/06.')).toHaveLength(1);
    expect(appointmentNames('An appointment with Housing at 2pm.')).toEqual([]);
    expect(appointmentNames('A meeting with Brindleford CMHT at noon.')).toEqual([]);
  });
});

describe('schools, cafés and services named by what they do', () => {
  it.each([
    ["Ada attends St Wenna's C of E Primary School.", "St Wenna's C of E Primary School"],
    ['He attends Quillington Church of England Academy.', 'Quillington Church of England Academy'],
    ["Pupil at St Kenelm's CE Primary, Year 2.", "St Kenelm's CE Primary"],
    ['She attends Marrowby Infant and Junior School.', 'Marrowby Infant and Junior School'],
    ['Her son attends Tumbledown Lane Nursery.', 'Tumbledown Lane Nursery'],
    ['Kitchen porter at the Brass Lantern Café.', 'Brass Lantern Café'],
    ['Support from Foxglove Family Support is available.', 'Foxglove Family Support'],
    ['Was seen by Halcyon Counselling in 2025.', 'Halcyon Counselling'],
  ])('finds the organisation in %j', (text, name) => {
    expect(found(text, 'ORGANISATION')).toContain(name);
  });

  it('takes no generic service or kind of café for a name', () => {
    expect(found('Offered bereavement and Bereavement Counselling.', 'ORGANISATION')).toEqual([]);
    expect(found('Lunch in the Hospital Café.', 'ORGANISATION')).toEqual([]);
    expect(found('The Primary School was closed.', 'ORGANISATION')).toEqual([]);
  });
});

describe('the new rules on any text', () => {
  const piece = fc.constantFrom(
    'PID|1||',
    'NK1|1|',
    '^',
    '|',
    '~',
    'ABERNETHY, Corwen Idris',
    'CIA ',
    'CA’s ',
    ' / "Leo"',
    'Leofric',
    '   wilf 07700 900 418\n',
    'my cousin ysolde – 07700 900419',
    ' – Bartholomew Quaile\n',
    '. ',
    'appt with Oluwaseyi at',
    'Hi Shanthi,',
    '\n',
    'É',
    '😀',
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(piece, { maxLength: 14 }).map((p) => p.join('')),
  );

  it('gives spans that hold the text they name', () => {
    fc.assert(
      fc.property(text, (t) => {
        const all = [
          ...hl7Names(t),
          ...slashNicknames(t),
          ...contactListNames(t),
          ...dashSignatures(t),
          ...appointmentNames(t),
          ...nameInitials(t, detectPersons(t)),
          ...detectIdentifiers(t),
        ];
        for (const d of all) expect(t.slice(d.startUtf16, d.endUtf16)).toBe(d.text);
      }),
    );
  });
});
