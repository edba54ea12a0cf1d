/**
 * General rules added after fresh9's first sight (docs/deid.md): each with fictional examples of
 * its own (not taken from any evaluation set) and most with a negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('dates of the record itself (ANNOTATION.md: administrative dates)', () => {
  it.each([
    ['Northbeck Probation Office\nDate: 3 March 2027\n\nJonah Arbuthnot\n2 Teal Row'],
    ['Ottoline Pryce (social worker) with DC Ames (4410)\nDate:        05/03/2027\n\nINDICATOR'],
    ['Community Mental Health Team\nReport date:     06/03/2027      Rule 32'],
    ['Period reviewed: 01/01/2027 – 31/03/2027        Linked case: ASB/27/0114'],
    ['Neighbourhood Officer\nReview: w/c 08/03/2027, or sooner if there are two further calls'],
    ['Witness summons application,\n      dated 09/03/2027\n\nPART B'],
    ['Ministry of Justice consent (letter of 10/03/2027)'],
  ])('leaves out the date in %j', (text) => {
    expect(found(text, 'DATE')).toEqual([]);
  });

  it('keeps a bare Date: beside the time and place of an event, and a release date', () => {
    expect(found('Date: 04/03/2027   Time: 17:50   Location: A59 near Fewston', 'DATE')).toEqual([
      '04/03/2027',
    ]);
    expect(found('Release date: 9 April 2027      Preferred area: Skelby', 'DATE')).toEqual([
      '9 April 2027',
    ]);
  });
});

describe('names', () => {
  it('takes the given name before a surname found, where a full name starts', () => {
    const text =
      'Mr Okonjo-Baptiste was seen.\n\nTobenna Okonjo-Baptiste\n4 Wren Row\n\nCountersigned: Perpetua Okonjo-Baptiste';
    expect(found(text, 'PERSON')).toContain('Tobenna Okonjo-Baptiste');
    expect(found(text, 'PERSON')).toContain('Perpetua Okonjo-Baptiste');
  });

  it('does not take a verb or a role before a name as a given name', () => {
    const text = 'Mike Farrow rang.\n21:06  CONTROL: Received Farrow, go ahead.\nListener Farrow';
    expect(found(text, 'PERSON')).not.toContain('Received Farrow');
    expect(found(text, 'PERSON')).not.toContain('Listener Farrow');
  });

  it('reads a full name with a job title after it, or after a job-title label', () => {
    const text =
      'Therapy would be given by Ottavio Brennigan,\nHigh Intensity Therapist, in Skelby.\n' +
      'Dog handler: Wenna Trelawny with search dog Pip\nCouncil lead: Greer Ng, ASB Officer';
    const names = found(text, 'PERSON');
    expect(names).toEqual(
      expect.arrayContaining(['Ottavio Brennigan', 'Wenna Trelawny', 'Greer Ng']),
    );
  });

  it('reads a full name after a lower-case job title or a relative in apposition', () => {
    const text =
      'Handed over to nurse in charge Tamsin Lowther. Her brother, Eirikur Halldorsson, rang.';
    expect(found(text, 'PERSON')).toEqual(
      expect.arrayContaining(['Tamsin Lowther', 'Eirikur Halldorsson']),
    );
  });

  it('does not read a body after a job title as a name', () => {
    const text = 'PC Ames, Council licensing officer, Environment Agency\nDate: 05/11/2027';
    expect(found(text, 'PERSON')).not.toContain('Environment Agency');
  });

  it('reads nicknames given in reports and phone contacts', () => {
    const text =
      'Mr Haldane ("Hally" to friends) was born in Leith. Pryce (19), known to him as "Sparky", ' +
      'lives nearby. 07700 900123 saved as "Ghost".';
    expect(found(text, 'PERSON')).toEqual(expect.arrayContaining(['Hally', 'Sparky', 'Ghost']));
  });

  it('reads every name column of a table, and an initial after a role', () => {
    const text =
      'tracker_id,surname,forenames,dob\nVT-1,PRIDDLE,Haider,1982-12-01\nVT-2,WINTER,Autumn,1993-04-27\n' +
      'EDT (AMHP A Chaudhry) advised.';
    expect(found(text, 'PERSON')).toEqual(
      expect.arrayContaining(['PRIDDLE', 'Haider', 'WINTER', 'Autumn', 'A Chaudhry']),
    );
  });

  it('reads a name with the person’s part in the case in brackets, and echoes it', () => {
    const text =
      'Witness summary (Tregaskis — victim):\nTregaskis lives next door to the defendant.';
    expect(found(text, 'PERSON')).toEqual(['Tregaskis', 'Tregaskis']);
  });

  it('reads a surname padded into a form column', () => {
    expect(found('Surname:        TREWIN\nForenames:      Cador', 'PERSON')).toContain('TREWIN');
  });

  it('reads senders and addressees of a meeting chat, not devices or team accounts', () => {
    const text =
      '09:31:07 From  Ottoline Pryce (she/her)  to  Everyone:\n\tMorning\n' +
      '09:32:05 From  iPad (2)  to  Everyone:\n\tHello\n' +
      '09:33:40 From  Skelby CMHT Duty  to  Ottoline Pryce (Direct Message):\n\tThanks';
    const names = found(text, 'PERSON');
    expect(names.filter((n) => n === 'Ottoline Pryce')).toHaveLength(2);
    expect(names).not.toContain('Skelby CMHT Duty');
  });

  it('does not read a bracketed acronym, a legislation title or a measure as a name', () => {
    const text =
      'RELEASE UNDER INVESTIGATION (RUI)      Form RUI/2\nPROBLEM-SOLVING PLAN (SARA)\n' +
      "Regulation 40, Children's Homes (England) Regulations 2015. Police to consider a Child " +
      'Abduction Warning Notice.';
    const names = found(text, 'PERSON');
    for (const n of ['RUI', 'SARA', 'England', 'Regulations', 'Abduction Warning Notice'])
      expect(names).not.toContain(n);
  });
});

describe('names in an e-mail’s layout (after fresh10’s first sight)', () => {
  it('reads the header, greeting, thanks, closing and signature', () => {
    const text =
      'From: Tamsin Pengelly <t.pengelly@example.org>\nTo: Oskar Lindqvist\nSubject: handover\n\n' +
      'Hi Oskar,\n\nSee below.\n\nThanks,\nTamsin\n\n--\nTamsin Pengelly (she/her)\n' +
      'Tenancy Sustainment Officer\n\nOskar – thanks for this. I will ring today.';
    const names = found(text, 'PERSON');
    expect(names.filter((n) => n === 'Tamsin Pengelly')).toHaveLength(2);
    expect(names.filter((n) => n === 'Oskar Lindqvist')).toHaveLength(1);
    expect(names).toEqual(expect.arrayContaining(['Oskar', 'Tamsin']));
  });

  it('does not read a team mailbox or a greeting to everyone as a name', () => {
    const text = 'To: Duty Team <duty@example.org>\n\nHi All,\nThanks,\nThe Team';
    expect(found(text, 'PERSON')).toEqual([]);
  });
});

describe('police acronyms and roles that are no names', () => {
  it('does not read RUI or a post in a name field as a name', () => {
    const text =
      'Outcome: RUI. Time recorded: 3.1 hrs.\n' +
      'Named Person: Head Teacher.\nCompleted by: Priya Lakhani, Customer Adviser';
    const names = found(text, 'PERSON');
    for (const n of ['RUI', 'Head', 'Head Teacher', 'Adviser']) expect(names).not.toContain(n);
    expect(names).toContain('Priya Lakhani');
  });
});

describe('collar numbers', () => {
  it.each([
    ['OIC:  3306 / DC / HALVERSON A.', '3306'],
    ['Supervisor: 0866 PS Trewin', '0866'],
    ['Officer: C J. OGUN  warrant/collar 4150', '4150'],
    ['Plan owner: PS Ingrid Halvorsen / 1502', '1502'],
    ['PC/DC no. 2716   Name: VOSS', '2716'],
    ['1177 PC HALLORAN found him at 01:50', '1177'],
    ['PC S. HAUGEN #3561 found him', '3561'],
    ['Completed by: HADDAD, PC, 4076', '4076'],
  ])('reads the number in %j', (text, number) => {
    expect(found(text, 'COLLAR_NUMBER')).toContain(number);
  });

  it('does not read a CAD line’s time before a rank as a collar number', () => {
    expect(found('2207 PC ADEGOKE ATTENDED', 'COLLAR_NUMBER')).toEqual([]);
  });
});

describe('ages', () => {
  it.each([
    ['Mother         14/08/1987   39    Care assistant', '39'],
    ['  Subject        2011-07-30   15\n', '15'],
    ['Mrs Haldane ("Inga") is 44. She lives with her husband.', '44'],
    ['Curtis TREWIN ("Tiz"), 24\nSeen in cars', '24'],
    ['Levente FARKAS, 22\n- Detained twice', '22'],
    ['He left school at 15 and worked on sites.', '15'],
    ['She first self-harmed at fifteen and was seen by CAMHS.', 'fifteen'],
  ])('reads the age in %j', (text, age) => {
    expect(found(text, 'AGE')).toContain(age);
  });

  it('does not read a meeting time or a count as an age', () => {
    expect(found('We first met at 15:00 and left at 16.30.', 'AGE')).toEqual([]);
    expect(found('Levente FARKAS, 22 Mill Lane', 'AGE')).toEqual([]);
  });
});

describe('references, places and organisations', () => {
  it('reads a force, unit, year and number reference anywhere, and an ambulance reference', () => {
    expect(found('case summary (MG5) for KX/C/27/048812; a call', 'CRIME_REF')).toEqual([
      'KX/C/27/048812',
    ]);
    expect(found('NWAS attended. AMB 20270319/1442', 'CRIME_REF')).toContain('20270319/1442');
  });

  it('does not read a form, an approval or a registration number as a case reference', () => {
    const text =
      'Form UOF-27-09917 submitted.\nEthics approval:  UMREC-2027-0412\nOfsted URN:   SC501847';
    expect(found(text, 'CRIME_REF')).toEqual([]);
  });

  it('reads services named by what they do, and a university', () => {
    const text =
      'A GP summary from Fewston Medical Group. Advocacy: Talkwell Advocacy. He was greenkeeper ' +
      'at Skelby Golf Club and studied at University of Northbeck.';
    expect(found(text, 'ORGANISATION')).toEqual(
      expect.arrayContaining([
        'Fewston Medical Group',
        'Talkwell Advocacy',
        'Skelby Golf Club',
        'University of Northbeck',
      ]),
    );
  });

  it('reads a place someone went back to or moved from, and where their parents are', () => {
    const text =
      'Her father went back to Gjakova in 2023. His parents in Galle were told. He moved from Braga.';
    expect(found(text, 'LOCATION')).toEqual(['Gjakova', 'Galle', 'Braga']);
    expect(found('She went back to Work after lunch.', 'LOCATION')).toEqual([]);
  });

  it('reads where someone joins from, works, is fostered or is from after their age', () => {
    const text =
      'Mother (by video from Debrecen). Late for a job in Kilverton. Placed in foster care in ' +
      'Lydcombe. Sonny, 16, from Thornmouth, missing.';
    expect(found(text, 'LOCATION')).toEqual(['Debrecen', 'Kilverton', 'Lydcombe', 'Thornmouth']);
    expect(found('A job in March. He works in Partnership with us.', 'LOCATION')).toEqual([]);
  });

  it('reads a street where someone lives or stays, said without "on"', () => {
    const text =
      'TREWIN Kai (14) – lives Sandpiper Walk; staying at a friend’s flat in Salter’s Yard.';
    expect(found(text, 'ADDRESS')).toEqual(
      expect.arrayContaining(['Sandpiper Walk', 'Salter’s Yard']),
    );
  });
});
