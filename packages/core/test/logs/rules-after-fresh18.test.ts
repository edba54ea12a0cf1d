/**
 * Rules added with lexicon 1.16.0 after the eighteenth fresh set's misses were read
 * (eval/logs/fresh18; docs/log-analysis.md): a call history checked as the entry's own action, a
 * place of safety that will accept the person, a rescue team called out, and a person chest deep in
 * water. Sentences are written for this test, not taken from any evaluation set; each has a
 * contrasting case.
 */
import { describe, expect, it } from 'vitest';
import { classify } from './log-fixtures.js';

const event = (text: string) => classify(text).event;
const framing = (text: string) => classify(text).framing;

describe('checks (§2 risk_assessment)', () => {
  it('reads a call history checked on its own as the check', () => {
    expect(event('Call history: 12 calls from the flat since May, all given advice.')).toBe(
      'risk_assessment',
    );
  });

  it('keeps an assignment beside a call history a deployment', () => {
    expect(event('Grade 2, KT14 assigned. Call history: 3 calls this week.')).toBe('deploy');
  });
});

describe('requests (§2 referral)', () => {
  it('reads a place of safety that will accept the person and a rescue team called out', () => {
    expect(event('Rang the Birch Suite: bed free, they will accept her under s136.')).toBe(
      'referral',
    );
    expect(event('Control called out the Fellside Mountain Rescue team to the ridge.')).toBe(
      'referral',
    );
  });

  it('does not read a person calling out as a request', () => {
    expect(event('On scene. No answer, a man calling out from inside.')).not.toBe('referral');
  });
});

describe('danger to life (§4 risk_safety)', () => {
  it('reads a person chest or waist deep in water', () => {
    expect(framing('The woman is waist deep in the estuary, not responding to calls.')).toBe(
      'risk_safety',
    );
    expect(framing('He is chest-deep off the slipway.')).toBe('risk_safety');
  });

  it('leaves a deep drawer alone', () => {
    expect(framing('Property found deep in a drawer at his flat.')).not.toBe('risk_safety');
  });
});
