/**
 * The model adaptation in a worker thread (what `liaison serve` gives the server for
 * `POST /api/analysis/adapt`): the same result as core's `adaptLexicon` in this thread, and its
 * errors passed back. Logs: examples/bridgeway-logs (fictional), their Bridgeway entries labelled
 * as the researcher corrects them.
 */
import { readFileSync } from 'node:fs';
import {
  adaptLexicon,
  analyseLog,
  DEFAULT_LEXICON,
  parsePoliceLogText,
  type ReviewedLog,
} from '@liaison/core';
import { describe, expect, it } from 'vitest';
import { adaptInWorker } from '../src/logs/adapt-in-worker.js';

const FIXTURES = new URL('../../../examples/bridgeway-logs/', import.meta.url);

function reviewed(n: number): ReviewedLog {
  const file = `log-${n}.txt`;
  const parsed = parsePoliceLogText(readFileSync(new URL(file, FIXTURES), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} did not parse`);
  const gold = analyseLog(parsed.structure).entries.map(({ event, framing, agencies }, i) => ({
    event,
    framing,
    agencies: i === 1 || i === 3 ? ['police', 'mental_health'] : agencies,
  }));
  return { log: parsed.structure, gold };
}

const LOGS = [0, 1, 2, 3].map(reviewed);
const CURRENT = { lexicon: DEFAULT_LEXICON, number: 0 };

describe('adaptInWorker', () => {
  it('gives what adaptLexicon gives in this thread', async () => {
    // Judged on the agencies, the labels the researcher corrected.
    const options = { folds: 2, l2: 1, judgedOn: ['agencies'] as const };
    const here = adaptLexicon(LOGS, CURRENT, options);
    const there = await adaptInWorker(LOGS, CURRENT, options);
    expect(there.check).toEqual(here.check);
    expect(there.gain).toBe(here.gain);
    expect(there.judgedOn).toEqual(['agencies']);
    expect(there.lexicon.version).toBe(here.lexicon.version);
    expect(there.lexicon.agencyModels).toEqual(here.lexicon.agencyModels);
    expect(there.gain).toBeGreaterThan(0);
  });

  it('passes an error of the adaptation back', async () => {
    const short = { ...LOGS[0]!, gold: LOGS[0]!.gold.slice(1) };
    await expect(adaptInWorker([short, LOGS[1]!], CURRENT, {})).rejects.toThrow(
      /log 1: 4 entries but 3 labelled/,
    );
  });
});
