/**
 * The study's pseudonym table: one readable replacement per identifier, the same in every
 * document and every run ("Person 7", "[PHONE 3]", a date shifted by a per-person offset or
 * "[DATE 4]"). Entries are found by HMAC-SHA-256(study secret, type NUL canonical form)
 * (NOTES.md §7.6), so a table keyed this way cannot be searched for a name without the secret.
 * The table (with the original spellings) is the re-identification key: it belongs in the
 * encrypted key file, never in the study.
 *
 * Core is pure and browser-safe, so the HMAC is injected (`nodeHmac` in @liaison/store;
 * WebCrypto's async HMAC cannot serve this synchronous API).
 */
import type { Detection, EntityType } from '../entity-types.js';
import { canonicalForm, personTokens } from './canonical-form.js';
import { shiftIsoDate } from './parse-date.js';
import { fullNameOf, linkPerson } from './person-linking.js';

/** HMAC-SHA-256 of `data` (UTF-8) under `key`, as lower-case hex. */
export type HmacFn = (key: Uint8Array, data: string) => string;

export type DateTreatment = 'shift' | 'placeholder';
type DateType = 'DATE' | 'DATE_OF_BIRTH';

export interface PseudonymPolicy {
  /** Per date type: shift by the person's offset, or replace by `[DATE n]`. */
  dates?: Partial<Record<DateType, DateTreatment>>;
  /** Largest shift in days (either direction); default 365. */
  maxShiftDays?: number;
  /**
   * Types replaced by a bare placeholder (`[PHONE]`) instead of a numbered pseudonym: the
   * researcher's choice when linking mentions of one identifier is not wanted. No entry is kept.
   */
  placeholders?: EntityType[];
}

export const DEFAULT_POLICY: Required<PseudonymPolicy> = {
  dates: { DATE: 'shift', DATE_OF_BIRTH: 'placeholder' },
  maxShiftDays: 365,
  placeholders: [],
};

export interface PseudonymEntry {
  type: EntityType;
  /** HMAC-SHA-256 (hex) of `type NUL canonical` (dates shifted: `… NUL person key`). */
  key: string;
  /** The replacement written into the text. */
  label: string;
  /** The canonical form the key was computed from. */
  canonical: string;
  /** Every spelling this label replaced: the way back to the identity. */
  originals: string[];
}

export interface PseudonymTableState {
  version: 1;
  /** Labels handed out per type (the next is `counter + 1`). */
  counters: Partial<Record<EntityType, number>>;
  entries: PseudonymEntry[];
}

export interface Replacement {
  startUtf16: number;
  endUtf16: number;
  type: EntityType;
  replacement: string;
}

export interface PseudonymTableOptions {
  secret: Uint8Array;
  hmac: HmacFn;
  policy?: PseudonymPolicy;
  state?: PseudonymTableState;
}

export function emptyTableState(): PseudonymTableState {
  return { version: 1, counters: {}, entries: [] };
}

function labelFor(type: EntityType, n: number): string {
  return type === 'PERSON' ? `Person ${n}` : `[${type} ${n}]`;
}

/** Per-document context while assigning: its full names and the last person named. */
interface DocumentContext {
  fullNames: Set<string>;
  lastPerson: string;
}

export class PseudonymTable {
  private readonly secret: Uint8Array;
  private readonly hmac: HmacFn;
  private readonly policy: Required<PseudonymPolicy>;
  private readonly data: PseudonymTableState;
  private readonly byKey = new Map<string, PseudonymEntry>();
  private readonly fullNames = new Set<string>();

  constructor(options: PseudonymTableOptions) {
    this.secret = options.secret;
    this.hmac = options.hmac;
    const dates = { ...DEFAULT_POLICY.dates, ...options.policy?.dates };
    this.policy = {
      maxShiftDays: options.policy?.maxShiftDays ?? 365,
      dates,
      placeholders: options.policy?.placeholders ?? [],
    };
    if (!(this.policy.maxShiftDays >= 1)) throw new RangeError('maxShiftDays must be at least 1');
    this.data = structuredClone(options.state ?? emptyTableState());
    for (const entry of this.data.entries) this.index(entry);
  }

