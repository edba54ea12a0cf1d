/**
 * The rules added with lexicon 1.32.0 after the thirty-third fresh set's misses were read
 * (eval/logs/fresh33; docs/log-analysis.md). Sentences are written for this test, not taken from
 * any evaluation set; each rule has a contrasting case. `classify` reads one entry with the
 * lexicon alone, so these check the rules, not the learnt models.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

const agencies = (text: string, author?: string | null) => classify(text, author).agencies;
const event = (text: string, author?: string | null) => classify(text, author).event;

describe('words that only look like an agency (§3)', () => {
  it('does not read the end of a double-barrelled surname as the ambulance HART', () => {
    expect(agencies('Rang Mr Deniz Okafor-Hart, the caller: no answer.')).not.toContain(
      'ambulance',
    );
    expect(agencies('HART team on scene with the crew at the quarry.')).toContain('ambulance');
  });

  it("does not read a camera's or a lamp's housing as a housing provider", () => {
    expect(agencies('Paint sprayed over the camera housing on the pole.')).not.toContain('housing');
    expect(agencies('Rang the housing officer about the broken door.')).toContain('housing');
  });

  it('does not read council tax as the council', () => {
    expect(agencies('Says she is behind with rent and council tax.')).not.toContain(
      'local_authority',
    );
    expect(agencies('Emailed the council tax team with her consent.')).toContain('local_authority');
    expect(agencies('Emailed the council ASB team.')).toContain('local_authority');
  });
});

describe("a control room's grading (§3 public)", () => {
  const control = 'Control';

  it('does not read the people its first sentence names as the public taking part', () => {
    expect(
      agencies('Graded 2 - theft from a vulnerable adult, repeat caller. AB12 assigned.', control),
    ).not.toContain('public');
    expect(agencies('GR1 - DOMESTIC, RISK TO GRANDMOTHER. AB17 ASSGND.', control)).not.toContain(
      'public',
    );
    expect(
      agencies('Grade 3 - neighbour nuisance, linked log. AB16 assigned.', control),
    ).not.toContain('public');
  });

  it('still reads the public acted on after the grading', () => {
    expect(agencies('Graded 3. No units free. Caller advised to ring back.', control)).toContain(
      'public',
    );
    expect(agencies('Caller says her neighbour is shouting again.', control)).toContain('public');
  });

  it('reads the railway operator ringing in or told as a caller (§3 public)', () => {
    expect(agencies('Network Rail advise the line is clear.', control)).toContain('public');
  });
});

describe('events (§2)', () => {
  it('reads footage or stills passed to a partner as information sharing', () => {
    expect(event('The council CCTV team sent the footage to PC Amos this morning.')).toBe(
      'information_sharing',
    );
    expect(event('Stills emailed to the council ASB officer.')).toBe('information_sharing');
  });

  it('reads a call sign sent on or told to look for someone as a deployment', () => {
    expect(event('AB22 diverted to 9 Mill Walk.', 'Control')).toBe('deploy');
    expect(event('VRM circulated. AB55 to look for the Volvo.', 'Control')).toBe('deploy');
  });
});
