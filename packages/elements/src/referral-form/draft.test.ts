import { expect } from '@open-wc/testing';
import { emptyDraft, FIRST_STEP_ANSWERS, type ReferralDraft } from './draft.js';
import { DRAFT_PATHS } from './prefill.js';
import { belongsTo, STEPS } from './steps.js';

describe('the answers of the first steps', () => {
  it('are those whose validation paths the referrer and patient steps ask about', () => {
    const first = STEPS.filter((step) => step.id === 'referrer' || step.id === 'patient');
    const asked = (Object.keys(emptyDraft) as (keyof ReferralDraft)[]).filter((key) =>
      first.some((step) => belongsTo(step, DRAFT_PATHS[key])),
    );
    expect([...FIRST_STEP_ANSWERS].sort()).to.deep.equal(asked.sort());
  });
});
