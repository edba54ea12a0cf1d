/**
 * Names without a title, rank or role word before them: a name with what the writer says about
 * the person in brackets, a name before a verb, names in lower case in chat and voicemails, later
 * mentions of a name found, chat speaker labels, and the guards that keep towns, codes, plural
 * ranks and pets out.
 */
import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/deid/index.js';

/** The names found, in text order. */
const names = (text: string) =>
  personRecognizer
    .detect(text, {})
    .filter((d) => d.type === 'PERSON')
    .sort((a, b) => a.startUtf16 - b.startUtf16)
    .map((d) => text.slice(d.startUtf16, d.endUtf16));

describe('names with a relationship, job or age after them', () => {
  it('takes unknown names before an age, a job or an agency in brackets, and an age in commas', () => {
    expect(names('your grandson Thorvald (14) has been kicking a ball')).toEqual(['Thorvald']);
    expect(names('Home visit by Morwenna Halcrow (Attendance Officer) on 8 October')).toEqual([
      'Morwenna Halcrow',
    ]);
    expect(names('Present: Zindzi Okoro (Police), I SUTHERLAND (Housing)')).toEqual([
      'Zindzi Okoro',
      'I SUTHERLAND',
    ]);
    expect(names('Incident: assault on Chidiebube Okonkwo-Bello, 30, on 2nd September')).toEqual([
      'Chidiebube Okonkwo-Bello',
    ]);
  });

  it('leaves job titles, everyday words and towns before the brackets', () => {
    const text =
      'Approved Mental Health Professional (AMHP), tel 0121. Bed (12) free. Year 7 (12). Leeds (3) cases.';
    expect(names(text)).toEqual([]);
  });
});

describe('names before a verb', () => {
  it('takes one or two unknown title-case words before a verb of saying or calling', () => {
    expect(names('Thorvald says he stays home.')).toEqual(['Thorvald']);
    expect(names('—was found again. Kyzer told my colleague.')).toEqual(['Kyzer']);
    expect(names('again. Wei Ling told my colleague.')).toEqual(['Wei Ling']);
    expect(names('Later Kezzia rang the office.')).toEqual(['Kezzia']);
  });

  it('leaves pronouns, agencies, ranks, roles, towns and shorthand before the verb', () => {
    const text =
      'She said no. Police said yes. Control rang. Sarge says go. Mum told me. Leeds told us. IP SAID NO. Everyone says so.';
    expect(names(text)).toEqual([]);
  });

  it('takes lower-case given names before a verb of saying or doing, and a rank with a name', () => {
    expect(names('home visit unannounced. eilidh answered after a while')).toEqual(['eilidh']);
    expect(names('level 5. yusuf abdi said he had taken')).toEqual(['yusuf abdi']);
    expect(names('diolch 🙏 pc llwyd says ring')).toEqual(['llwyd']);
    expect(names('he said. mark said. his son will go.')).toEqual([]);
  });
});

describe('names in lower case after a cue, with their surname', () => {
  it('takes a given name after a word that introduces a person, and the surname after it', () => {
    expect(names("\"hiya it's um bríd, brid o'connell from the centre")).toEqual([
      'bríd',
      "brid o'connell",
    ]);
    expect(names("i'm ringing about róisín, she's 22")).toEqual(['róisín']);
    expect(names('thats paddy mcgarrigle lol')).toEqual(['paddy mcgarrigle']);
    expect(names('registered to her mother beryl ffrench. kayleigh mcgarrigle · 2h')).toEqual([
      'beryl ffrench',
      'kayleigh mcgarrigle',
    ]);
  });

  it('leaves everyday words after the cues', () => {
    expect(names("it's fine, this is bad, about time, ask for help, pc on scene")).toEqual([]);
  });
});

describe('later mentions of a name found', () => {
  it('echoes a single name found by a strong cue, and joins neighbouring echoes of one name', () => {
    expect(names('Oluwaseun (known as Seunny) was found. Seunny booked in at ED.')).toEqual([
      'Oluwaseun',
      'Seunny',
      'Seunny',
    ]);
    const meeting = 'This is about Wei Ling Tan. Later Wei Ling was seen.';
    expect(names(meeting)).toEqual(['Wei Ling Tan', 'Wei Ling']);
  });

  it('echoes a given name and a chat name in lower case, but keeps two people apart', () => {
    const chat =
      '06:58 Kel W: on my way\n07:01 Rhys: ok\n07:05 Sarge: rhys kel get a statement\n07:06 Kel W: will do';
    expect(names(chat)).toEqual(['Kel W', 'Rhys', 'rhys', 'kel', 'Kel W']);
    expect(names('Grant Evans attended. We will grant the warrant.')).toEqual(['Grant Evans']);
  });
});

