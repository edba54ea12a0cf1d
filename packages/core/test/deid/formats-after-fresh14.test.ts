/**
 * Name, place and organisation rules added after fresh14's PERSON, LOCATION and ORGANISATION
 * misses were read (docs/deid.md): WebVTT voice tags, FHIR HumanName fields, a birthplace written
 * with its country but without `in`, a move from a place, and service and business names by
 * their last words. Examples are fictional and not taken from any evaluation set; each rule has a
 * negative case.
 */
import { describe, expect, it } from 'vitest';
import { found } from './found-texts.js';

describe('WebVTT voice tags', () => {
  const vtt =
    'WEBVTT\n\n00:00.000 --> 00:04.000\n<v.chair Oriel Banfield>Welcome.\n\n' +
    '00:04.500 --> 00:07.000\n<v PS Tamsin Carrow>Thanks.\n\n00:07.500 --> 00:09.000\n<v Wynn>Hi.\n\n' +
    '00:09.500 --> 00:11.000\n<v Interviewer>And then?\n<v Speaker 2>Yes.';

  it('reads the speaker of a voice tag as a person, rank left out', () => {
    const names = found(vtt, 'PERSON');
    expect(names).toContain('Oriel Banfield');
    expect(names).toContain('Tamsin Carrow');
    expect(names).toContain('Wynn');
  });

  it('does not read generic voice labels as names', () => {
    const names = found(vtt, 'PERSON');
    expect(names).not.toContain('Interviewer');
    expect(names.some((n) => n.includes('Speaker'))).toBe(false);
  });
});

describe('FHIR HumanName', () => {
  it('reads family, each given name and a contact name object', () => {
    const json =
      '"name": [ { "use": "official", "family": "Quennell", "given": ["Ysolde", "Maren"] } ],\n' +
      '"contact": [ { "name": { "text": "Bertil Quennell" } } ]';
    const names = found(json, 'PERSON');
    expect(names).toEqual(
      expect.arrayContaining(['Quennell', 'Ysolde', 'Maren', 'Bertil Quennell']),
    );
  });

  it('does not read everyday values in those keys as names', () => {
    expect(found('{"family": "yes", "given": ["true", "unknown"]}', 'PERSON')).toEqual([]);
  });
});

describe('places', () => {
  it('reads a birthplace written with its country, with or without a form leader', () => {
    expect(found('Born Ozurgeti, Georgia; in the UK since 2015.', 'LOCATION')).toContain(
      'Ozurgeti',
    );
    expect(found('Born ............ Kyrenia (Cyprus), came 1998', 'LOCATION')).toContain('Kyrenia');
  });

  it('reads a place someone is moving or flying over from', () => {
    expect(found('He stopped his tablets after moving from Vigo.', 'LOCATION')).toContain('Vigo');
    expect(found('Her sister is flying over from Pärnu next week.', 'LOCATION')).toContain('Pärnu');
  });

  it('does not read a date or a weekday after born as a place', () => {
    expect(found('born Monday, March the 3rd', 'LOCATION')).toEqual([]);
    expect(found('Born 12 May 1990, in hospital', 'LOCATION')).toEqual([]);
  });
});

describe('organisations by their last words', () => {
  it('reads services and businesses named by what they do', () => {
    const text =
      'She works at Tansley Cold Stores and is supported by Ormsby Domestic Abuse Service; ' +
      'he lost his job at Halloran Nurseries.';
    expect(found(text, 'ORGANISATION')).toEqual(
      expect.arrayContaining([
        'Tansley Cold Stores',
        'Ormsby Domestic Abuse Service',
        'Halloran Nurseries',
      ]),
    );
  });

  it('does not read a generic service phrase as a name', () => {
    expect(found('Referred to the local domestic abuse service.', 'ORGANISATION')).toEqual([]);
  });
});

describe('homes in named buildings', () => {
  it('reads a flat or plot in a named building with no street after it', () => {
    expect(
      found('He lives downstairs at\nFlat 2, Tanner House. Nobody answered.', 'ADDRESS'),
    ).toEqual(['Flat 2, Tanner House']);
    expect(found('Mother at Plot 6, Saltings Caravan Park, Ebbmouth.', 'ADDRESS')).toContain(
      'Plot 6, Saltings Caravan Park',
    );
    expect(found('"line": ["Flat 5, Rope House", "9 Quay Lane"]', 'ADDRESS')).toContain(
      'Flat 5, Rope House',
    );
  });

  it('reads a numbered row of cottages', () => {
    expect(found('Address: 4 Weavers Cottages, Ebbmouth', 'ADDRESS')).toContain(
      '4 Weavers Cottages',
    );
  });

  it('does not read a meeting room or a business unit as a home', () => {
    expect(found('Venue: Room 2, Tamar House\nPresent: all', 'ADDRESS')).toEqual([]);
    expect(found('Delivered to Unit 7, Kestrel House.', 'ADDRESS')).toEqual([]);
  });
});

describe('names by their cues', () => {
  it('reads O. before a surname after a rank as an initial, and keeps the particle O', () => {
    expect(found('Detention authorised by PS O. Treharne. Level 2 obs.', 'PERSON')).toEqual([
      'O. Treharne',
    ]);
    expect(found('Siobhan O Brien was spoken to.', 'PERSON')).toEqual(['Siobhan O Brien']);
  });

  it('reads one name set off by commas after a relation', () => {
    expect(found('the plan includes the cousin, Tobiah, who is on the phone', 'PERSON')).toEqual([
      'Tobiah',
    ]);
    expect(found('her son, However, was not home', 'PERSON')).toEqual([]);
  });

  it('reads an officer named in brackets after rank and number', () => {
    expect(found('Footage downloaded by PC 2917 (MARCHBANK) today', 'PERSON')).toEqual([
      'MARCHBANK',
    ]);
    expect(found('PC 2917 (NPT) attended', 'PERSON')).toEqual([]);
    expect(found('PC 2917 (Neighbourhood) attended', 'PERSON')).toEqual([]);
  });
});
