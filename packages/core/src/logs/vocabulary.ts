/**
 * The default vocabulary of log analysis, exactly as DOMAIN.md names it (agencies, event types,
 * framings, turning-point types). A study's lexicon may use other agency labels; event and
 * framing labels are fixed because the annotation rules (ANNOTATING-LOGS.md) are written for them.
 */
export const AGENCIES = [
  'police',
  'ambulance',
  'mental_health',
  'social_care',
  'health',
  'housing',
  'local_authority',
  'third_sector',
  'criminal_justice',
  'public',
] as const;
export type Agency = (typeof AGENCIES)[number];

/** Listed in the annotation guide's precedence order (ANNOTATING-LOGS.md §2), highest first. */
export const EVENT_TYPES = [
  'closure',
  'mha_power',
  'arrest',
  'asb_enforcement',
  'joint_action',
  'mh_assessment',
  'referral',
  'information_sharing',
  'support',
  'advice',
  'deploy',
  'risk_assessment',
  'report',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const FRAMINGS = ['crime_asb', 'health_welfare', 'risk_safety', 'unclear'] as const;
export type Framing = (typeof FRAMINGS)[number];

export const TURNING_POINT_TYPES = [
  'reframing',
  'escalation',
  'de_escalation',
  'handoff',
  'partner_engagement',
  'closure',
] as const;
export type TurningPointType = (typeof TURNING_POINT_TYPES)[number];

/** Agencies that are not partners: their contact never counts as joint working. */
export const NON_PARTNER_AGENCIES: readonly string[] = ['police', 'public'];
