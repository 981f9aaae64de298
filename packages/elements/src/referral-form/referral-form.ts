import {
  addMessages,
  defaultTaxonomy,
  referralFormEn,
  type ReferralSource,
  type Taxonomy,
  type ValidationError,
} from '@linkwork/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../base/base.styles.js';
import { controlStyles } from '../base/controls.styles.js';
import { LinkworkElement } from '../base/linkwork-element.js';
import {
  errorSummary,
  FieldInteractions,
  fieldStyles,
  focusErrorSummary,
} from '../fields/index.js';
import { DRAFT_PATHS, draftErrors, emptyDraft, type ReferralDraft } from './draft.js';
import { referralFormStyles } from './referral-form.styles.js';
import { belongsTo, stepsFor, stepTitle, type StepDefinition, type StepId } from './steps.js';
import { checkStep } from './steps/check-step.js';
import { contactStep } from './steps/contact-step.js';
import { needsStep } from './steps/needs-step.js';
import { patientStep } from './steps/patient-step.js';
import { fieldId, type StepView } from './steps/step-view.js';

addMessages(referralFormEn);

/** Detail of `lw-step-change`: the step now shown. */
export interface StepChangeDetail {
  readonly step: StepId;
  readonly index: number;
  readonly total: number;
}

declare global {
  interface HTMLElementEventMap {
    'lw-step-change': CustomEvent<StepChangeDetail>;
  }
}

/** The field (validation path) an error belongs to: `patient.contactTimes.1` → `patient.contactTimes`. */
function fieldOf(step: StepDefinition, path: string): string {
  return step.paths.find((prefix) => path === prefix || path.startsWith(`${prefix}.`)) ?? path;
}

/**
 * A referral to a social prescribing service, by practice staff or by the
 * patient themselves: one topic per step, errors in the GOV.UK pattern, then
 * check your answers. Form-associated: inside a host `<form>` it contributes
 * the referral JSON and its validity.
 *
 * @tagname lw-referral-form
 * @summary Staff referrals and self-referrals to social prescribing, step by step.
 * @fires lw-step-change - A new step is shown. Detail: `{ step, index, total }`.
 * @csspart heading - The step's heading.
 * @csspart progress - "Step 1 of 4".
 * @csspart error-summary - The list of problems on the step.
 * @csspart field - Each field's group; `field-error` too when it has an error.
 * @csspart label - Field labels. @csspart hint - Hint text. @csspart error-message - Inline errors.
 * @csspart input - Text inputs. @csspart textarea - Text areas.
 * @csspart continue-button - Continue. @csspart back-button - Back.
 * @csspart summary - Each step's answers on check your answers.
 * @csspart change-button - "Change" on check your answers.
 */
export class ReferralForm extends LinkworkElement {
  static formAssociated = true;
  static override styles = [baseStyles, fieldStyles, controlStyles, referralFormStyles];

  /** `staff`: a GP, nurse or receptionist refers a patient. `self`: the patient refers themselves. */
  @property({ reflect: true }) mode: ReferralSource = 'staff';

  /** The needs a referral can name. Default: the Linkwork needs taxonomy. */
  @property({ attribute: false }) taxonomy: Taxonomy = defaultTaxonomy;

  /** Answers the portal already knows (for example from the patient record). */
  @property({ attribute: false }) prefill: Partial<ReferralDraft> | undefined;

  /** The youngest age a patient may be referred at (service rule). */
  @property({ type: Number, attribute: 'minimum-age' }) minimumAge = 18;

  /** A clock, for tests and demos; the system clock by default. */
  @property({ attribute: false }) now: (() => Date) | undefined;

  @state() private draft: ReferralDraft = emptyDraft;
  @state() private stepIndex = 0;
  @state() private disabled = false;
  /** Set when "Change" on check your answers sent the person back: Continue returns there. */
  private returnToCheck = false;
  private interactions = new Map<StepId, FieldInteractions>();
  private focusAfterRender: 'summary' | 'heading' | undefined;
  private errorsCache: { inputs: unknown[]; errors: ValidationError[] } | undefined;
  private readonly internals = this.attachInternals();

  private get steps(): StepDefinition[] {
    return stepsFor(this.mode);
  }

  private get step(): StepDefinition {
    const steps = this.steps;
    return steps[Math.min(this.stepIndex, steps.length - 1)] as StepDefinition;
  }

  private interactionsOf(step: StepId): FieldInteractions {
    let interactions = this.interactions.get(step);
    if (!interactions) {
      interactions = new FieldInteractions();
      this.interactions.set(step, interactions);
    }
    return interactions;
  }

