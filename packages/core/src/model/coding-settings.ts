/**
 * Blind coding (docs/coding.md). While a study codes blind and the lead has not revealed, each
 * coder, the lead included, sees only their own codings, so no coder's choices are shaped by
 * another's before agreement is measured. Once the lead reveals, everyone sees every coding.
 */
import type { Coding } from './coding.js';
import type { Actor, IsoInstant } from './study.js';

export interface CodingSettings {
  /** True while coders must not see each other's codings. */
  blind: boolean;
  /** The one person who may change these settings and reveal; null until someone is named. */
  lead: Actor | null;
  /** True once the lead has revealed the codings of the current blind round. */
  revealed: boolean;
  /** Null until the settings are first changed (the defaults apply). */
  updatedAt: IsoInstant | null;
  updatedBy: Actor | null;
}

export const DEFAULT_CODING_SETTINGS: CodingSettings = {
  blind: false,
  lead: null,
  revealed: false,
  updatedAt: null,
  updatedBy: null,
};

/** True while each coder may see only their own codings. */
export function hidesOthersCodings(settings: CodingSettings): boolean {
  return settings.blind && !settings.revealed;
}

/** Whether `actor` may see (and so unapply or annotate) `coding` under `settings`. */
export function canSeeCoding(
  settings: CodingSettings,
  actor: Actor,
  coding: Pick<Coding, 'coder'>,
): boolean {
  return !hidesOthersCodings(settings) || coding.coder === actor;
}
