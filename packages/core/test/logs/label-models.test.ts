/**
 * The learnt label models (label-model.ts, train-label-model.ts, learnt-labels.ts): their words
 * and offsets, training on small labelled sets, their place in `analyseLog` after the lexicon,
 * and their checks in `validateLexicon`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseLog,
  DEFAULT_LEXICON,
  FRAMINGS,
  AGENCIES,
  AGENCY_MODEL_LABELS,
  EVENT_TYPES,
  entryWords,
  labelScores,
  modelFeatureNames,
  readingFeatures,
  predictLabel,
  trainLabelModel,
  validateLexicon,
  wordFeatures,
  type LabelExample,
} from '../../src/index.js';
import { evidenceOf } from '../../src/logs/label-model.js';
import {
  stackEvidence,
  stackOf,
  stackReadingScores,
  stackScores,
} from '../../src/logs/model-stack.js';
import { example, logOf, reading } from './log-fixtures.js';

/** Fictional entries whose framing only an invented word tells: nothing the lexicon knows. */
const TOY: LabelExample[] = [
  ...['zorbled the fence', 'zorbled a car again', 'youths zorbled the shed'].map((t) =>
    example(t, 'crime_asb'),
  ),
  ...['she is quibbish today', 'quibbish and not eating', 'very quibbish, GP aware'].map((t) =>
    example(t, 'health_welfare'),
  ),
  ...['on the frimple ledge', 'frimple risk, units sent', 'standing at the frimple'].map((t) =>
    example(t, 'risk_safety'),
  ),
  ...['units assigned', 'eta ten minutes', 'units resuming'].map((t) => example(t, 'unclear')),
];

describe('wordFeatures', () => {
  it('gives words and adjacent pairs, lower case, with UTF-16 offsets', () => {
    const text = 'IP Zoë: L&D saw him';
    const names = wordFeatures(text).map((f) => [f.name, text.slice(f.start, f.end)]);
    expect(names).toEqual([
      ['word:ip', 'IP'],
      ['word:zoë', 'Zoë'],
      ['pair:ip zoë', 'IP Zoë'],
      ['word:l&d', 'L&D'],
      ['pair:zoë l&d', 'Zoë: L&D'],
      ['word:saw', 'saw'],
      ['pair:l&d saw', 'L&D saw'],
      ['word:him', 'him'],
      ['pair:saw him', 'saw him'],
    ]);
  });

  it('names each feature once and spans text whose words make the name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const features = wordFeatures(text);
        expect(new Set(features.map((f) => f.name)).size).toBe(features.length);
        for (const f of features) {
          expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
          const words = text.slice(f.start, f.end).match(/[\p{L}\p{N}&']+/gu) ?? [];
          const [kind, rest] = [f.name.split(':')[0], f.name.slice(f.name.indexOf(':') + 1)];
          expect(words.map((w) => w.toLowerCase()).join(' ')).toBe(rest);
          expect(words.length).toBe(kind === 'word' ? 1 : 2);
        }
      }),
    );
  });
});

