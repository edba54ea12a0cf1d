/**
 * The researcher's replacement choice per entity type, as the CLI (`deid settings set --policy
 * TYPE=CHOICE`) and the web settings section show it, mapped onto `PseudonymPolicy`:
 * - `pseudonym`: a numbered replacement kept consistent study-wide (`Person 7`, `[PHONE 3]`;
 *   for dates `[DATE 2]`, the policy's date treatment `placeholder`);
 * - `placeholder`: the bare type (`[PHONE]`), no entry kept (`policy.placeholders`);
 * - `shift`: dates only, moved by the person's consistent offset (`policy.dates[type] = 'shift'`).
 */
import { ENTITY_TYPES, type EntityType } from '../entity-types.js';
import { DEFAULT_POLICY, type PseudonymPolicy } from './pseudonym-table.js';

export const REPLACEMENT_CHOICES = ['pseudonym', 'placeholder', 'shift'] as const;
export type ReplacementChoice = (typeof REPLACEMENT_CHOICES)[number];

const DATE_TYPES: readonly EntityType[] = ['DATE', 'DATE_OF_BIRTH'];
const isDateType = (type: EntityType): type is 'DATE' | 'DATE_OF_BIRTH' =>
  DATE_TYPES.includes(type);

/** The choices that apply to a type: `shift` only to dates. */
export function choicesFor(type: EntityType): readonly ReplacementChoice[] {
  return isDateType(type) ? REPLACEMENT_CHOICES : ['pseudonym', 'placeholder'];
}

export function replacementChoice(policy: PseudonymPolicy, type: EntityType): ReplacementChoice {
  if (policy.placeholders?.includes(type)) return 'placeholder';
  if (!isDateType(type)) return 'pseudonym';
  const treatment = policy.dates?.[type] ?? DEFAULT_POLICY.dates[type];
  return treatment === 'shift' ? 'shift' : 'pseudonym';
}

/** `policy` with `type` replaced as `choice`; throws a RangeError for `shift` on a non-date. */
export function withReplacementChoice(
  policy: PseudonymPolicy,
  type: EntityType,
  choice: ReplacementChoice,
): PseudonymPolicy {
  if (!choicesFor(type).includes(choice)) {
    throw new RangeError(
      `${type} cannot be "${choice}": shift applies to DATE and DATE_OF_BIRTH only`,
    );
  }
  const others = (policy.placeholders ?? []).filter((t) => t !== type);
  const placeholders = choice === 'placeholder' ? [...others, type] : others;
  const next: PseudonymPolicy = { ...policy, placeholders };
  if (isDateType(type) && choice !== 'placeholder') {
    next.dates = { ...policy.dates, [type]: choice === 'shift' ? 'shift' : 'placeholder' };
  }
  return next;
}

/** Parses `TYPE=CHOICE` (type case-insensitive); throws a RangeError saying what is wrong. */
export function parseReplacementChoice(spec: string): {
  type: EntityType;
  choice: ReplacementChoice;
} {
  const match = /^\s*([A-Za-z_]+)\s*=\s*([A-Za-z]+)\s*$/.exec(spec);
  if (!match) throw new RangeError(`"${spec}" is not TYPE=CHOICE (e.g. PHONE=placeholder)`);
  const type = match[1]!.toUpperCase();
  const choice = match[2]!.toLowerCase();
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new RangeError(`unknown type "${match[1]}" (one of ${ENTITY_TYPES.join(', ')})`);
  }
  if (!(REPLACEMENT_CHOICES as readonly string[]).includes(choice)) {
    throw new RangeError(`unknown choice "${match[2]}" (one of ${REPLACEMENT_CHOICES.join(', ')})`);
  }
  return { type: type as EntityType, choice: choice as ReplacementChoice };
}
