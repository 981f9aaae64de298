import type { MessageKey, ReferralSource } from '@linkwork/core';

export type StepId =
  | 'referrer'
  | 'patient'
  | 'contact'
  | 'needs'
  | 'risk'
  | 'access'
  | 'activities'
  | 'consent'
  | 'check';

export interface StepDefinition {
  readonly id: StepId;
  /** Validation paths answered on this step: an error belongs to the step whose prefix it starts with. */
  readonly paths: readonly string[];
  /** Steps a host may leave out with the `steps` attribute. */
  readonly optional: boolean;
  readonly modes: readonly ReferralSource[];
}

const BOTH: readonly ReferralSource[] = ['staff', 'self'];
const STAFF: readonly ReferralSource[] = ['staff'];

/** One topic per step, in order (GOV.UK "one thing per page" where it helps). */
export const STEPS: readonly StepDefinition[] = [
  { id: 'referrer', paths: ['referrer'], optional: false, modes: STAFF },
  {
    id: 'patient',
    paths: [
      'patient.givenName',
      'patient.familyName',
      'patient.dateOfBirth',
      'patient.nhsNumber',
      'patient.gender',
    ],
    optional: false,
    modes: BOTH,
  },
  {
    id: 'contact',
    paths: ['patient.address', 'patient.phone', 'patient.email', 'patient.preferredContact'],
    optional: false,
    modes: BOTH,
  },
  { id: 'needs', paths: ['reasons', 'notes'], optional: false, modes: BOTH },
  { id: 'risk', paths: ['urgency', 'risk'], optional: true, modes: STAFF },
  {
    id: 'access',
    paths: ['patient.language', 'patient.interpreterNeeded', 'patient.accessibilityNeeds'],
    optional: true,
    modes: BOTH,
  },
  { id: 'activities', paths: ['activities'], optional: true, modes: BOTH },
  { id: 'consent', paths: ['consent', 'patient.contactTimes'], optional: false, modes: BOTH },
  { id: 'check', paths: [], optional: false, modes: BOTH },
];

type StaffOnly = 'referrer' | 'risk';

/** The key of a step's heading (and its name in check your answers), worded for the mode. */
export function stepTitle(step: StepId, mode: ReferralSource): MessageKey {
  const key:
    | `referral-form.step.${StaffOnly}`
    | `referral-form.step.${Exclude<StepId, StaffOnly>}.${ReferralSource}` =
    step === 'referrer' || step === 'risk'
      ? `referral-form.step.${step}`
      : `referral-form.step.${step}.${mode}`;
  return key satisfies MessageKey;
}

/** Whether a validation path is answered on `step`. */
export function belongsTo(step: StepDefinition, path: string): boolean {
  return step.paths.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
}

/**
 * The steps of a referral in a mode, without the optional steps a host left
 * out (`steps="risk activities"` keeps only those optional steps, plus every
 * required one) or that cannot work (`activities` without a directory).
 */
export function stepsFor(
  mode: ReferralSource,
  only?: readonly string[],
  unavailable: readonly StepId[] = [],
): StepDefinition[] {
  return STEPS.filter(
    (step) =>
      step.modes.includes(mode) &&
      !(step.optional && (unavailable.includes(step.id) || (only && !only.includes(step.id)))),
  );
}

/** The step a validation path is answered on, if any. */
export function stepOf(steps: readonly StepDefinition[], path: string): StepDefinition | undefined {
  return steps.find((step) => belongsTo(step, path));
}