describe('trainLabelModel', () => {
  const model = trainLabelModel(TOY, FRAMINGS, { minCount: 1, prune: 0 });

  it('learns which words frame what, and reads them in entries it has not seen', () => {
    expect(predictLabel(model, reading(), 'Report that he zorbled the bins').label).toBe(
      'crime_asb',
    );
    expect(predictLabel(model, reading(), 'Mum says he is quibbish').label).toBe('health_welfare');
    expect(predictLabel(model, reading(), 'seen near the frimple').label).toBe('risk_safety');
  });

  it('gives the words that carried the decision, with their offsets', () => {
    const text = 'Report that he zorbled the bins';
    const { evidence } = predictLabel(model, reading(), text);
    expect(evidence[0]).toEqual({
      label: 'crime_asb',
      text: 'zorbled',
      startUtf16: 15,
      endUtf16: 22,
    });
  });

  it('is deterministic and centres each weight vector', () => {
    expect(trainLabelModel(TOY, FRAMINGS, { minCount: 1, prune: 0 })).toEqual(model);
    expect(model.labels).toEqual([...FRAMINGS]);
    for (const w of Object.values(model.weights) as number[][])
      // Four labels, each rounded to two decimals (at most 0.005 off).
      expect(Math.abs(w.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(0.02 + 1e-9);
  });

  it('drops features seen fewer than minCount times, and weak ones by prune', () => {
    const counted = trainLabelModel(TOY, FRAMINGS, { minCount: 2, prune: 0 });
    expect(counted.weights['word:bins']).toBeUndefined();
    expect(counted.weights['word:zorbled']).toBeDefined();
    const pruned = trainLabelModel(TOY, FRAMINGS, { minCount: 1, prune: 10 });
    expect(Object.keys(pruned.weights)).toEqual([]);
  });
});

describe('the model in analyseLog', () => {
  const lexicon = {
    ...DEFAULT_LEXICON,
    eventModel: undefined,
    framingModel: trainLabelModel(TOY, FRAMINGS, { minCount: 1 }),
  };
  const log = logOf([
    ['PC 101', 'Units assigned'],
    ['PC 101', 'Neighbour says lads zorbled the fence at no 4'],
  ]);

  it('gives the framing the words tell when the lexicon finds no cue, with the words as evidence', () => {
    const plain = analyseLog(log, { ...lexicon, framingModel: undefined });
    expect(plain.entries[1]?.framing).toBe('unclear');
    const entry = analyseLog(log, lexicon).entries[1];
    expect(entry?.framing).toBe('crime_asb');
    expect(entry?.triggers.framing.map((t) => t.text)).toContain('zorbled');
  });

  it('keeps the lexicon cue words as evidence where the two agree', () => {
    const agreed = logOf([['PC 101', 'Male arrested for criminal damage, taken to custody']]);
    const plain = analyseLog(agreed, { ...DEFAULT_LEXICON, framingModel: undefined }).entries[0];
    const a = analyseLog(agreed).entries[0];
    expect(a?.framing).toBe('crime_asb');
    expect(a?.triggers.framing).toEqual(plain?.triggers.framing);
    expect(a?.triggers.framing.length).toBeGreaterThan(0);
  });
});

describe('an event model in analyseLog', () => {
  const events: LabelExample[] = [
    ...['gave the flurbic', 'flurbic given to him', 'a flurbic was handed over'].map((t) =>
      example(t, 'asb_enforcement'),
    ),
    ...['units assigned', 'eta ten minutes', 'on the way'].map((t) => example(t, 'deploy')),
  ];
  const eventModel = trainLabelModel(events, EVENT_TYPES, { minCount: 1 });

  it('relabels the event from the words, with them as the evidence, and leaves framing alone', () => {
    const log = logOf([['PC 101', 'Spoke to male, flurbic handed to him at the door']]);
    const plain = analyseLog(log, { ...DEFAULT_LEXICON, eventModel: undefined });
    const learnt = analyseLog(log, { ...DEFAULT_LEXICON, eventModel }).entries[0];
    expect(plain.entries[0]?.event).not.toBe('asb_enforcement');
    expect(learnt?.event).toBe('asb_enforcement');
    expect(learnt?.triggers.event.map((t) => t.text)).toContain('flurbic');
    expect(learnt?.framing).toBe(analyseLog(log).entries[0]?.framing);
  });

  it('refuses a training example whose label is not in the vocabulary', () => {
    expect(() => trainLabelModel([example('x', 'tea_break')], EVENT_TYPES)).toThrow(/tea_break/);
  });
});

describe('agency models in analyseLog', () => {
  const present = ['rang the grumbleweed team', 'grumbleweed will visit', 'grumbleweed advised'];
  const absent = ['units assigned', 'eta ten minutes', 'male spoken to'];
  const housing = trainLabelModel(
    [...present.map((t) => example(t, 'present')), ...absent.map((t) => example(t, 'absent'))],
    AGENCY_MODEL_LABELS,
    { minCount: 1 },
  );
  const lexicon = { ...DEFAULT_LEXICON, agencyModels: { housing } };
  const log = logOf([['PC 101', 'Update: grumbleweed rang back about the flat']]);

  it('adds an agency its model finds, with the words as its triggers', () => {
    const plain = analyseLog(log, { ...DEFAULT_LEXICON, agencyModels: undefined }).entries[0];
    expect(plain?.agencies).not.toContain('housing');
    const a = analyseLog(log, lexicon).entries[0];
    expect(a?.agencies).toContain('housing');
    const housingTriggers = a?.triggers.agencies.filter((t) => t.label === 'housing');
    expect(housingTriggers?.map((t) => t.text)).toContain('grumbleweed');
  });

  it('never removes an agency the lexicon lists', () => {
    const never = { ...housing, bias: [100, -100] };
    const named = logOf([['PC 101', 'Rang the council housing officer, no answer']]);
    const plain = analyseLog(named, { ...DEFAULT_LEXICON, agencyModels: undefined }).entries[0];
    expect(plain?.agencies).toContain('housing');
    const a = analyseLog(named, { ...DEFAULT_LEXICON, agencyModels: { housing: never } })
      .entries[0];
    expect(a?.agencies).toContain('housing');
    expect(a?.triggers.agencies).toEqual(plain?.triggers.agencies);
  });
});

describe('stacked scoring', () => {
  it('gives the sums of the plain scorer over the feature names (property)', () => {
    const model = DEFAULT_LEXICON.eventModel!;
    const words = ['arrested', 'crht', 'visited', 'the', 'flat', 'asb', 'warning', 'no', 'mh'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (picked) => {
        const text = picked.join(' ');
        const r = reading({ author: 'PC 2231' });
        const plain = labelScores(model, modelFeatureNames(r, text));
        const stack = stackOf(model, [model]);
        const stacked = stackScores(stack, readingFeatures(r), entryWords(text));
        plain.forEach((x, k) => expect(stacked[k]).toBeCloseTo(x, 9));
      }),
    );
  });

  it('gives the evidence of the plain per-model reading, for every model and label (property)', () => {
    const models = [DEFAULT_LEXICON.eventModel!, ...Object.values(DEFAULT_LEXICON.agencyModels!)];
    const words = ['arrested', 'CRHT', 'visited', 'the', 'flat', 'asb', 'warning', 'no', 'MH', '.'];
    const stack = stackOf(models, models);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (picked) => {
        const text = picked.join(' ');
        stackScores(stack, readingFeatures(reading()), entryWords(text));
        models.forEach((model, m) =>
          model.labels.forEach((_, k) =>
            expect(stackEvidence(stack, m, k, text, 3)).toEqual(evidenceOf(model, k, text)),
          ),
        );
      }),
    );
  });

  it('breaks ties in the evidence as the plain reading sorts them (property)', () => {
    // Equal pulls everywhere, so the order rests on the tie-breaks: the earlier start, then the
    // order the features were added in (a word before the pair it ends).
    const model = {
      labels: ['a', 'b'],
      bias: [0, 0],
      weights: {
        'word:x': [1, -1],
        'word:y': [1, -1],
        'word:z': [2, -2],
        'pair:x y': [1, -1],
        'pair:y x': [1, -1],
        'pair:z x': [2, -2],
      },
      trainedOn: 'ties',
    };
    const stack = stackOf(model, [model]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x', 'y', 'z', 'w', 'X'), { maxLength: 12 }),
        (picked) => {
          const text = picked.join(' ');
          stackScores(stack, [], entryWords(text));
          for (const k of [0, 1])
            expect(stackEvidence(stack, 0, k, text, 3)).toEqual(evidenceOf(model, k, text));
        },
      ),
    );
  });
});

