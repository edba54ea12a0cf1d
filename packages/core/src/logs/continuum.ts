/**
 * Placement of a log on the continuum of joint working (DOMAIN.md; ANNOTATING-LOGS.md §6): the
 * highest level whose rule the log's entries evidence. The scale (levels, labels, rules,
 * rationales) is data a study can edit; a rule is a list of alternatives, each a set of features
 * that must all be present somewhere in the log.
 */
import type { ContinuumPlacement } from './analysis-types.js';
import { takesPart, type TurningPointInput } from './turning-points.js';
import { NON_PARTNER_AGENCIES } from './vocabulary.js';

export interface ContinuumLevel {
  level: number;
  label: string;
  /** Alternatives: the level holds when every feature of one alternative is found. */
  requires: string[][];
  /** One line; `{entries}` is replaced by the evidencing entry numbers. */
  rationale: string;
}

export interface ContinuumScale {
  version: string;
  levels: ContinuumLevel[];
  /**
   * Agencies whose contact is often part of the criminal process rather than joint working on the
   * person's needs (a CPS charging decision). Their contact in a criminal-process entry (see
   * `PROCESS_EVENTS`) does not place a log on the continuum; sharing outside it does (a YOT worker
   * reporting back on reparation is information shared, §6 level 2).
   */
  ignoreAgencies: string[];
}

/** Features the placement computes from entries (see docs/log-analysis.md). */
export const CONTINUUM_FEATURES = [
  'partner_contact',
  'partner_shared',
  'handoff',
  'joint_action',
  'embedded_staff',
  'standing_panel',
  'regular_review',
  'signposting',
] as const;

export const DEFAULT_CONTINUUM_SCALE: ContinuumScale = {
  version: '1.0.0',
  ignoreAgencies: ['criminal_justice'],
  levels: [
    {
      level: 4,
      label: 'integration',
      requires: [['embedded_staff'], ['standing_panel', 'regular_review']],
      rationale: 'Joint working runs through standing arrangements (entries {entries}).',
    },
    {
      level: 3,
      label: 'collaboration',
      requires: [['joint_action']],
      rationale:
        'A joint visit, assessment or case meeting with a coordinated plan (entries {entries}).',
    },
    {
      level: 2,
      label: 'communication',
      requires: [['partner_shared'], ['handoff']],
      rationale:
        'Information shared back or a referral accepted, agencies acting in sequence (entries {entries}).',
    },
    {
      level: 1,
      label: 'encounter',
      requires: [['partner_contact'], ['signposting']],
      rationale:
        'Only ad hoc, one-way contact: requests, refusals, advice or signposting (entries {entries}).',
    },
    {
      level: 0,
      label: 'isolation',
      requires: [[]],
      rationale: 'No contact with any agency other than police and the public.',
    },
  ],
};

/**
 * Partners that count for the continuum: not the scale's ignored agencies, and not the custody
 * healthcare professional in its routine role (§6).
 */
function partnersOf(e: TurningPointInput, scale: ContinuumScale): string[] {
  const custody = e.signals?.includes('custody_health') ?? false;
  const process = PROCESS_EVENTS.includes(e.event);
  return e.agencies.filter(
    (a) =>
      !NON_PARTNER_AGENCIES.includes(a) &&
      !(process && scale.ignoreAgencies.includes(a)) &&
      !(custody && a === 'health'),
  );
}

/** Events that are the criminal process itself: charge, remand, court orders, closing the case. */
const PROCESS_EVENTS: readonly string[] = ['arrest', 'asb_enforcement', 'closure', 'other'];

/** Events in which a partner can give something back (§6 level 2); a referral needs accepting. */
const SHARING_EVENTS: readonly string[] = [
  'information_sharing',
  'mh_assessment',
  'mha_power',
  'joint_action',
  'support',
  'deploy',
];

function shares(e: TurningPointInput): boolean {
  if (!takesPart(e)) return false;
  if (e.event === 'referral') return e.signals?.includes('accepted') ?? false;
  // Police giving support while a partner only advises by phone is still one-way advice (§6
  // level 1 lists phone advice); the support is police's own, not the partner's share.
  if (e.event === 'support' && (e.cued?.includes('advice') ?? false)) return false;
  return SHARING_EVENTS.includes(e.event);
}

function featuresOf(e: TurningPointInput, scale: ContinuumScale): string[] {
  const out = (e.signals ?? []).filter((s) =>
    (CONTINUUM_FEATURES as readonly string[]).includes(s),
  );
  const partners = partnersOf(e, scale);
  if (partners.length > 0) out.push('partner_contact');
  if (partners.length > 0 && shares(e)) out.push('partner_shared');
  const joint = e.event === 'joint_action' || (e.cued?.includes('joint_action') ?? false);
  if (joint && (partners.length > 0 || e.agencies.length > 1)) out.push('joint_action');
  return out;
}

/** Entry indices per feature over the whole log. */
export function continuumFeatures(
  entries: TurningPointInput[],
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const features = featuresOf(e, scale);
    // Each feature once per entry (first occurrence), appended in place rather than copied.
    features.forEach((f, at) => {
      if (features.indexOf(f) !== at) return;
      const list = map.get(f);
      if (list) list.push(i);
      else map.set(f, [i]);
    });
  });
  return map;
}

function evidenceFor(level: ContinuumLevel, features: Map<string, number[]>): number[] | null {
  for (const alternative of level.requires) {
    if (alternative.every((f) => features.has(f))) {
      const idx = alternative.flatMap((f) => features.get(f) ?? []);
      return [...new Set(idx)].sort((a, b) => a - b);
    }
  }
  return null;
}

export function placeOnContinuum(
  entries: TurningPointInput[],
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): ContinuumPlacement {
  const features = continuumFeatures(entries, scale);
  const levels = [...scale.levels].sort((a, b) => b.level - a.level);
  for (const level of levels) {
    const evidence = evidenceFor(level, features);
    if (evidence) return placement(level, evidence);
  }
  return {
    level: 0,
    label: levels[levels.length - 1]?.label ?? 'isolation',
    evidence: [],
    rationale: '',
  };
}

function placement(level: ContinuumLevel, evidence: number[]): ContinuumPlacement {
  const rationale = level.rationale.replace('{entries}', evidence.join(', '));
  return { level: level.level, label: level.label, evidence, rationale };
}

/** A researcher's override: the new level with its reason; the computed level is kept. */
export function overrideContinuum(
  computed: ContinuumPlacement,
  level: number,
  reason: string,
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): ContinuumPlacement {
  const target = scale.levels.find((l) => l.level === level);
  if (!target)
    throw new RangeError(
      `continuum level ${level} is not on the scale (${scale.levels.map((l) => l.level).join(', ')})`,
    );
  if (reason.trim() === '') throw new RangeError('an override of the continuum needs a reason');
  const fromLevel = computed.override?.fromLevel ?? computed.level;
  return {
    level,
    label: target.label,
    evidence: computed.evidence,
    rationale: reason,
    override: { fromLevel, reason },
  };
}