  /** The draft's problems, worked out once per change of what they depend on (the draft is immutable). */
  private errors(): ValidationError[] {
    const inputs = [this.draft, this.locale, this.mode, this.minimumAge, this.taxonomy, this.now];
    const cached = this.errorsCache;
    if (cached && inputs.every((input, index) => input === cached.inputs[index]))
      return cached.errors;
    const errors = draftErrors(this.draft, {
      source: this.mode,
      locale: this.locale,
      taxonomy: this.taxonomy,
      minimumAge: this.minimumAge,
      ...(this.now ? { now: this.now } : {}),
    });
    this.errorsCache = { inputs, errors };
    return errors;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('prefill') && this.prefill) {
      this.draft = { ...emptyDraft, ...this.prefill };
      // Prefilled answers are checked at once: nobody will "leave" a field they did not type in.
      for (const key of Object.keys(this.prefill) as (keyof ReferralDraft)[]) {
        const path = DRAFT_PATHS[key];
        const step = this.steps.find((candidate) => belongsTo(candidate, path));
        const value = JSON.stringify(this.prefill[key]);
        if (step) this.interactionsOf(step.id).start(path, value, { prefilled: true });
      }
    }
  }

  override updated(): void {
    const errors = this.errors();
    this.internals.setFormValue(JSON.stringify(this.draft));
    const first = errors[0];
    if (first) {
      const anchor =
        this.renderRoot.querySelector<HTMLElement>('input, textarea, select') ?? undefined;
      this.internals.setValidity({ customError: true }, first.message, anchor);
    } else {
      this.internals.setValidity({});
    }
    const focus = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (focus === 'summary') focusErrorSummary(this.renderRoot);
    else if (focus === 'heading')
      this.renderRoot.querySelector<HTMLElement>('.lw-heading')?.focus();
  }

  /** Resets to the first step and the prefill, as the host form's reset does. */
  formResetCallback(): void {
    this.draft = { ...emptyDraft, ...this.prefill };
    this.interactions.clear();
    this.stepIndex = 0;
    this.returnToCheck = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  private goTo(index: number): void {
    this.stepIndex = index;
    this.focusAfterRender = 'heading';
    const steps = this.steps;
    this.emit<StepChangeDetail>('lw-step-change', {
      step: (steps[index] as StepDefinition).id,
      index,
      total: steps.length,
    });
  }

  private onContinue(event: Event): void {
    event.preventDefault();
    const step = this.step;
    const problems = this.errors().filter((error) => belongsTo(step, error.path));
    if (problems.length > 0) {
      this.interactionsOf(step.id).submitted = true;
      this.focusAfterRender = 'summary';
      this.requestUpdate();
      return;
    }
    const steps = this.steps;
    const check = steps.findIndex((candidate) => candidate.id === 'check');
    if (this.returnToCheck && check >= 0) {
      this.returnToCheck = false;
      this.goTo(check);
    } else if (this.stepIndex < steps.length - 1) {
      this.goTo(this.stepIndex + 1);
    }
  }

  private onBack(): void {
    if (this.stepIndex > 0) this.goTo(this.stepIndex - 1);
  }

  private view(step: StepDefinition): StepView {
    const interactions = this.interactionsOf(step.id);
    const errors = this.errors();
    return {
      draft: this.draft,
      mode: this.mode,
      locale: this.locale,
      taxonomy: this.taxonomy,
      disabled: this.disabled,
      t: (key, params) => this.t(key, params),
      errorFor: (path) =>
        interactions.showsError(path)
          ? errors.find((error) => error.path === path || error.path.startsWith(`${path}.`))
              ?.message
          : undefined,
      change: (path, patch) => {
        this.draft = { ...this.draft, ...patch };
        interactions.input(path, JSON.stringify(patch));
      },
      leave: (path) => {
        interactions.leave(path);
        this.requestUpdate();
      },
    };
  }

  private renderStep(step: StepDefinition, view: StepView) {
    switch (step.id) {
      case 'patient':
        return patientStep(view);
      case 'contact':
        return contactStep(view);
      case 'needs':
        return needsStep(view);
      case 'check':
        return checkStep(view, this.steps, (id) => {
          this.returnToCheck = true;
          this.goTo(this.steps.findIndex((candidate) => candidate.id === id));
        });
    }
  }

  override render() {
    const steps = this.steps;
    const step = this.step;
    const view = this.view(step);
    const interactions = this.interactionsOf(step.id);
    const summary = interactions.submitted
      ? this.errors()
          .filter((error) => belongsTo(step, error.path))
          .map((error) => ({
            targetId: fieldId(fieldOf(step, error.path)),
            message: error.message,
          }))
      : [];
    const isCheck = step.id === 'check';
    return html`<form novalidate @submit=${this.onContinue}>
      ${
        this.stepIndex > 0
          ? html`<button
              type="button"
              class="lw-link-button lw-back"
              part="back-button"
              ?disabled=${this.disabled}
              @click=${this.onBack}
            >
              ${this.t('common.back')}
            </button>`
          : nothing
      }
      <p class="lw-progress" part="progress">
        ${this.t('referral-form.progress', { current: this.stepIndex + 1, total: steps.length })}
      </p>
      ${errorSummary({ title: this.t('summary.title'), errors: summary })}
      <h2 class="lw-heading" part="heading" tabindex="-1">
        ${this.t(stepTitle(step.id, this.mode))}
      </h2>
      <fieldset class="lw-fieldset" ?disabled=${this.disabled}>
        ${this.renderStep(step, view)}
      </fieldset>
      ${
        isCheck
          ? nothing
          : html`<div class="lw-actions">
              <button class="lw-button" part="continue-button" ?disabled=${this.disabled}>
                ${this.t('common.continue')}
              </button>
            </div>`
      }
    </form>`;
  }
}
