import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  DEFAULT_CONTINUUM_SCALE,
  placeOnContinuum,
  validateContinuumScale,
  type TurningPointInput,
} from '../../src/index.js';

const copy = () => structuredClone(DEFAULT_CONTINUUM_SCALE);

function errorsOf(json: unknown): string[] {
  const result = validateContinuumScale(json);
  return result.ok ? [] : result.errors;
}

describe('validateContinuumScale', () => {
  it('accepts the default scale and returns it unchanged', () => {
    expect(validateContinuumScale(copy())).toEqual({ ok: true, scale: DEFAULT_CONTINUUM_SCALE });
  });

  it('accepts a study scale with three levels and no ignored agencies, sorted highest first', () => {
    const json = {
      version: 'site-a-1',
      levels: [
        { level: 0, label: 'none', requires: [[]], rationale: 'Police alone.' },
        { level: 2, label: 'joint', requires: [['joint_action']], rationale: 'Joint {entries}.' },
        { level: 1, label: 'contact', requires: [['partner_contact']], rationale: '{entries}' },
      ],
    };
    const result = validateContinuumScale(json);
    expect(result.ok && result.scale.levels.map((l) => l.level)).toEqual([2, 1, 0]);
    expect(result.ok && result.scale.ignoreAgencies).toEqual([]);
  });

  it('names the path and the fix for every shape error', () => {
    const bad = copy() as unknown as Record<string, unknown>;
    bad.version = '';
    const levels = bad.levels as Record<string, unknown>[];
    levels[0]!.level = -1;
    levels[1]!.requires = [['teamwork']];
    levels[2]!.label = 3;
    expect(errorsOf(bad)).toEqual([
      'version: expected a non-empty string',
      'levels[0].level: expected a whole number ≥ 0',
      expect.stringMatching(/^levels\[1\]\.requires\[0\]\[0\]: expected one of partner_contact/),
      'levels[2].label: expected a non-empty string',
    ]);
  });

  it('refuses duplicate levels or labels and a lowest level that can fail', () => {
    const dup = copy();
    dup.levels[1]!.level = 4;
    dup.levels[2]!.label = 'integration';
    dup.levels[4]!.requires = [['signposting']];
    expect(errorsOf(dup)).toEqual([
      expect.stringContaining('level 4 is given twice'),
      expect.stringContaining('label "integration" is given twice'),
      expect.stringContaining('the lowest level (0) must always hold'),
    ]);
  });

  it('refuses what is not an object, with no levels, or with bad ignoreAgencies', () => {
    expect(errorsOf([])).toEqual(['(root): expected a JSON object']);
    expect(errorsOf({ version: 'x', levels: [] })).toContain(
      'levels: expected a non-empty list of levels',
    );
    expect(errorsOf({ ...copy(), ignoreAgencies: 'cps' })).toEqual([
      'ignoreAgencies: expected a list of agency labels',
    ]);
  });

  it('places every log on a valid scale at one of its levels (property)', () => {
    const features = ['partner_contact', 'joint_action', 'signposting', 'handoff'];
    const scale = fc.uniqueArray(fc.nat(6), { minLength: 1, maxLength: 5 }).chain((levels) =>
      fc.tuple(
        ...levels.map((level, i) =>
          fc.record({
            level: fc.constant(level),
            label: fc.constant(`L${i}`),
            rationale: fc.constant('{entries}'),
            requires: fc.array(fc.subarray(features), { minLength: 1, maxLength: 2 }),
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(scale, (levels) => {
        const lowest = Math.min(...levels.map((l) => l.level));
        const json = {
          version: 'p',
          levels: levels.map((l) => (l.level === lowest ? { ...l, requires: [[]] } : l)),
        };
        const result = validateContinuumScale(json);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        const entry: TurningPointInput = {
          index: 0,
          event: 'joint_action',
          framing: 'unclear',
          agencies: ['police', 'mental_health'],
          refused: false,
        };
        const placed = placeOnContinuum([entry], result.scale);
        expect(levels.map((l) => l.level)).toContain(placed.level);
      }),
    );
  });
});

describe('applyCorrections on a study scale', () => {
  const entry: TurningPointInput = {
    index: 0,
    event: 'report',
    framing: 'unclear',
    agencies: ['public'],
    refused: false,
  };
  const analysis = {
    lexiconVersion: 'x',
    entries: [{ ...entry, triggers: { agencies: [], event: [], framing: [] } }],
    turningPoints: [],
    continuum: placeOnContinuum([entry]),
  } as unknown as Parameters<typeof applyCorrections>[0];
  const small = validateContinuumScale({
    version: 'small',
    levels: [
      { level: 1, label: 'contact', requires: [['partner_contact']], rationale: '{entries}' },
      { level: 0, label: 'alone', requires: [[]], rationale: 'Police alone.' },
    ],
  });
  if (!small.ok) throw new Error(small.errors.join('\n'));

  it('places on the given scale and applies an override to one of its levels', () => {
    const out = applyCorrections(
      analysis,
      [{ target: 'continuum', level: 1, reason: 'r' }],
      small.scale,
    );
    expect(out.continuum).toMatchObject({ level: 1, label: 'contact', override: { fromLevel: 0 } });
  });

  it('ignores an override to a level the scale no longer has', () => {
    const out = applyCorrections(
      analysis,
      [{ target: 'continuum', level: 4, reason: 'r' }],
      small.scale,
    );
    expect(out.continuum).toMatchObject({ level: 0, label: 'alone' });
    expect(out.continuum.override).toBeUndefined();
  });
});