describe('speaker labels, ranks, codes and places', () => {
  it('reads chat export labels with a date, an initial, a bracketed note or an emoji', () => {
    const chat =
      '[14/10/2026, 21:14:07] Tobenna: hi\n[14/10/2026, 21:15:52] Tobenna: ok\n' +
      'Zarmina [via interpreter]: My husband\nINT: go on\nZarmina [via interpreter]: yes';
    expect(names(chat)).toEqual(['Tobenna', 'Tobenna', 'Zarmina', 'Zarmina']);
  });

  it('joins a hyphenated Arabic particle and reads a Gaelic surname before a comma', () => {
    expect(names('Cell 9   Ahmed al-Hashimi (67) NHS')).toEqual(['Ahmed al-Hashimi']);
    expect(names('22:40\tST-5519\tÓ Ceallaigh, Pádraig\t58')).toContain('Ó Ceallaigh, Pádraig');
  });

  it('keeps plural ranks, codes with digits, towns before shorthand and pets out', () => {
    const text =
      'awaiting AMHP. PCs 2231 & 4410 with him. Tag TX-441907 fitted. Exhibit KB/2. Tasked Bridlington ILB.';
    expect(names(text)).toEqual([]);
    expect(names('not allow your dog (named Tyson) off lead; a lad named Tyson')).toEqual([
      'Tyson',
    ]);
  });

  it('reads given names with or without their accents', () => {
    expect(names('Róisín attended. Sian attended. Siân attended.')).toEqual([
      'Róisín',
      'Sian',
      'Siân',
    ]);
  });
});

describe('chat labels, call signs and eponyms', () => {
  it('reads lower-case chat display names and a messaging export’s sender lines', () => {
    const chat =
      '[21:00:01] System: chat started\n[21:00:05] tegan w: hi\n[21:01:10] Ops (3301): Hello\n[21:02:00] tegan w: ok\n' +
      'Rhodri P, [02.11.26 19:40]\nanyone there\n';
    expect(names(chat)).toEqual(['tegan w', 'tegan w', 'Rhodri P']);
  });

  it('leaves radio call signs, alert codes, eponymous schemes and public bodies', () => {
    const text =
      "CONTROL: Oscar Tango 12, receiving? Kilo 3: yes. Code Adam called. Advised re Sarah's Law. The Herbert Protocol form. Greater Hollin Police. HM Coroner for Beverley.";
    expect(names(text)).toEqual([]);
  });
});

describe('rosters, staff labels and quoted nicknames', () => {
  it('reads each name of a team or shift roster, and their later mentions', () => {
    const text = 'Team: Olwen T (lead), Sefa, Brother Piers\n21:10  Sefa spoke to a man.';
    expect(names(text)).toEqual(['Olwen T', 'Sefa', 'Piers', 'Sefa']);
    expect(names('Staff: Kerensa (PSO), Idris (RSW)')).toEqual(['Kerensa', 'Idris']);
  });

  it('leaves a roster label whose value is no list of names', () => {
    expect(names('Team: Response and Patrol\nStaff: 3 agency, Mark')).toEqual([]);
  });

  it('reads the name after a staff label, and a quoted nickname in brackets or after a.k.a.', () => {
    const text =
      'Call handler: Sunniva (Band 4)\nCaseworker: Ilse Voorhees, Hope Trust.\nLee Aldous a.k.a. "Bongo"\nname Zofia ("Zosia"), pink coat';
    expect(names(text)).toEqual([
      'Sunniva',
      'Ilse Voorhees',
      'Lee Aldous',
      'Bongo',
      'Zofia',
      'Zosia',
    ]);
  });

  it('does not take a language, a role noun or a sentence-opening verb for a name', () => {
    expect(
      names(
        'Interpreter: Tigrinya, by phone. Customer said no. Rang 07700 900123. Breach reported.',
      ),
    ).toEqual([]);
  });
});

// Names read after fresh5's first sight: interview records' UPPERCASE speakers after the tape time,
// messaging lines after a written date, role fields followed by the person's date of birth,
// nicknames in brackets or of everyday words, UPPERCASE later mentions of a surname, and call
// sign crews and staff labels with their numbers.
describe('timed UPPERCASE speakers and dated messaging lines', () => {
  it('reads every timed UPPERCASE speaker of an interview record, one heard once too', () => {
    const text =
      '10:01 OYINLOLA: Caution given.\n10:02 PENHALIGON-WEST: Yes.\n10:04 OYINLOLA: Why?\n10:06 KOWALCZYK: Prepared statement.';
    expect(names(text)).toEqual(['OYINLOLA', 'PENHALIGON-WEST', 'OYINLOLA', 'KOWALCZYK']);
    const chat = '3 Mar 2026 10:14  Zeynep: hi\n3 Mar 2026 10:20  Zeynep: are you there';
    expect(names(chat)).toEqual(['Zeynep', 'Zeynep']);
  });

  it('leaves timed headings, abbreviated roles and a text with fewer than three timed labels', () => {
    expect(names('09:00 UPDATE: x\n10:00 RESULT: y\n11:00 UPDATE: z')).toEqual([]);
    expect(names('[00:01:02] FAC: so\n[00:01:09] FAC: ok\n[00:01:30] MOD: next')).toEqual([]);
    expect(names('09:00 TREFOIL: one line only')).toEqual([]);
  });
});

