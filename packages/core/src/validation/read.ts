/**
 * The reading side of validation: walks an unknown JSON value field by
 * field, records each field's first broken rule, and tells the caller
 * whether the field was valid, so that cross-field rules run only on valid
 * fields. Internal to `validation/`.
 */
import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import {
  validationMessage,
  type MessageAudience,
  type MessageParams,
} from '../messages/catalogue.js';
import type { FieldCheck, ReasonCode } from './check.js';
import type { FieldReason, ReferralField } from './fields.js';
import { checkText, hasForbiddenCharacters, normaliseText } from './text.js';

/** One reason a value was rejected. */
export interface ValidationError {
  /** Dotted path of the field (`patient.nhsNumber`, `consent.referral`, `reasons.1`); `''` for the whole value. */
  readonly path: string;
  /** The rule it broke (the `reason` slugs of the fixtures' rules table). */
  readonly code: ReasonCode;
  /** What to do about it, for people, in the requested locale (English until that locale is loaded). */
  readonly message: string;
  /** The values the message was filled with (`{ max: 100 }`), to word it again in another locale. */
  readonly params?: MessageParams;
}

/** The outcome of validating a whole value: the normalised value, or every field's first error. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** A field read: valid, with its normalised value (`undefined` when an optional field is absent), or invalid (already reported). */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

export const ABSENT: Read<undefined> = { ok: true, value: undefined };
export const INVALID: Read<never> = { ok: false };

/** A valid read. */
export function found<T>(value: T): Read<T> {
  return { ok: true, value };
}

/** The value of a valid read, else `undefined`. */
export function valueOf<T>(read: Read<T>): T | undefined {
  return read.ok ? read.value : undefined;
}

type Values<R extends Record<string, Read<unknown>>> = {
  [K in keyof R]: R[K] extends Read<infer V> ? V : never;
};

/** The values of all the reads when every one is valid, else `undefined`. */
export function all<R extends Record<string, Read<unknown>>>(reads: R): Values<R> | undefined {
  const values: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(reads)) {
    if (!read.ok) return undefined;
    values[key] = read.value;
  }
  return values as Values<R>;
}

/** A JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON `null` and a missing property both mean "not given". */
export function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

interface Finding {
  readonly path: string;
  readonly code: ReasonCode;
  readonly params?: MessageParams;
}

/** Where the reader is: the indexes of the arrays it is inside, outermost first. */
export type Indexes = readonly number[];

function pathOf(field: string, indexes: Indexes): string {
  let i = 0;
  return field
    .split('.')
    .map((part) => (part === 'N' ? String(indexes[i++]) : part))
    .join('.');
}

/** Where a path comes in form order (see `fieldOrderOf`). */
export type FieldOrder = (path: string) => number;

/** Collects errors: at most one per path, the first one reported. */
export class Findings {
  private readonly byPath = new Map<string, Finding>();

  /** `order` sorts the errors: the form order of the fields being validated. */
  constructor(private readonly order: FieldOrder) {}

  /** Records that `field` (at `indexes`) broke `code`, unless that path already has an error. */
  add<F extends ReferralField>(
    field: F,
    code: FieldReason<F>,
    indexes: Indexes = [],
    params?: MessageParams,
  ): void {
    const path = pathOf(field, indexes);
    if (!this.byPath.has(path))
      this.byPath.set(path, params ? { path, code, params } : { path, code });
  }

  /** Whether nothing has been reported. */
  get empty(): boolean {
    return this.byPath.size === 0;
  }

  /** The errors in form order, with messages in `locale` worded for `audience`. */
  errors(locale: Locale = DEFAULT_LOCALE, audience: MessageAudience = 'staff'): ValidationError[] {
    return [...this.byPath.values()]
      .map((finding, i) => ({ finding, i }))
      .sort((a, b) => comparePaths(a.finding.path, b.finding.path, this.order) || a.i - b.i)
      .map(({ finding }) => ({
        ...finding,
        message: validationMessage(finding.path, finding.code, finding.params, locale, audience),
      }));
  }
}

/**
 * Form order: fields in `order` (the table's order), array items by index,
 * everything about one item before the next (`consent.partners.0.agreed`
 * before `consent.partners.1.name`, `reasons.2` before `reasons.10`).
 */
export function comparePaths(a: string, b: string, order: FieldOrder): number {
  if (a === b) return 0;
  if (a === '' || b === '') return a === '' ? -1 : 1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const sa = pa[i] ?? '';
    const sb = pb[i] ?? '';
    if (sa === sb) continue;
    if (/^\d+$/.test(sa) && /^\d+$/.test(sb)) return Number(sa) - Number(sb);
    const byField = order(pa.slice(0, i + 1).join('.')) - order(pb.slice(0, i + 1).join('.'));
    return byField || (sa < sb ? -1 : 1);
  }
  return pa.length - pb.length;
}

/** A slot for `field` (at `indexes`, for array items). */
export function slot<F extends ReferralField>(
  findings: Findings,
  field: F,
  indexes?: Indexes,
): Slot<F> {
  return indexes ? { findings, field, indexes } : { findings, field };
}

/** Reading one property of an object. */
export interface Slot<F extends ReferralField> {
  readonly findings: Findings;
  readonly field: F;
  readonly indexes?: Indexes;
  /** Parameters for this field's messages (`{ line: 2 }`). */
  readonly params?: MessageParams;
}

/**
 * Reads a string. Absent, `null`, empty or blank: `required` when required,
 * else absent. Not a string: `type`. A control character or an unpaired
 * surrogate: `characters`. Otherwise the `check` decides (its
 * `required` also means blank), or, without one, the text is trimmed and
 * NFC-normalised.
 */
