import { describe, expect, it } from 'vitest';
import {
  canSeeCoding,
  DEFAULT_CODING_SETTINGS,
  hidesOthersCodings,
  type CodingSettings,
} from '../../src/index.js';

const settings = (patch: Partial<CodingSettings>): CodingSettings => ({
  ...DEFAULT_CODING_SETTINGS,
  lead: 'lead',
  ...patch,
});

describe('blind coding visibility', () => {
  it('shows every coding to everyone when blind mode is off', () => {
    expect(hidesOthersCodings(DEFAULT_CODING_SETTINGS)).toBe(false);
    expect(canSeeCoding(DEFAULT_CODING_SETTINGS, 'coder-a', { coder: 'coder-b' })).toBe(true);
  });

  it('shows each person, the lead included, only their own codings until the reveal', () => {
    const blind = settings({ blind: true });
    expect(canSeeCoding(blind, 'coder-a', { coder: 'coder-a' })).toBe(true);
    expect(canSeeCoding(blind, 'coder-a', { coder: 'coder-b' })).toBe(false);
    expect(canSeeCoding(blind, 'lead', { coder: 'coder-b' })).toBe(false);
    const revealed = settings({ blind: true, revealed: true });
    expect(hidesOthersCodings(revealed)).toBe(false);
    expect(canSeeCoding(revealed, 'coder-a', { coder: 'coder-b' })).toBe(true);
  });
});
