/**
 * Request bodies that core's validators do not cover (the search query, a
 * geocode request, a withdrawal), as strict schemas mirroring the OpenAPI
 * document, with issues turned into the document's field errors.
 */
import { checkText, dateTimeToEpochMs, hasForbiddenCharacters } from '@linkwork/core';
import * as z from 'zod/mini';
import type { FieldError } from './problem.js';

/** Text by core's rule for characters (see `hasForbiddenCharacters`), not blank, at most `max` UTF-16 units. */
const nonBlank = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.regex(/\S/),
    z.refine((value) => !hasForbiddenCharacters(value), { message: 'characters' }),
  );
const ids = (max: number) => z.array(z.string().check(z.minLength(1))).check(z.maxLength(max));
const weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const mode = z.enum(['in-person', 'online', 'phone', 'home-visit']);
const geoPoint = z.strictObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
const dateTime = z
  .string()
  .check(z.refine((value) => dateTimeToEpochMs(value) !== undefined, { message: 'format' }));

/** `ActivityQuery` in the OpenAPI document. */
export const ActivityQueryBody = z.strictObject({
  text: z.optional(z.string().check(z.maxLength(200))),
  taxonomy: z.optional(ids(50)),
  days: z.optional(z.array(weekday).check(z.maxLength(7))),
  timesOfDay: z.optional(
    z.array(z.enum(['morning', 'afternoon', 'evening'])).check(z.maxLength(3)),
  ),
  freeOnly: z.optional(z.boolean()),
  near: z.optional(
    z.union([
      z.strictObject({ postcode: z.string().check(z.minLength(1), z.maxLength(16)) }),
      z.strictObject({ point: geoPoint }),
    ]),
  ),
  radiusMiles: z.optional(z.number().check(z.gt(0), z.lte(200))),
  age: z.optional(z.int().check(z.gte(0), z.lte(130))),
  accessibility: z.optional(ids(20)),
  modes: z.optional(z.array(mode).check(z.maxLength(4))),
  languages: z.optional(ids(20)),
  includeInactive: z.optional(z.boolean()),
  sort: z.optional(z.enum(['relevance', 'distance', 'soonest', 'name'])),
  page: z.optional(z.int().check(z.gte(1))),
  size: z.optional(z.int().check(z.gte(1), z.lte(100))),
});

/** `GeocodeRequest`. */
export const GeocodeBody = z.strictObject({
  postcode: z.string().check(z.minLength(1), z.maxLength(16)),
});

const channel = z.enum(['phone', 'text', 'email', 'letter']);

/** `ConsentItem`: one part of a consent that can be withdrawn on its own. */
const ConsentItemBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('shareWithProviders') }),
  z.strictObject({ type: z.literal('partner'), name: nonBlank(200) }),
  z.strictObject({ type: z.literal('contactBy'), channel }),
  z.strictObject({ type: z.literal('followUp') }),
  z.strictObject({ type: z.literal('shareOutcomeWithGp') }),
]);

/** `ConsentWithdrawal`: the whole consent, or with `items` only those parts. */
export const WithdrawalBody = z.strictObject({
  at: dateTime,
  // Free text by core's rules (see parseWithdrawal): checked and normalised there.
  by: z.string(),
  items: z.optional(z.array(ConsentItemBody).check(z.minLength(1), z.maxLength(60))),
});

/** The inbox's query string. */
export const InboxQueryParams = z.object({
  page: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,8}$/))),
  size: z.optional(
    z.string().check(
      z.regex(/^[1-9][0-9]{0,2}$/),
      z.refine((v) => Number(v) <= 100),
    ),
  ),
  since: z.optional(dateTime),
});

type Issue = z.core.$ZodIssue;

function codeOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'type';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too-long' : 'out-of-range';
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? 'required' : 'out-of-range';
    case 'invalid_value':
      return 'enum';
    case 'invalid_union':
      return 'type';
    case 'custom':
      return issue.message === 'characters' ? 'characters' : 'format';
    default:
      return 'format';
  }
}

/** Zod issues as the document's field errors: dotted paths, one per field, first rule broken. */
export function fieldErrors(issues: readonly Issue[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const add = (path: readonly PropertyKey[], code: string, message: string) => {
    const dotted = path.map(String).join('.');
    if (seen.has(dotted)) return;
    seen.add(dotted);
    errors.push({ path: dotted, code, message });
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        add([...issue.path, key], 'not-allowed', 'This field is not part of the request');
    } else {
      const code = codeOf(issue);
      add(issue.path, code, MESSAGES[code] ?? 'This value is not valid');
    }
  }
  return errors;
}

/** Messages for developers; they never repeat the value. */
const MESSAGES: Record<string, string> = {
  required: 'This field is required',
  type: 'This value has the wrong type',
  'too-long': 'This value is too long',
  'out-of-range': 'This number is out of range',
  enum: 'This value is not one of the allowed values',
  format: 'This value is not in the expected format',
  characters: 'This value holds a control character or an unpaired surrogate',
};

/** The longest `by` of a withdrawal, in characters (as core counts them: code points after NFC). */
export const WITHDRAWN_BY_MAX_LENGTH = 100;

/**
 * A withdrawal request: the schema, then `by` as core checks free text
 * (no control characters or unpaired surrogates, not blank, at most 100
 * characters after NFC), normalised as core normalises names.
 */
export function parseWithdrawal(
  value: unknown,
): { ok: true; value: z.infer<typeof WithdrawalBody> } | { ok: false; errors: FieldError[] } {
  const parsed = parseBody(WithdrawalBody, value);
  const raw =
    typeof value === 'object' && value !== null ? (value as { by?: unknown }).by : undefined;
  const by = typeof raw === 'string' ? checkText(raw, WITHDRAWN_BY_MAX_LENGTH) : undefined;
  if (parsed.ok && by?.ok) return { ok: true, value: { ...parsed.value, by: by.value } };
  const errors = parsed.ok ? [] : parsed.errors.filter((error) => error.path !== 'by');
  if (by && !by.ok)
    errors.push({
      path: 'by',
      code: by.code,
      message: MESSAGES[by.code] ?? 'This value is not valid',
    });
  else if (!parsed.ok) errors.push(...parsed.errors.filter((error) => error.path === 'by'));
  // In the order of the document: at, by, items.
  const order = (path: string) => ['at', 'by'].indexOf(path.split('.')[0] ?? '') >>> 0;
  return { ok: false, errors: errors.sort((a, b) => order(a.path) - order(b.path)) };
}

/** Parses a value with a schema: the value, or the field errors. */
export function parseBody<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; errors: FieldError[] } {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: fieldErrors(result.error.issues) };
}