describe('role fields with identifiers after them, and nicknames', () => {
  it('takes an unknown full name after a role label when a date of birth or alias follows', () => {
    expect(names('Subject: Oyelaran Tebbutt   DOB: 01/02/1990')).toEqual(['Oyelaran Tebbutt']);
    expect(names('Tenant: Marisol Dela Paz (DOB 3 May 1980)')).toEqual(['Marisol Dela Paz']);
    expect(names('Interviewee: Tenzin Norbu Lama (DOB 1979-01-01)')).toEqual(['Tenzin Norbu Lama']);
    expect(names('Subject: Noise Nuisance   Priority: 3')).toEqual([]);
  });

  it('reads a bracketed nickname after a full name and a nickname of everyday words', () => {
    const text =
      'Kieran Ashby (Dodger) and a lad called Old Man. Later Dodger and Old Man left. ASHBY arrested.';
    expect(names(text)).toEqual([
      'Kieran Ashby',
      'Dodger',
      'Old Man',
      'Dodger',
      'Old Man',
      'ASHBY',
    ]);
  });

  it('leaves roles and towns in brackets, and everyday words after a place called', () => {
    expect(names('Ann Bell (Guest), Jo Tait (Housing), Kwame Osei (Leeds)')).toEqual([
      'Ann Bell',
      'Jo Tait',
      'Kwame Osei',
    ]);
    expect(names('a pub called The Swan and a street called Long Row')).toEqual([]);
  });
});

describe('call sign crews and staff labels with numbers', () => {
  const collars = (text: string) =>
    personRecognizer
      .detect(text, {})
      .filter((d) => d.type === 'COLLAR_NUMBER')
      .map((d) => d.text);

  it('reads each officer and number of a call sign crew, and a staff number after a label', () => {
    const text = 'Call sign NK12 (Ashworth 2204 / Bello 3318) sent. Call taker: Wenna (6114)';
    expect(names(text)).toEqual(['Ashworth', 'Bello', 'Wenna']);
    expect(collars(text)).toEqual(['2204', '3318', '6114']);
    expect(collars('guns seized by FEO Maddy Prowse (8801).')).toEqual(['8801']);
  });

  it('leaves a crew note without numbers and a phonetic call sign', () => {
    const text = 'Call sign NK12 (double crewed) sent. call sign N12 (Tango 12).';
    expect(names(text)).toEqual([]);
    expect(collars(text)).toEqual([]);
  });
});

describe('names given, addressed or introduced', () => {
  it('takes the name after words that say a name is given', () => {
    expect(names('02:14  Detainee gives name HALLORAN and says he lives nowhere')).toEqual([
      'HALLORAN',
    ]);
    expect(names('the woman (gave surname Quarshie) was calm')).toEqual(['Quarshie']);
    expect(names('a man, first name Tadeusz, was seen leaving')).toEqual(['Tadeusz']);
  });

  it('does not take an everyday word after those words', () => {
    expect(names('He gave name Unknown. Surname Not given.')).toEqual([]);
  });

  it('takes a name addressed after thanks or a greeting, and a caller introducing themselves', () => {
    expect(names('OPERATOR: Thank you Ysolde. Stay on the line.')).toEqual(['Ysolde']);
    expect(names('CALLER: hello its Brannagh. the door is open')).toEqual(['Brannagh']);
  });

  it('does not take a role, a day or a word not ending its phrase after those cues', () => {
    expect(names('Thank you Control. it’s Monday. Thanks Everyone.')).toEqual([]);
    expect(names('thank you Ysolde Road residents for the help')).toEqual([]);
  });

  it('drops the letters of a partner agency’s role before a name', () => {
    expect(names('Present: EHO Quennell, DSL Marguerite Abaya, ASW Tiernan Rolt')).toEqual([
      'Quennell',
      'Marguerite Abaya',
      'Tiernan Rolt',
    ]);
    expect(names('Prayers led by Pastor Oyewole')).toEqual(['Oyewole']);
  });
});