describe('scoring from the text in place', () => {
  const models = [
    DEFAULT_LEXICON.eventModel!,
    DEFAULT_LEXICON.framingModel!,
    ...Object.values(DEFAULT_LEXICON.agencyModels!),
  ];
  const stack = stackOf(models, models);
  // Known words in several cases, words the models lack, non-ASCII words (whose lower case is not
  // per code unit: `İ`, final sigma), `&`, apostrophes, digits and separators.
  const pieces = [
    ...['arrested', 'CRHT', 'Visited', 'the', 'flat', 'ASB', 'warning', 'no', 'mh', 'L&D'],
    ...['crisis', 'team', 'CPN', 'served', "can't", 's136', 'zorbled', 'Zoë', 'İSTANBUL', 'ΟΔΟΣ'],
    ...['\u{1d400}bc', 'Ǆ', ' ', '. ', ', ', '\n', '-', '2231', '(', "'", '&'],
  ];
  // Words of the models' own vocabulary as written, in capitals, or each letter in either case.
  // Unbiased: `constantFrom` favours the first values, and the vocabulary has thousands.
  const vocabulary = fc.noBias(fc.constantFrom(...stack.vocabulary.keys()));
  const known = fc.oneof(
    vocabulary,
    vocabulary.map((w) => w.toUpperCase()),
    fc
      .tuple(vocabulary, fc.integer())
      .map(([w, up]) => [...w].map((ch, i) => ((up >> i) & 1 ? ch.toUpperCase() : ch)).join('')),
  );
  const piece = fc.oneof(fc.constantFrom(...pieces), known, known);
  const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
  const anyText = fc.oneof(text, fc.string({ unit: 'binary', maxLength: 80 }));
  const labels = <T extends string>(xs: readonly T[]) => fc.constantFrom(...xs);
  const lexiconReading = fc.record({
    framing: labels(FRAMINGS),
    event: labels(EVENT_TYPES),
    agencies: fc.uniqueArray(labels(AGENCIES), { maxLength: 4 }),
    cueLabels: fc.array(labels([...FRAMINGS, 'nonsense']), { maxLength: 4 }),
    established: labels([...FRAMINGS, 'none'] as const),
    author: fc.option(fc.oneof(labels(['PC 2231', 'L&D NURSE', 'pc 10 pc', 'CRHT', '']), text)),
    prevailing: fc.option(labels([...FRAMINGS, 'none'] as const), { nil: undefined }),
  });

  it('gives the scores and recorded words of the string-based scoring, bit for bit (property)', () => {
    fc.assert(
      fc.property(lexiconReading, anyText, (r, t) => {
        const plain = Float64Array.from(stackScores(stack, readingFeatures(r), entryWords(t)));
        const plainFeatures = stack.features.slice(0, stack.added * 3);
        const inPlace = stackReadingScores(stack, r, t);
        expect([...inPlace].map((x) => x.toString())).toEqual([...plain].map((x) => x.toString()));
        expect(stack.features.slice(0, stack.added * 3)).toEqual(plainFeatures);
      }),
      { numRuns: 500 },
    );
  });

  it('finds every word of the vocabulary and the pairs of neighbours, in any case', () => {
    const words = [...stack.vocabulary.keys()];
    const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    const r = reading({ agencies: [] });
    for (const written of [(w: string) => w, (w: string) => w.toUpperCase(), title])
      for (let i = 0; i < words.length; i += 40) {
        const t = words
          .slice(i, i + 41)
          .map(written)
          .join(' ');
        const plain = [...stackScores(stack, readingFeatures(r), entryWords(t))].map(String);
        const plainFeatures = stack.features.slice(0, stack.added * 3);
        expect([...stackReadingScores(stack, r, t)].map(String)).toEqual(plain);
        expect(stack.features.slice(0, stack.added * 3)).toEqual(plainFeatures);
      }
  });
});

