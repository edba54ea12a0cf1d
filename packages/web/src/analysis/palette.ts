/**
 * Colours and names for the analysis vocabulary (DOMAIN.md): one colour per agency, framing and
 * continuum level, and a short code per event type for the timeline's marks. Agency colours are
 * the Tableau 10 palette (Tableau Software, 2016), chosen to stay distinct for colour-blind
 * readers; every colour is also given in words (legend, labels, tables).
 */
// The vocabulary alone: importing values from '@liaison/core' would bundle all of core.
import {
  AGENCIES,
  EVENT_TYPES,
  FRAMINGS,
  type EventType,
  type Framing,
} from '@liaison/core/vocabulary';

const TABLEAU_10 = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** Colour of an entry that no agency acts in, and of agencies outside the default list. */
export const NO_AGENCY_COLOUR = '#6b6b6b';

export function agencyColour(agency: string | undefined): string {
  const index = agency === undefined ? -1 : (AGENCIES as readonly string[]).indexOf(agency);
  return index === -1 ? NO_AGENCY_COLOUR : (TABLEAU_10[index] as string);
}

export const FRAMING_COLOURS: Record<Framing, string> = {
  crime_asb: '#c44e52',
  health_welfare: '#4c9a6a',
  risk_safety: '#dd8452',
  unclear: '#c8c8c8',
};

/** Continuum levels 0 to 4, light to dark (more joint working reads darker). */
const LEVEL_COLOURS = ['#d7e3e3', '#a6c8c7', '#6fa8a6', '#3a8683', '#0b6363'];

export function levelColour(level: number): string {
  return LEVEL_COLOURS[Math.max(0, Math.min(LEVEL_COLOURS.length - 1, level))] as string;
}

/** Short codes drawn beside each timeline entry; the legend spells them out. */
export const EVENT_CODES: Record<EventType, string> = {
  closure: 'CL',
  mha_power: 'MHA',
  arrest: 'AR',
  asb_enforcement: 'ASB',
  joint_action: 'JA',
  mh_assessment: 'MHX',
  referral: 'REF',
  information_sharing: 'INF',
  support: 'SUP',
  advice: 'ADV',
  deploy: 'DEP',
  risk_assessment: 'RA',
  report: 'REP',
  other: '·',
};

/** Names that plain capitalisation would get wrong. */
const SPECIAL_LABELS: Record<string, string> = {
  crime_asb: 'Crime / ASB',
  mha_power: 'MHA power',
  mh_assessment: 'MH assessment',
  asb_enforcement: 'ASB enforcement',
  de_escalation: 'De-escalation',
};

/** `mental_health` → `Mental health`; `crime_asb` → `Crime / ASB`. */
export function labelOf(key: string): string {
  const special = SPECIAL_LABELS[key];
  if (special) return special;
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Colours of the series (sites, datasets) in the study charts, in order; they repeat after six. */
const SERIES_COLOURS = ['#0b6363', '#c26d00', '#6a51a3', '#3182bd', '#9c755f', '#d6616b'];

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
}

export { AGENCIES, EVENT_TYPES, FRAMINGS };