describe('relatives named by the family surname, and nicknames told as names', () => {
  it('joins an unknown first name to an echoed family surname, then echoes it', () => {
    const text =
      'Seen with Andrei Vukovich. His sister, Milica Vukovich, attended. Later Milica rang back.';
    expect(names(text)).toEqual(['Andrei Vukovich', 'Milica Vukovich', 'Milica']);
  });

  it('does not join a verb, a day or a sentence start to the surname', () => {
    const text = 'Seen with Andrei Vukovich.\nVisited Vukovich at home. On Sunday Vukovich left.';
    expect(names(text)).toEqual(['Andrei Vukovich', 'Vukovich', 'Vukovich']);
  });

  it('takes a nickname told as a full name when the nickname is used elsewhere', () => {
    const text = 'Spud came round again.\nCALLER: Spud is Callum Orridge. he left.';
    expect(names(text)).toEqual(['Spud', 'Spud', 'Callum Orridge']);
  });

  it('does not take a role or a word used once as a nickname', () => {
    const text = 'Keyworker is Callum Orridge. Spud is Callum Orridge.';
    expect(names(text)).toEqual(['Callum Orridge', 'Callum Orridge']);
  });
});

describe('third round: relatives, roles, particles, aliases and rosters', () => {
  it('takes a name after a relative or worker, with or without brackets or `is`', () => {
    expect(names('Stepmother-in-law aside, Mother-in-law Zubaida attended.')).toEqual(['Zubaida']);
    expect(names('A neighbour, "Aunty Parveen" let her in.')).toEqual(['Parveen']);
    expect(names('his nana is Gwenllian, she rang.')).toEqual(['Gwenllian']);
    expect(names('Safety plan agreed (ISVA is Rukhsana).')).toEqual(['Rukhsana']);
    expect(names('dad (Obiora) is on his way. Handover to Control 2 (Tamsin).')).toEqual([
      'Obiora',
      'Tamsin',
    ]);
    expect(names('ok so her mam is siân, she lives near')).toEqual(['siân']);
    expect(names('only via Lowenna (her cousin) on the landline')).toEqual(['Lowenna']);
  });

  it('does not take what is said of a relative for a name', () => {
    const text =
      "Back to his mum's house. mum (ok) now. dad (Deceased). Auntie Social club. victim (Female). the victim is Catholic. my sister is fine. Control (North) busy.";
    expect(names(text)).toEqual([]);
  });

  it('keeps a lower-case particle in a surname after a title, initials or alone', () => {
    expect(names('Mr van der Walt arrived.')).toEqual(['van der Walt']);
    expect(names('Mrs P R da Costa arrived.')).toEqual(['P R da Costa']);
    expect(names('Name Hendrik Pieter VAN DEN BERG   Born 1950')).toEqual([
      'Hendrik Pieter VAN DEN BERG',
    ]);
    expect(names('PC 5521 Ap Gruffydd attended.')).toEqual(['Ap Gruffydd']);
    expect(names('The boy is not de Freitas’s son; later "dos Anjos").')).toEqual([
      'de Freitas',
      'dos Anjos',
    ]);
  });

  it('leaves capitalised particles of places, firms and events', () => {
    expect(
      names('Van Hire depot. De Montfort University. the Tour de France. AP present.'),
    ).toEqual([]);
  });

  it('takes aliases after preferred-name and self-naming cues, and echoes short ones', () => {
    expect(names('Name Małgorzata KOWALCZYK   Prefers Gosia   Born 1951')).toEqual([
      'Małgorzata KOWALCZYK',
      'Gosia',
    ]);
    expect(names('He calls himself Tank.')).toEqual(['Tank']);
    expect(names('a man who said he was "Dex, from the council". Dex left.')).toEqual([
      'Dex',
      'Dex',
    ]);
    expect(names('Elwood Crane (known as EC), 51. Later EC rang.')).toEqual([
      'Elwood Crane',
      'EC',
      'EC',
    ]);
    expect(names('Gareth Price a.k.a. "Bridge" DOB 1990')).toEqual(['Gareth Price', 'Bridge']);
  });

  it('does not take an everyday word or shorthand as an alias', () => {
    expect(
      names('Prefers Email. He said he was "fine". known as a dealer. known as OK. OK.'),
    ).toEqual([]);
  });

  it('reads shift rosters, and a name the writer is unsure of in brackets', () => {
    expect(names('Shift: Tegwen (nights), Oluwadamilare, Rhys Baptiste (RSW)')).toEqual([
      'Tegwen',
      'Oluwadamilare',
      'Rhys Baptiste',
    ]);
    expect(names('Described: Arben (surname maybe Krasniqi), 40s. Paid to Arben.')).toEqual([
      'Arben',
      'Krasniqi',
      'Arben',
    ]);
  });

  it('leaves shift patterns after a shift label', () => {
    expect(names('Shift: Early, Late\nRota: Nights (3 staff), Weekend')).toEqual([]);
  });
});