describe('the default models', () => {
  it('are trained on the labelled sets and pass validation after a JSON round trip', () => {
    const m = DEFAULT_LEXICON.framingModel;
    expect(m?.labels).toEqual([...FRAMINGS]);
    expect(DEFAULT_LEXICON.eventModel?.labels).toEqual([...EVENT_TYPES]);
    expect(Object.keys(DEFAULT_LEXICON.agencyModels ?? {})).toEqual([...AGENCIES]);
    expect(m?.trainedOn).toMatch(/labelled logs/);
    expect(validateLexicon(JSON.parse(JSON.stringify(DEFAULT_LEXICON)))).toMatchObject({
      ok: true,
    });
  });
});

describe('validateLexicon on framingModel', () => {
  const withModel = (framingModel: unknown) =>
    validateLexicon({ ...JSON.parse(JSON.stringify(DEFAULT_LEXICON)), framingModel });

  it('names the bad label, bias and weight vectors', () => {
    const result = withModel({
      labels: ['crime_asb', 'drama'],
      bias: [0],
      weights: { 'word:a': [1, null], 'word:b': 'x' },
      trainedOn: 'a test',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    expect(errors).toMatch(/framingModel\.labels\[1\]: expected one of/);
    expect(errors).toMatch(/framingModel\.bias: expected 2 finite numbers/);
    expect(errors).toMatch(/framingModel\.weights\["word:a"\]/);
    expect(errors).toMatch(/framingModel\.weights\["word:b"\]/);
  });

  it('checks event model labels against the event types', () => {
    const lexicon = JSON.parse(JSON.stringify(DEFAULT_LEXICON));
    lexicon.eventModel.labels[0] = 'tea_break';
    const result = validateLexicon(lexicon);
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(/eventModel\.labels\[0\]/);
  });

  it('checks agency models are present/absent models', () => {
    const lexicon = JSON.parse(JSON.stringify(DEFAULT_LEXICON));
    lexicon.agencyModels.police.labels = ['no', 'yes'];
    const result = validateLexicon(lexicon);
    expect(result.ok ? '' : result.errors.join('\n')).toMatch(/agencyModels\.police\.labels/);
  });

  it('accepts a lexicon without a model', () => {
    expect(withModel(undefined)).toMatchObject({ ok: true });
  });
});
