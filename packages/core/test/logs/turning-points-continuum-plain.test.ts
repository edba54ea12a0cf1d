/**
 * Turning points and continuum placement, rewritten as loops without closures, Sets or copies,
 * against the straightforward versions they replaced (plain-analysis.ts), on generated labelled
 * logs: random events, framings, agencies, signals, instruments, refusals, cued events and
 * author agencies, including the fields a corrected or older analysis may lack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTINUUM_SCALE,
  detectTurningPoints,
  placeOnContinuum,
  type ContinuumScale,
  type TurningPointInput,
} from '../../src/index.js';
import { EVENT_TYPES, FRAMINGS } from '../../src/logs/vocabulary.js';
import { plainDetectTurningPoints, plainPlaceOnContinuum } from './plain-analysis.js';

const AGENCIES = ['police', 'public', 'mental_health', 'social_care', 'health', 'criminal_justice'];
/** Signals the rules read, and one they do not. */
const SIGNALS = [
  'step_down',
  'handoff',
  'police_remain',
  'one_way',
  'response',
  'accepted',
  'reopen',
  'custody_health',
  'embedded_staff',
  'standing_panel',
  'regular_review',
  'signposting',
  'partner_update',
];
const INSTRUMENTS = ['arrest', 's136', 'cpw', 'cpn_notice'];
const CUED = ['joint_action', 'advice', 'report', 'referral'];

/** A small subset, in any order, possibly with repeats (corrections may hold them). */
const some = (xs: string[]) => fc.array(fc.constantFrom(...xs), { maxLength: 3 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const entry = fc.record({
  event: fc.constantFrom(...EVENT_TYPES),
  framing: fc.constantFrom(...FRAMINGS),
  agencies: some(AGENCIES),
  signals: maybe(some(SIGNALS)),
  instruments: maybe(some(INSTRUMENTS)),
  refused: maybe(fc.boolean()),
  cued: maybe(some(CUED)),
  authorAgency: maybe(fc.constantFrom<string | null>(null, ...AGENCIES)),
});
const logOf = (maxLength: number) =>
  fc
    .array(entry, { maxLength })
    .map((es) => es.map((e, index) => ({ index, ...e }) as TurningPointInput));
const entries = logOf(14);
/**
 * Long logs with more turning points than `sortPoints` insertion-sorts (SHORT_POINTS): each
 * generated entry comes twice, so most framings are followed up and their changes are reframings.
 */
const longEntries = fc
  .array(entry, { minLength: 20, maxLength: 40 })
  .map((es) =>
    es.flatMap((e) => [e, { ...e }]).map((e, index) => ({ index, ...e }) as TurningPointInput),
  );

/** A scale whose levels are out of order, so placement must sort them. */
const SHUFFLED: ContinuumScale = {
  ...DEFAULT_CONTINUUM_SCALE,
  levels: [...DEFAULT_CONTINUUM_SCALE.levels].reverse(),
};

describe('turning points and continuum equal the straightforward versions', () => {
  it('detect the same turning points, evidence and order', () => {
    fc.assert(
      fc.property(entries, (es) => {
        expect(detectTurningPoints(es)).toEqual(plainDetectTurningPoints(es));
      }),
      { numRuns: 3000 },
    );
  });

  it('order the points of long logs as the plain sort does', () => {
    fc.assert(
      fc.property(longEntries, (es) => {
        expect(detectTurningPoints(es)).toEqual(plainDetectTurningPoints(es));
      }),
      { numRuns: 300 },
    );
  });

  it('place logs at the same level with the same evidence and rationale', () => {
    fc.assert(
      fc.property(entries, (es) => {
        for (const scale of [DEFAULT_CONTINUUM_SCALE, SHUFFLED])
          expect(placeOnContinuum(es, scale)).toEqual(plainPlaceOnContinuum(es, scale));
      }),
      { numRuns: 3000 },
    );
  });
});
