import type { MessageKey, ReferralSource } from '@linkwork/core';

export type StepId = 'patient' | 'contact' | 'needs' | 'check';

export interface StepDefinition {
  readonly id: StepId;
  /** Validation paths answered on this step: an error belongs to the step whose prefix it starts with. */
  readonly paths: readonly string[];
  /** Steps a host may leave out with the `steps` attribute. */
  readonly optional: boolean;
  readonly modes: readonly ReferralSource[];
}

/** One topic per step, in order (GOV.UK "one thing per page" where it helps). */
export const STEPS: readonly StepDefinition[] = [
  {
    id: 'patient',
    paths: ['patient.givenName', 'patient.familyName', 'patient.dateOfBirth', 'patient.nhsNumber'],
    optional: false,
    modes: ['staff', 'self'],
  },
  {
    id: 'contact',
    paths: [
      'patient.address',
      'patient.phone',
      'patient.email',
      'patient.preferredContact',
      'patient.contactTimes',
    ],
    optional: false,
    modes: ['staff', 'self'],
  },
  {
    id: 'needs',
    paths: ['reasons', 'notes'],
    optional: false,
    modes: ['staff', 'self'],
  },
  { id: 'check', paths: [], optional: false, modes: ['staff', 'self'] },
];

/** The key of a step's heading (and its name in check your answers), worded for the mode. */
export function stepTitle(step: StepId, mode: ReferralSource): MessageKey {
  const key: `referral-form.step.${StepId}.${ReferralSource}` = `referral-form.step.${step}.${mode}`;
  return key satisfies MessageKey;
}

/** Whether a validation path is answered on `step`. */
export function belongsTo(step: StepDefinition, path: string): boolean {
  return step.paths.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
}

/**
 * The steps of a referral in a mode, without the optional steps a host left
 * out (`steps="patient contact needs"` keeps only those, plus the required ones).
 */
export function stepsFor(mode: ReferralSource, only?: readonly string[]): StepDefinition[] {
  return STEPS.filter(
    (step) => step.modes.includes(mode) && (!step.optional || !only || only.includes(step.id)),
  );
}