  /** Records the full names among a document's detections, so surnames elsewhere link to them. */
  learn(detections: readonly Detection[]): void {
    for (const name of documentFullNames(detections)) this.fullNames.add(name);
  }

  /** One replacement per detection (in text order), creating table entries as needed. */
  replacementsFor(text: string, detections: readonly Detection[]): Replacement[] {
    const sorted = [...detections].sort((a, b) => a.startUtf16 - b.startUtf16);
    const context: DocumentContext = { fullNames: documentFullNames(sorted), lastPerson: '' };
    return sorted.map((d) => {
      const original = text.slice(d.startUtf16, d.endUtf16);
      const replacement = this.replace(d.type, original, context);
      return { startUtf16: d.startUtf16, endUtf16: d.endUtf16, type: d.type, replacement };
    });
  }

  /** A copy of the table, for the key file. */
  state(): PseudonymTableState {
    return structuredClone(this.data);
  }

  /** How many distinct identifiers of each type the table holds (no identities). */
  counts(): Partial<Record<EntityType, number>> {
    return countEntries(this.data);
  }

  /** The original spellings behind a replacement (re-identification, with the key only). */
  originalsOf(label: string): string[] {
    const hits = this.data.entries.filter((e) => e.label === label);
    return hits.flatMap((e) => e.originals);
  }

  private replace(type: EntityType, original: string, context: DocumentContext): string {
    if (this.policy.placeholders.includes(type)) return `[${type}]`;
    if (type === 'PERSON') {
      const key = linkPerson(personTokens(original), context.fullNames, this.fullNames);
      context.lastPerson = key;
      return this.labelled(type, key || original.toLowerCase(), original);
    }
    const canonical = canonicalForm(type, original);
    if (isDateType(type) && this.policy.dates[type] === 'shift' && isIso(canonical)) {
      return this.shifted(type, canonical, context.lastPerson, original);
    }
    return this.labelled(type, canonical, original);
  }

  private labelled(type: EntityType, canonical: string, original: string): string {
    const key = this.hmac(this.secret, `${type}\u0000${canonical}`);
    const existing = this.byKey.get(key);
    if (existing) return this.remember(existing, original);
    const n = (this.data.counters[type] ?? 0) + 1;
    this.data.counters[type] = n;
    return this.add({ type, key, label: labelFor(type, n), canonical, originals: [original] });
  }

  private shifted(type: EntityType, iso: string, person: string, original: string): string {
    const key = this.hmac(this.secret, `${type}\u0000${iso}\u0000${person}`);
    const existing = this.byKey.get(key);
    if (existing) return this.remember(existing, original);
    const label = shiftIsoDate(iso, this.offsetDays(person));
    return this.add({ type, key, label, canonical: iso, originals: [original] });
  }

  /** A person's date offset in days: ±(1…maxShiftDays), from the HMAC of their key. */
  offsetDays(personKey: string): number {
    const h = this.hmac(this.secret, `date-shift\u0000${personKey}`);
    const magnitude = 1 + (parseInt(h.slice(0, 8), 16) % this.policy.maxShiftDays);
    return parseInt(h.slice(8, 10), 16) % 2 === 0 ? magnitude : -magnitude;
  }

  private add(entry: PseudonymEntry): string {
    this.data.entries.push(entry);
    this.index(entry);
    return entry.label;
  }

  private remember(entry: PseudonymEntry, original: string): string {
    if (!entry.originals.includes(original)) entry.originals.push(original);
    return entry.label;
  }

  private index(entry: PseudonymEntry): void {
    this.byKey.set(entry.key, entry);
    if (entry.type === 'PERSON' && fullNameOf(entry.canonical.split(' '))) {
      this.fullNames.add(entry.canonical);
    }
  }
}

function isDateType(type: EntityType): type is DateType {
  return type === 'DATE' || type === 'DATE_OF_BIRTH';
}

function isIso(canonical: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(canonical);
}

function documentFullNames(detections: readonly Detection[]): Set<string> {
  const names = new Set<string>();
  for (const d of detections) {
    if (d.type !== 'PERSON') continue;
    const name = fullNameOf(personTokens(d.text));
    if (name) names.add(name);
  }
  return names;
}

/** Distinct identifiers per type in a table state (shifted dates count under their type). */
export function countEntries(state: PseudonymTableState): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  for (const e of state.entries) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}