export function readString<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: true,
  check?: (value: string) => FieldCheck<string, FieldReason<F> | 'required'>,
  params?: MessageParams,
): Read<string>;
export function readString<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  check?: (value: string) => FieldCheck<string, FieldReason<F> | 'required'>,
  params?: MessageParams,
): Read<string | undefined>;
export function readString<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  check?: (value: string) => FieldCheck<string, FieldReason<F> | 'required'>,
  params?: MessageParams,
): Read<string | undefined> {
  const { findings, field, indexes } = slot;
  params = params ?? slot.params;
  if (isAbsent(raw) || (typeof raw === 'string' && raw.trim() === '')) {
    if (!required) return ABSENT;
    findings.add(field, 'required' as FieldReason<F>, indexes, slot.params);
    return INVALID;
  }
  if (typeof raw !== 'string') {
    findings.add(field, 'type', indexes);
    return INVALID;
  }
  // Before any field's own rule: no field holds these (see hasForbiddenCharacters).
  if (hasForbiddenCharacters(raw)) {
    findings.add(field, 'characters', indexes);
    return INVALID;
  }
  if (!check) return found(normaliseText(raw));
  const result = check(raw);
  if (result.ok) return found(result.value);
  if (result.code === 'required') {
    if (!required) return ABSENT;
    findings.add(field, 'required' as FieldReason<F>, indexes, slot.params);
  } else {
    findings.add(field, result.code as FieldReason<F>, indexes, params);
  }
  return INVALID;
}

/** Reads free text of at most `maxLength` characters (`too-long`). */
export function readText<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: true,
  maxLength: number,
): Read<string>;
export function readText<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  maxLength: number,
): Read<string | undefined>;
export function readText<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  maxLength: number,
): Read<string | undefined> {
  const check = (value: string): FieldCheck<string, FieldReason<F>> => {
    const result = checkText(value, maxLength);
    return result.ok ? result : { ok: false, code: result.code as FieldReason<F> };
  };
  return readString(slot, raw, required, check, { ...slot.params, max: maxLength });
}

/** Reads one of `values` (after trimming): otherwise `enum`. */
export function readEnum<F extends ReferralField, T extends string>(
  slot: Slot<F>,
  raw: unknown,
  required: true,
  values: readonly T[],
): Read<T>;
export function readEnum<F extends ReferralField, T extends string>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  values: readonly T[],
): Read<T | undefined>;
export function readEnum<F extends ReferralField, T extends string>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  values: readonly T[],
): Read<T | undefined> {
  const read = readString(slot, raw, required, (value) => {
    const trimmed = value.trim();
    return (values as readonly string[]).includes(trimmed)
      ? { ok: true, value: trimmed }
      : { ok: false, code: 'enum' as FieldReason<F> };
  });
  return read as Read<T | undefined>;
}

/** Reads a boolean: absent or `null` → `required` when required; anything else → `type`. */
export function readBoolean<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: true,
): Read<boolean>;
export function readBoolean<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
): Read<boolean | undefined>;
export function readBoolean<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
): Read<boolean | undefined> {
  if (isAbsent(raw)) {
    if (!required) return ABSENT;
    slot.findings.add(slot.field, 'required' as FieldReason<F>, slot.indexes);
    return INVALID;
  }
  if (typeof raw !== 'boolean') {
    slot.findings.add(slot.field, 'type', slot.indexes);
    return INVALID;
  }
  return found(raw);
}

/** Reads an object: absent or `null` → `required` when required; not an object → `type`. */
export function readObject<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: true,
): Read<Record<string, unknown>>;
export function readObject<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
): Read<Record<string, unknown> | undefined>;
export function readObject<F extends ReferralField>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
): Read<Record<string, unknown> | undefined> {
  if (isAbsent(raw)) {
    if (!required) return ABSENT;
    slot.findings.add(slot.field, 'required' as FieldReason<F>, slot.indexes);
    return INVALID;
  }
  if (!isRecord(raw)) {
    slot.findings.add(slot.field, 'type', slot.indexes);
    return INVALID;
  }
  return found(raw);
}

/**
 * Reads an array, then each item with `item` (which reports its own errors).
 * Absent, `null` or empty: `required` when required, else absent. Not an
 * array: `type`. Valid only when every item is.
 */
export function readArray<F extends ReferralField, T>(
  slot: Slot<F>,
  raw: unknown,
  required: true,
  item: (raw: unknown, index: number) => Read<T>,
): Read<T[]>;
export function readArray<F extends ReferralField, T>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  item: (raw: unknown, index: number) => Read<T>,
): Read<T[] | undefined>;
export function readArray<F extends ReferralField, T>(
  slot: Slot<F>,
  raw: unknown,
  required: boolean,
  item: (raw: unknown, index: number) => Read<T>,
): Read<T[] | undefined> {
  if (isAbsent(raw) || (Array.isArray(raw) && raw.length === 0)) {
    if (!required) return ABSENT;
    slot.findings.add(slot.field, 'required' as FieldReason<F>, slot.indexes);
    return INVALID;
  }
  if (!Array.isArray(raw)) {
    slot.findings.add(slot.field, 'type', slot.indexes);
    return INVALID;
  }
  const values: T[] = [];
  let ok = true;
  raw.forEach((element: unknown, index) => {
    const read = item(element, index);
    if (read.ok) values.push(read.value);
    else ok = false;
  });
  return ok ? found(values) : INVALID;
}

/** Copies an object without its `undefined` properties, so absent stays absent. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
