/**
 * Checks of a study's de-identification settings as read from a file or a request, so that the
 * CLI, the server and the store refuse the same mistakes with the same words. Each check returns
 * the problems found (empty when valid), each naming the field.
 */
import { ENTITY_TYPES } from './entity-types.js';

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const DETECTION_KEYS = ['crimeRefPatterns', 'places', 'organisations', 'agencies'];
const POLICY_KEYS = ['dates', 'maxShiftDays', 'placeholders'];

function unknownKeys(value: Record<string, unknown>, known: string[], at: string): string[] {
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map((k) => `${at}.${k} is not a setting (known: ${known.join(', ')})`);
}

function stringList(value: unknown, at: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    return [`${at} must be a list of non-empty strings`];
  }
  return [];
}

/** A crime-reference pattern must compile as a JavaScript regular expression. */
function patternProblems(value: unknown): string[] {
  const list = stringList(value, 'detection.crimeRefPatterns');
  if (list.length > 0 || value === undefined) return list;
  return (value as string[]).flatMap((source, i) => {
    try {
      new RegExp(source, 'g');
      return [];
    } catch (e) {
      return [
        `detection.crimeRefPatterns[${i}] is not a regular expression: ${(e as Error).message}`,
      ];
    }
  });
}

export function detectionSettingsProblems(value: unknown): string[] {
  if (!isObject(value)) return ['detection must be an object'];
  const problems = unknownKeys(value, DETECTION_KEYS, 'detection');
  problems.push(...patternProblems(value.crimeRefPatterns));
  problems.push(...stringList(value.places, 'detection.places'));
  problems.push(...stringList(value.organisations, 'detection.organisations'));
  if (value.agencies !== undefined && typeof value.agencies !== 'boolean') {
    problems.push('detection.agencies must be true or false');
  }
  return problems;
}

function datesProblems(value: unknown): string[] {
  if (value === undefined) return [];
  if (!isObject(value)) return ['policy.dates must be an object'];
  return Object.entries(value).flatMap(([type, how]) => {
    if (type !== 'DATE' && type !== 'DATE_OF_BIRTH') {
      return [`policy.dates.${type}: only DATE and DATE_OF_BIRTH have a date treatment`];
    }
    return how === 'shift' || how === 'placeholder'
      ? []
      : [`policy.dates.${type} must be "shift" or "placeholder"`];
  });
}

export function policyProblems(value: unknown): string[] {
  if (!isObject(value)) return ['policy must be an object'];
  const problems = unknownKeys(value, POLICY_KEYS, 'policy');
  problems.push(...datesProblems(value.dates));
  const days = value.maxShiftDays;
  if (
    days !== undefined &&
    !(Number.isInteger(days) && (days as number) >= 1 && (days as number) <= 3650)
  ) {
    problems.push('policy.maxShiftDays must be a whole number of days from 1 to 3650');
  }
  const types = value.placeholders;
  if (types !== undefined) {
    const known = ENTITY_TYPES as readonly unknown[];
    if (!Array.isArray(types) || types.some((t) => !known.includes(t))) {
      problems.push(`policy.placeholders must list entity types (${ENTITY_TYPES.join(', ')})`);
    }
  }
  return problems;
}

/** Problems of `{ detection, policy }` as a whole. */
export function deidSettingsProblems(value: unknown): string[] {
  if (!isObject(value)) return ['settings must be an object { detection, policy }'];
  const problems = unknownKeys(value, ['detection', 'policy'], 'settings');
  return [
    ...problems,
    ...detectionSettingsProblems(value.detection),
    ...policyProblems(value.policy),
  ];
}
