/**
 * Why a value was rejected: the reason slugs of the rules table in
 * test/fixtures/README.md ("Referrals" → "Rules"), shared by every validator.
 */
export type ReasonCode =
  | 'required'
  | 'type'
  | 'characters'
  | 'format'
  | 'length'
  | 'checksum'
  | 'repeated-digits'
  | 'invalid-date'
  | 'future'
  | 'too-old'
  | 'too-young'
  | 'too-long'
  | 'enum'
  | 'must-be-true'
  | 'unknown-term'
  | 'not-consented'
  | 'required-for-contact'
  | 'not-a-mobile'
  | 'required-for-interpreter'
  | 'required-when-risk-flagged'
  | 'after-submission'
  | 'not-allowed'
  | 'not-agreed'
  | 'already-withdrawn'
  | 'before-consent'
  | 'after-withdrawal';

/**
 * The verdict of one field validator: the normalised value, or the first
 * rule the value breaks. `C` narrows the codes a validator can give.
 */
export type FieldCheck<T, C extends ReasonCode = ReasonCode> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: C };

/** A passing check. */
export function pass<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failing check. */
export function fail<C extends ReasonCode>(code: C): { readonly ok: false; readonly code: C } {
  return { ok: false, code };
}
