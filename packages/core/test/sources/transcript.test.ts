import { describe, expect, it } from 'vitest';
import { parseTranscript, type TranscriptStructure } from '../../src/index.js';

function parse(text: string): TranscriptStructure {
  const outcome = parseTranscript(text, 'interview.txt');
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.structure;
}

const turns = (text: string) => parse(text).turns.map((t) => [t.speaker, t.timestampMs, t.text]);

describe('parseTranscript: speaker labels', () => {
  it('reads Name: labels with spaces, dots, hyphens and apostrophes, and codes', () => {
    const text = [
      'INT: So, tell me.',
      'P1: Well.',
      'Dr Smith: Hello.',
      'Dr. Jones: Hi.',
      'Mary-Jane: Yes.',
      "O'Brien: No.",
      'FAC: Next.',
      'R: Fine.',
      'P12: Ok.',
    ].join('\n');
    expect(parse(text).speakers).toEqual([
      'INT',
      'P1',
      'Dr Smith',
      'Dr. Jones',
      'Mary-Jane',
      "O'Brien",
      'FAC',
      'R',
      'P12',
    ]);
  });

  it('reads [Name] and [Name]: labels', () => {
    expect(turns('[Sarah] Hello there.\n[P2]: Hi.')).toEqual([
      ['Sarah', null, 'Hello there.'],
      ['P2', null, 'Hi.'],
    ]);
  });

  it('reads timestamps before or after the label, in milliseconds', () => {
    const text = [
      '[00:12:31] INT: a',
      'P1 [00:12:40]: b',
      'INT: [00:13:02] c',
      '(01:00:00) P1: d',
      '[12:31] INT: e',
      '[P1] [00:14:00.5] f',
      '00:15:00 INT: g',
    ].join('\n');
    expect(turns(text).map((t) => t[1])).toEqual([
      751_000, 760_000, 782_000, 3_600_000, 751_000, 840_500, 900_000,
    ]);
    expect(turns(text).map((t) => t[2])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('gives a timestamp on its own line to the turn on the next line', () => {
    expect(turns('[00:01:00]\nINT: question\n\n[00:02:00]\n\nP1: answer')).toEqual([
      ['INT', 60_000, 'question'],
      ['P1', 120_000, 'answer'],
    ]);
  });

  it('continues the turn on lines without a speaker, trimmed, skipping blank lines', () => {
    expect(turns('INT: first line  \r\n   second line\r\n\r\nthird\r\nP1: reply')).toEqual([
      ['INT', null, 'first line\nsecond line\nthird'],
      ['P1', null, 'reply'],
    ]);
  });

  it('does not take notes, sentences with a colon, times or annotations for speakers', () => {
    const text = [
      'INT: Go on.',
      'Note: the recording stopped',
      'he said: go home',
      'he said: go home',
      'Then I said: no',
      'At 10:30 we met',
      '[inaudible] mumble',
      '(laughs) yes',
      'Date: 12 March',
      'http://example.org/a',
      'P1: Right.',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.speakers).toEqual(['INT', 'P1']);
    expect(parsed.turns[0]?.text.split('\n')).toHaveLength(10);
  });

  it('keeps a role in brackets in the speaker name, and numbered role codes', () => {
    expect(parse('P3 (Police): hi\nRespondent 2: ok\nInterviewer 1: next').speakers).toEqual([
      'P3 (Police)',
      'Respondent 2',
      'Interviewer 1',
    ]);
  });

  it('does not take a capitalised phrase with a word of prose for a name', () => {
    expect(parse('INT: Go on.\nAt 10: we met\nSo Then: more').speakers).toEqual(['INT']);
  });

  it('accepts a lower-case or multi-word label when it recurs', () => {
    expect(
      parse('social worker: one\nnurse: two\nsocial worker: three\nnurse: four').speakers,
    ).toEqual(['social worker', 'nurse']);
  });

  it('reads "Speaker 1  0:03" lines written by transcription tools', () => {
    expect(turns('Speaker 1  0:03\nHello.\nSpeaker 2  0:09\nHi.')).toEqual([
      ['Speaker 1', 3000, 'Hello.'],
      ['Speaker 2', 9000, 'Hi.'],
    ]);
  });

  it('warns about text before the first turn and leaves it out of the turns', () => {
    const outcome = parseTranscript('Interview 3, site North\n\nINT: Hello.', 'interview.txt');
    expect(outcome.ok && outcome.structure.turns.map((t) => t.speaker)).toEqual(['INT']);
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({
        code: 'transcript.text_before_first_turn',
        severity: 'warning',
        line: 1,
      }),
    ]);
  });
});

describe('parseTranscript: offsets', () => {
  it('spans the turn from its first line, and the text alone, in UTF-16 with CR kept', () => {
    const text = '[00:00:05]\r\nINT: café 😀\r\nmore\r\nP1:\r\n';
    const [a, b] = parse(text).turns;
    expect(text.slice(a?.startUtf16, a?.endUtf16)).toBe('[00:00:05]\r\nINT: café 😀\r\nmore');
    expect(text.slice(a?.textStartUtf16, a?.textEndUtf16)).toBe('café 😀\r\nmore');
    expect([a?.line, b?.line]).toEqual([1, 4]);
    expect(b).toMatchObject({ speaker: 'P1', text: '' });
    expect(text.slice(b?.startUtf16, b?.endUtf16)).toBe('P1:');
  });
});

describe('parseTranscript: bad input', () => {
  it('reports a transcript without turns, with a hint', () => {
    const outcome = parseTranscript('We talked about the project.\nNo labels here.', 'notes.txt');
    expect(outcome.ok).toBe(false);
    expect(outcome.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'transcript.no_turns',
        file: 'notes.txt',
        line: 1,
        column: 1,
      }),
    ]);
    expect(outcome.diagnostics[0]?.hint).toContain('INT:');
  });

  it('reads a 1 MB line in linear time', () => {
    const outcome = parseTranscript(
      `INT: ${'word '.repeat(200_000)}\n${'P1 '.repeat(300_000)}: x\n${'['.repeat(300_000)}`,
      'big.txt',
    );
    expect(outcome.ok && outcome.structure.turns).toHaveLength(1);
  });
});
