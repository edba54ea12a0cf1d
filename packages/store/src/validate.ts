/** Input checks shared by the repositories; each failure names the field and what to do. */
import { StoreError } from './errors.js';

export function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new StoreError('store.invalid_input', `${what} must be a non-empty string.`);
  }
  return value;
}

export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  what: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new StoreError(
      'store.invalid_input',
      `${what} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)}).`,
    );
  }
  return value as T;
}

/** String-to-string attributes only: they come from registers and spreadsheets. */
export function requireAttributes(value: unknown, what: string): Record<string, string> {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string');
  if (!ok) throw new StoreError('store.invalid_input', `${what} must map names to strings.`);
  return { ...(value as Record<string, string>) };
}

/**
 * The listed keys of a patch that are not `undefined`, so `{ ...before, ...patch }` keeps old
 * values and a caller cannot slip in other fields (such as `id`).
 */
export function pickDefined<T extends object, K extends keyof T>(
  patch: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (patch[key] !== undefined) out[key] = patch[key];
  return out;
}
