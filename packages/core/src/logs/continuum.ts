/**
 * Placement of a log on the continuum of joint working (DOMAIN.md; ANNOTATING-LOGS.md §6): the
 * highest level whose rule the log's entries evidence. The scale (levels, labels, rules,
 * rationales) is data a study can edit; a rule is a list of alternatives, each a set of features
 * that must all be present somewhere in the log.
 */
import type { ContinuumPlacement } from './analysis-types.js';
import { takesPart, type TurningPointInput } from './turning-points.js';
import { insertSorted } from './sorted-indices.js';
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
  'protocol_in_use',
  'signposting',
] as const;

/**
 * Every version the product's default scale has had, oldest first: a study's own scale may take
 * none of them, so a stored placement's scale version names one scale only (1.0.0 before lexicon
 * 1.33.0; 1.1.0 adds protocols in use at level 4 and leaves attendance out of level 2).
 */
export const DEFAULT_CONTINUUM_SCALE_VERSIONS: readonly string[] = ['1.0.0', '1.1.0'];

export const DEFAULT_CONTINUUM_SCALE: ContinuumScale = {
  version: '1.1.0',
  ignoreAgencies: ['criminal_justice'],
  levels: [
    {
      level: 4,
      label: 'integration',
      // A protocol in use counts with a partner's contact: a protocol police follow alone joins
      // no agency's work to theirs (scale 1.1.0; DOMAIN.md lists standing joint protocols).
      requires: [
        ['embedded_staff'],
        ['standing_panel', 'regular_review'],
        ['protocol_in_use', 'partner_contact'],
      ],
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
 * Whether the entry has a partner that counts for the continuum: not the scale's ignored
 * agencies, and not the custody healthcare professional in its routine role (§6). Only whether
 * there is one is read, so no list of them is built.
 */
function hasPartner(e: TurningPointInput, scale: ContinuumScale): boolean {
  const custody = e.signals?.includes('custody_health') ?? false;
  const process = PROCESS_EVENTS.includes(e.event);
  for (const a of e.agencies) {
    if (NON_PARTNER_AGENCIES.includes(a)) continue;
    if (process && scale.ignoreAgencies.includes(a)) continue;
    if (!(custody && a === 'health')) return true;
  }
  return false;
}

/** Events that are the criminal process itself: charge, remand, court orders, closing the case. */
export const PROCESS_EVENTS: readonly string[] = ['arrest', 'asb_enforcement', 'closure', 'other'];

/**
 * Events in which a partner can give something back (§6 level 2); a referral needs accepting. Not
 * a deployment: officers attending with a partner listed (a warden at the door, the GP the person
 * speaks of) is no information shared back, and joint attendance is collaboration's own cue (§6
 * level 3). Over the labelled sets 13 logs the writers placed at 0 or 1 rested on such entries
 * alone (11 at 1, 2 at 0), and no log at 2 did (scale 1.1.0).
 */
const SHARING_EVENTS: readonly string[] = [
  'information_sharing',
  'mh_assessment',
  'mha_power',
  'joint_action',
  'support',
];

export function shares(e: TurningPointInput): boolean {
  if (!takesPart(e)) return false;
  if (e.event === 'referral') return e.signals?.includes('accepted') ?? false;
  // Police giving support while a partner only advises by phone is still one-way advice (§6
  // level 1 lists phone advice); the support is police's own, not the partner's share.
  if (e.event === 'support' && (e.cued?.includes('advice') ?? false)) return false;
  if (e.event === 'information_sharing' && (e.cued?.includes('advice') ?? false)) return false;
  return SHARING_EVENTS.includes(e.event);
}

const FEATURES: readonly string[] = CONTINUUM_FEATURES;

/**
 * Appends entry `i` to the list of each of its features (signals that are features, then the
 * computed ones), each feature once per entry. Entries come in ascending order, so a feature
 * already listed for this entry ends its list with `i`: no per-entry array of features is built.
 */
function addFeaturesOf(
  e: TurningPointInput,
  i: number,
  scale: ContinuumScale,
  map: Map<string, number[]>,
): void {
  const partner = hasPartner(e, scale);
  for (const s of e.signals ?? []) {
    // Police stepping back with nobody but the family in the entry hands nothing to an agency
    // ("no further police role: he is with his family"), so it is no sequence of agencies (§6).
    if (s === 'handoff' && !partner) continue;
    if (FEATURES.includes(s)) addFeature(map, s, i);
  }
  if (partner) addFeature(map, 'partner_contact', i);
  if (partner && shares(e)) addFeature(map, 'partner_shared', i);
  const joint = e.event === 'joint_action' || (e.cued?.includes('joint_action') ?? false);
  if (joint && (partner || e.agencies.length > 1)) addFeature(map, 'joint_action', i);
}

function addFeature(map: Map<string, number[]>, feature: string, i: number): void {
  const list = map.get(feature);
  if (!list) map.set(feature, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** Entry indices per feature over the whole log. */
export function continuumFeatures(
  entries: TurningPointInput[],
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let i = 0; i < entries.length; i++)
    addFeaturesOf(entries[i] as TurningPointInput, i, scale, map);
  return map;
}

/** The entries evidencing the first alternative of `level` whose features are all present. */
function evidenceFor(level: ContinuumLevel, features: Map<string, number[]>): number[] | null {
  for (const alternative of level.requires) {
    if (!allPresent(alternative, features)) continue;
    const out: number[] = [];
    for (const f of alternative) for (const i of features.get(f) ?? []) insertSorted(out, i);
    return out;
  }
  return null;
}

/** True when every feature of the alternative was found (`every` without a closure per level). */
function allPresent(alternative: string[], features: Map<string, number[]>): boolean {
  for (const f of alternative) if (!features.has(f)) return false;
  return true;
}

/**
 * The levels highest first, as a stable sort gives them: the scale's own array when it is in
 * that order already (as scales are written), so no copy is sorted per log.
 */
function levelsOf(scale: ContinuumScale): ContinuumLevel[] {
  const levels = scale.levels;
  for (let i = 1; i < levels.length; i++)
    if ((levels[i] as ContinuumLevel).level > (levels[i - 1] as ContinuumLevel).level)
      return [...levels].sort((a, b) => b.level - a.level);
  return levels;
}

export function placeOnContinuum(
  entries: TurningPointInput[],
  scale: ContinuumScale = DEFAULT_CONTINUUM_SCALE,
): ContinuumPlacement {
  const features = continuumFeatures(entries, scale);
  const levels = levelsOf(scale);
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
