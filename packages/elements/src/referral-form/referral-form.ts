import { ContextConsumer } from '@lit/context';
import {
  addMessages,
  referralFormStartEn,
  type Backend,
  type DraftPersistence,
  type DraftStore,
  type FieldError,
  type Receipt,
  type Referral,
  type ReferralSource,
  type ReferralSubmission,
  type ReasonCode,
  type SubmitResult,
  type Taxonomy,
  type ValidationError,
  validationMessage,
} from '@linkwork/core';
import { html, nothing, type PropertyValues } from 'lit';
import { backendContext } from '../base/backend-context.js';
import { actionStyles, linkButtonStyles } from '../base/actions.styles.js';
import type {} from '../base/errors.js';
import { LinkworkElement } from '../base/linkwork-element.js';
import type { ConsentConfiguration } from '../consent-capture/configuration.js';
import { addStyles } from '../base/late-styles.js';
import { onDemand } from '../base/on-demand.js';
import {
  dateInputStyles,
  errorSummary,
  errorSummaryStyles,
  FieldInteractions,
  fieldFrameStyles,
  fieldsetStyles,
  focusErrorSummary,
  inputWidthStyles,
  textControlStyles,
} from '../fields/index.js';
import type { Outcome } from './confirmation.js';
import {
  checkDraft,
  FIRST_STEP_ANSWERS,
  emptyDraft,
  NO_TERMS,
  type DraftContext,
  type ReferralDraft,
} from './draft.js';
import type { EmbedKind, Embeds } from './embeds.js';
import type { PrefillProblem, ReferralPrefill } from './prefill.js';
import { referralFormStyles } from './referral-form.styles.js';
import type { Sending } from './sending.js';
import {
  belongsTo,
  stepOf,
  stepsFor,
  stepTitle,
  type StepDefinition,
  type StepId,
} from './steps.js';
import type { EmbedView } from './steps/embedded-steps.js';
import { patientStep } from './steps/patient-step.js';
import { referrerStep } from './steps/referrer-step.js';
import { fieldId, type StepView } from './steps/step-view.js';

// The words of the later steps come with them (`later`).
addMessages(referralFormStartEn);

/** The steps a form can start on (staff: referrer; self: patient), in the first load; the rest is `later-steps`. */
const FIRST_STEPS: ReadonlySet<StepId> = new Set(['referrer', 'patient']);

/** Whether `answers` hold anything for a later step: only the later steps' rules can judge it. */
function answersLater(answers: Partial<ReferralDraft>): boolean {
  return Object.entries(answers).some(
    ([key, answer]) =>
      !FIRST_STEP_ANSWERS.has(key as keyof ReferralDraft) &&
      JSON.stringify(answer) !== JSON.stringify(emptyDraft[key as keyof ReferralDraft]),
  );
}

/**
 * Defines an embedded element (`Embeds`, which comes with the later steps, loads it): imported
 * from here, as in the script-tag bundle these modules are in its entry, and a chunk importing
 * them would turn the entry into a facade.
 */
const defineEmbedded = (kind: EmbedKind): Promise<unknown> =>
  kind === 'picker'
    ? import('../define/lw-activity-picker.js')
    : import('../define/lw-consent-capture.js');

/** The later steps, with their words (added here: see `later-steps.ts`). */
const later = onDemand(() =>
  import('./later-steps.js').then((module) => {
    addMessages(module.referralFormLaterEn);
    return module;
  }),
);

/** Reading a prefill and keeping drafts: only for forms that have them. */
const given = onDemand(() => import('./given-answers.js'));

/** Detail of `lw-step-change`: the step now shown. */
export interface StepChangeDetail {
  readonly step: StepId;
  readonly index: number;
  readonly total: number;
}

/** Detail of `lw-change`: the answers so far, and whether they make a valid referral. */
export interface ReferralChangeDetail {
  readonly answers: ReferralDraft;
  readonly valid: boolean;
}

/** Detail of `lw-submit` (cancelable): prevent it to send `referral` yourself, then call `showReceipt`. */
export interface ReferralSubmitDetail {
  readonly referral: Referral;
}

/** Detail of `lw-submitted`: the backend stored the referral. */
export interface ReferralSubmittedDetail {
  readonly referral: Referral;
  readonly receipt: Receipt;
}

/** Detail of `lw-queued`: saved on this device, sent automatically later. */
export interface ReferralQueuedDetail {
  /** The idempotency key it will be sent with. */
  readonly key: string;
  readonly reason: string;
}

/** Detail of the form's `lw-error`. */
export interface ReferralFormErrorDetail {
  readonly code:
    | 'invalid-prefill'
    | 'no-backend'
    | 'invalid'
    | 'unauthorised'
    | 'conflict'
    | 'refused'
    | 'failed';
  /** For `invalid-prefill`: the prefilled fields left out. */
  readonly problems?: readonly PrefillProblem[];
  /** For `invalid`: the fields the backend rejected. */
  readonly fields?: readonly FieldError[];
}

declare module '../base/errors.js' {
  interface LinkworkErrorDetails {
    'referral-form': ReferralFormErrorDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'lw-step-change': CustomEvent<StepChangeDetail>;
    'lw-change': CustomEvent<ReferralChangeDetail>;
    'lw-submit': CustomEvent<ReferralSubmitDetail>;
    'lw-submitted': CustomEvent<ReferralSubmittedDetail>;
    'lw-queued': CustomEvent<ReferralQueuedDetail>;
  }
}

/** Why pressing Send did not send: shown on check your answers. */
type SendProblem = 'no-backend' | 'unauthorised' | 'conflict' | 'refused' | 'failed';

/** What a draft in storage holds: the answers and the step the person was on. */
interface SavedForm {
  readonly answers: ReferralDraft;
  readonly step: StepId;
}

/** Keeps, from a stored draft, only answers of the right shape (storage may be old or tampered with). */
function restoreAnswers(value: unknown): ReferralDraft {
  if (typeof value !== 'object' || value === null) return emptyDraft;
  const stored = value as Record<string, unknown>;
  const answers: Record<string, unknown> = { ...emptyDraft };
  for (const [key, empty] of Object.entries(emptyDraft)) {
    const candidate = stored[key];
    const sameShape =
      key === 'consent'
        ? typeof candidate === 'object'
        : Array.isArray(empty)
          ? Array.isArray(candidate) && candidate.every((item) => typeof item === 'string')
          : typeof candidate === typeof empty && candidate !== null;
    if (sameShape) answers[key] = candidate ?? undefined;
  }
  return answers as unknown as ReferralDraft;
}

/**
 * A referral to a social prescribing service, by practice staff or by the
 * patient themselves: one topic per step, errors in the GOV.UK pattern, check
 * your answers, then a confirmation with the reference. Sends through core's
 * reliable submission (retries, an outbox when offline, never stored twice).
 * Form-associated: inside a host `<form>` it contributes the referral JSON and
 * its validity.
 *
 * @tagname lw-referral-form
 * @summary Staff referrals and self-referrals to social prescribing, step by step.
 * @fires lw-step-change - A new step is shown. Detail: `{ step, index, total }`.
 * @fires lw-change - An answer changed. Detail: `{ answers, valid }`.
 * @fires lw-submit - Cancelable: the person pressed Send with a valid referral. Detail: `{ referral }`.
 * @fires lw-submitted - The backend stored it. Detail: `{ referral, receipt }`.
 * @fires lw-queued - Saved on this device; it will be sent automatically. Detail: `{ key, reason }`.
 * @fires lw-error - Bad prefill, no backend, or the backend refused. Detail: `{ code, problems?, fields? }`.
 * @slot service-name - The service's name, shown above each step's heading.
 * @slot next-steps - "What happens next" on the confirmation, instead of the default text.
 * @csspart heading - The step's heading.
 * @csspart progress - "Step 1 of 9".
 * @csspart error-summary - The list of problems on the step.
 * @csspart field - Each field's group; `field-error` too when it has an error.
 * @csspart label - Field labels. @csspart hint - Hint text. @csspart error-message - Inline errors.
 * @csspart input - Text inputs. @csspart textarea - Text areas. @csspart select - Selects.
 * @csspart continue-button - Continue and Send. @csspart back-button - Back.
 * @csspart summary - Each step's answers on check your answers.
 * @csspart change-button - "Change" on check your answers.
 * @csspart panel - The confirmation panel. @csspart reference - The reference number.
 * @csspart another-button - "Make another referral".
 */
export class ReferralForm extends LinkworkElement {
  static formAssociated = true;
  // The first steps' fields (text inputs, the date of birth, the error summary); the later
  // steps bring theirs (summary list, choices, select, textarea) and their own rules (later.styles.ts).
  static override styles = [
    ...LinkworkElement.styles,
    fieldFrameStyles,
    fieldsetStyles,
    textControlStyles,
    inputWidthStyles,
    dateInputStyles,
    errorSummaryStyles,
    actionStyles,
    linkButtonStyles,
    referralFormStyles,
  ];

  // Declared here rather than with decorators: the decorators' helpers are a first-load cost (decision 0015).
  static override properties = {
    mode: { reflect: true },
    taxonomy: { attribute: false },
    prefill: { attribute: false },
    backend: { attribute: false },
    directory: { attribute: false },
    submission: { attribute: false },
    consentConfiguration: { attribute: false },
    steps: {},
    name: { reflect: true },
    draft: {},
    minimumAge: { type: Number, attribute: 'minimum-age' },
    now: { attribute: false },
    answers: { state: true },
    stepIndex: { state: true },
    disabled: { state: true },
    sending: { state: true },
    outcome: { state: true },
    sendProblem: { state: true },
    restored: { state: true },
    loadFailed: { state: true },
  };

  /** `staff`: a GP, nurse or receptionist refers a patient. `self`: the patient refers themselves. */
  mode: ReferralSource = 'staff';

  /** The needs a referral can name. Default (unset): the Linkwork needs taxonomy, loaded with the later steps. */
  taxonomy: Taxonomy | undefined;

  /** What the portal already knows: the patient, the signed-in referrer (the shape of a `Referral`). */
  prefill: ReferralPrefill | undefined;

  /** Where referrals are sent (and activities found). Default: the nearest `backendContext` provider. */
  backend: Backend | undefined;

  /** The directory the activities step searches, when it is not `backend` (an Open Referral UK feed). */
  directory: Backend | undefined;

  /** A page's own `ReferralSubmission` (shared outbox, custom retry policy); made from `backend` otherwise. */
  submission: ReferralSubmission | undefined;

  /** The consent wording and partner organisations; a plain default when absent. */
  consentConfiguration: ConsentConfiguration | undefined;

  /** The optional steps to ask, space-separated (`risk access activities`); all of them when absent. */
  steps: string | undefined;

  /** The name the referral JSON is submitted under in a host `<form>`. */
  name = '';

  /** Keep a draft so a reload loses nothing: `session` (this tab) or `local` (this device, 24 hours). Off by default. */
  draft: DraftPersistence = 'none';

  /** The youngest age a patient may be referred at (service rule). */
  minimumAge = 18;

  /** A clock, for tests and demos; the system clock by default. */
  now: (() => Date) | undefined;

  /** The nearest `backendContext` provider's backend (the consumer asks Lit to update when it changes). */
  private readonly provided = new ContextConsumer(this, {
    context: backendContext,
    subscribe: true,
  });

  private answers: ReferralDraft = emptyDraft;
  private stepIndex = 0;
  private disabled = false;
  private sending = false;
  private outcome: Outcome | undefined;
  private sendProblem: SendProblem | undefined;
  private restored = false;
  /** A chunk the form needed could not be loaded (offline): the step that needs it offers to try again. */
  private loadFailed = false;
  /** Whether the later steps' styles are in this form's shadow root (addLaterStyles). */
  private hasLaterStyles = false;
  /** The prefill, to apply once reading it has loaded (its chunk failed: see `loadFailed`). */
  private prefillToApply = false;
  /** The drafts, to open once keeping them has loaded. */
  private draftsToOpen = false;
  /** Messages the backend gave for fields, shown until the field changes. */
  private serverErrors: ValidationError[] = [];
  /** Set when "Change" on check your answers sent the person back: Continue returns there. */
  private returnToCheck = false;
  private interactions = new Map<StepId, FieldInteractions>();
  private focusAfterRender: 'summary' | 'heading' | undefined;
  private checked: { inputs: unknown[]; result: ReturnType<typeof checkDraft> } | undefined;
  private readonly internals = this.attachInternals();
  /** The embedded picker and consent capture, made with the later steps that show them. */
  private embeds: Embeds | undefined;
  private drafts: DraftStore<SavedForm> | undefined;
  /** The answers before the person changed anything (empty, or the prefill): never kept as a draft. */
  private pristine: ReferralDraft = emptyDraft;
  private draftKey: string | undefined;
  private sender: Promise<Sending> | undefined;
  private senderFor: unknown;

  private get flow(): StepDefinition[] {
    return stepsFor(
      this.mode,
      this.steps?.split(/[\s,]+/).filter(Boolean),
      this.directoryBackend ? [] : ['activities'],
    );
  }

  private get step(): StepDefinition {
    const steps = this.flow;
    return steps[Math.min(this.stepIndex, steps.length - 1)] as StepDefinition;
  }

  private get sendingBackend(): Backend | undefined {
    return this.backend ?? this.provided.value;
  }

  private get directoryBackend(): Backend | undefined {
    return this.directory ?? this.sendingBackend;
  }

  private interactionsOf(step: StepId): FieldInteractions {
    let interactions = this.interactions.get(step);
    if (!interactions) {
      interactions = new FieldInteractions();
      this.interactions.set(step, interactions);
    }
    return interactions;
  }

  /** What the answers are judged against: the mode, language, taxonomy, age rule and clock. */
  private draftContext(): DraftContext {
    return {
      source: this.mode,
      locale: this.locale,
      taxonomy: this.needsTaxonomy,
      minimumAge: this.minimumAge,
      ...(this.now ? { now: this.now } : {}),
    };
  }

  /** The answers as a referral, or their problems: worked out once per change of what they depend on. */
  private check(): ReturnType<typeof checkDraft> {
    const rules = later.module?.validateReferralAgainst;
    const inputs = [
      this.answers,
      this.locale,
      this.mode,
      this.minimumAge,
      this.needsTaxonomy,
      this.now,
      rules,
    ];
    const cached = this.checked;
    if (cached && inputs.every((input, index) => input === cached.inputs[index]))
      return cached.result;
    const result = checkDraft(this.answers, this.draftContext(), rules);
    this.checked = { inputs, result };
    return result;
  }

  private errors(): ValidationError[] {
    const result = this.check();
    return [...this.serverErrors, ...(result.ok ? [] : result.errors)];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.openDrafts();
  }

  /** The host's taxonomy, else the default once its chunk is here (`undefined` until then). */
  private get needsTaxonomy(): Taxonomy | undefined {
    return this.taxonomy ?? later.module?.defaultTaxonomy;
  }

  /**
   * Whether the next render needs the later steps' chunk: to show one of them,
   * or to judge answers of theirs (from a prefill, a draft or a restored form):
   * the rules of the whole referral and the default taxonomy come in that chunk.
   */
  private get showsLaterSteps(): boolean {
    return (
      this.outcome !== undefined ||
      !FIRST_STEPS.has(this.step.id) ||
      answersLater(this.answers) ||
      answersLater(given.module?.readPrefill(this.prefill).values ?? {})
    );
  }

  /** Whether the first steps wait for their prefill or draft, whose chunk could not be loaded. */
  private get givenPending(): boolean {
    return !given.module && (this.prefillToApply || this.draftsToOpen);
  }

  /**
   * Holds an update until the chunks it needs are here, so nothing renders
   * half a step and `updateComplete` still means "rendered": reading the
   * prefill and the drafts (before the first render of a form that has them:
   * it starts from them), and the later steps when the update would show one
   * (Continue pressed at once, a restored draft, a host's `showReceipt`) or
   * must judge their answers.
   */
  // Lit's own signature: a promise only when the update must wait, so other updates cost nothing more.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    const needed = this.loadFailed ? undefined : this.chunkNeeded();
    if (!needed) return super.scheduleUpdate();
    return needed.then(
      () => this.scheduleUpdate(),
      () => {
        this.loadFailed = true;
        super.scheduleUpdate();
      },
    );
  }

  /** Loads the chunk the next render needs and does not have yet, if any. */
  private chunkNeeded(): Promise<unknown> | undefined {
    if (!given.module && (this.prefill !== undefined || this.keepsDrafts)) {
      // The later steps too, at once: the prefill or draft may hold their answers.
      this.prefetchLaterSteps();
      return given.load().then(() => {
        // Restored here, before the update, so that it waits for the later steps a draft may need.
        if (this.draftsToOpen) this.openDrafts();
      });
    }
    if (!later.module && this.showsLaterSteps) return later.load();
    return undefined;
  }

  private prefetchLaterSteps(): void {
    later.load().catch(() => {
      // Reported when a later step is shown (loadFailed), with a way to try again.
    });
  }

  protected override firstUpdated(): void {
    // Fetched while the person answers the first step, so Continue never waits in practice.
    this.prefetchLaterSteps();
  }

  private retryLoading(): void {
    this.loadFailed = false;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.sender?.then((sending) => sending.close());
    this.sender = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.addLaterStyles();
    if (changed.has('draft') && this.isConnected) this.openDrafts();
    if ((changed.has('prefill') || this.prefillToApply) && !this.restored) this.applyPrefill();
  }

  /**
   * Gives this form the later steps' styles once their chunk is here: before any render that
   * could show a later step (those wait for the chunk in scheduleUpdate), so none shows unstyled.
   */
  private addLaterStyles(): void {
    if (this.hasLaterStyles || !later.module) return;
    const { summaryStyles, choiceStyles, selectStyles, textareaStyles, referralFormLaterStyles } =
      later.module;
    addStyles(this, [
      summaryStyles,
      selectStyles,
      textareaStyles,
      choiceStyles,
      referralFormLaterStyles,
    ]);
    this.hasLaterStyles = true;
  }

  private get keepsDrafts(): boolean {
    return this.draft === 'session' || this.draft === 'local';
  }

  /** Opens the opt-in draft store and restores what it holds (once keeping drafts has loaded). */
  private openDrafts(): void {
    this.draftsToOpen = false;
    if (!this.keepsDrafts) {
      this.drafts = undefined;
      return;
    }
    if (!given.module) {
      // The next update waits for it (scheduleUpdate), then opens them.
      this.draftsToOpen = true;
      this.requestUpdate();
      return;
    }
    this.drafts = given.module.createDraftStore<SavedForm>({
      storage: this.draft,
      key: `linkwork:referral-form:${this.mode}`,
      ttlMs: 24 * 60 * 60 * 1000,
      ...(this.now ? { now: this.now } : {}),
    });
    const saved = this.drafts.load();
    if (!saved) return;
    this.draftKey = saved.idempotencyKey;
    this.answers = restoreAnswers(saved.value.answers);
    const index = this.flow.findIndex((step) => step.id === saved.value.step);
    this.stepIndex = Math.max(0, index);
    this.restored = true;
  }

  private applyPrefill(): void {
    const module = given.module;
    this.prefillToApply = !module && this.prefill !== undefined;
    const { values, problems } = module?.readPrefill(this.prefill) ?? { values: {}, problems: [] };
    let answers: ReferralDraft = { ...emptyDraft, ...values };
    // A prefilled value that validation refuses is left out, field by field: the person types it.
    // Later steps' answers cannot be judged before their rules are here (their chunk failed, or a
    // reset came first): the first steps' rules leave them be; validation judges them once it arrives.
    const result = checkDraft(answers, this.draftContext(), later.module?.validateReferralAgainst);
    if (!result.ok && module) {
      for (const error of result.errors) {
        if (error.code.startsWith('required')) continue;
        for (const key of module
          .draftKeysAt(error.path)
          .filter((candidate) => candidate in values)) {
          answers = { ...answers, [key]: emptyDraft[key] };
          problems.push({ path: module.DRAFT_PATHS[key], code: error.code });
        }
      }
    }
    this.answers = answers;
    this.pristine = answers;
    this.interactions.clear();
    if (problems.length > 0)
      this.emit<ReferralFormErrorDetail>('lw-error', { code: 'invalid-prefill', problems });
  }

  override updated(changed: PropertyValues): void {
    const result = this.check();
    this.internals.setFormValue(
      result.ok ? JSON.stringify(result.referral) : null,
      JSON.stringify({ answers: this.answers, step: this.step.id } satisfies SavedForm),
    );
    if (result.ok) this.internals.setValidity({});
    else {
      const anchor =
        this.renderRoot.querySelector<HTMLElement>('input, textarea, select, button') ?? undefined;
      this.internals.setValidity({ customError: true }, result.errors[0]?.message ?? '', anchor);
    }
    // Not on the first render: nothing was typed yet, so there is nothing to keep or report.
    const answered = changed.has('answers') && changed.get('answers') !== undefined;
    if (answered || (changed.has('stepIndex') && changed.get('stepIndex') !== undefined))
      this.saveDraft();
    if (answered)
      this.emit<ReferralChangeDetail>('lw-change', { answers: this.answers, valid: result.ok });
    if (this.sendingBackend && !this.sender && this.hasUpdated) this.startSender();
    const focus = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (focus === 'summary') focusErrorSummary(this.renderRoot);
    else if (focus === 'heading')
      this.renderRoot.querySelector<HTMLElement>('.lw-heading')?.focus();
  }

  private saveDraft(): void {
    if (!this.drafts || this.outcome || this.answers === this.pristine) return;
    this.draftKey ??= given.module?.newIdempotencyKey();
    if (!this.draftKey) return;
    this.drafts.save({ answers: this.answers, step: this.step.id }, this.draftKey);
  }

  /** Loads submission (its own module) and connects it: flushes anything this device still holds. */
  private startSender(): Promise<Sending> {
    const source = this.submission ?? this.sendingBackend;
    if (this.sender && this.senderFor === source) return this.sender;
    void this.sender?.then((sending) => sending.close());
    this.senderFor = source;
    const drafts = this.drafts;
    this.sender = import('./sending.js').then(
      ({ Sending }) =>
        new Sending(
          this.submission ?? { backend: source as Backend, ...(drafts ? { drafts } : {}) },
          (key, receipt) => {
            if (this.outcome?.kind === 'queued' && this.outcome.key === key)
              this.delivered(receipt);
          },
        ),
    );
    return this.sender;
  }

  /** Resets to the first step and the prefill, as the host form's reset does. */
  formResetCallback(): void {
    this.startAgain();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const saved = JSON.parse(state) as Partial<SavedForm>;
      this.answers = restoreAnswers(saved.answers);
      this.stepIndex = Math.max(
        0,
        this.flow.findIndex((step) => step.id === saved.step),
      );
    } catch {
      // Not ours: keep the form as it is.
    }
  }

  /** Clears the answers and any draft, and starts from the first step with the portal's prefill. */
  startAgain(): void {
    this.drafts?.clear();
    this.draftKey = undefined;
    this.restored = false;
    this.outcome = undefined;
    this.sendProblem = undefined;
    this.serverErrors = [];
    this.returnToCheck = false;
    this.inProgress = undefined;
    this.applyPrefill();
    this.goTo(0);
  }

  /** Shows the confirmation for a referral the host sent itself (after preventing `lw-submit`). */
  showReceipt(receipt: Receipt): void {
    // The referral is judged for `lw-submitted` by the whole referral's rules, which come with the later steps.
    if (later.module) this.delivered(receipt);
    else
      void later
        .load()
        .catch(() => {
          // The confirmation says it could not load, with Try again.
        })
        .then(() => this.delivered(receipt));
  }

  private delivered(receipt: Receipt): void {
    const result = this.check();
    this.drafts?.clear();
    this.outcome = { kind: 'sent', reference: receipt.reference };
    this.focusAfterRender = 'heading';
    if (result.ok)
      this.emit<ReferralSubmittedDetail>('lw-submitted', { referral: result.referral, receipt });
  }

  private goTo(index: number): void {
    this.stepIndex = index;
    this.focusAfterRender = 'heading';
    const steps = this.flow;
    this.emit<StepChangeDetail>('lw-step-change', {
      step: (steps[index] as StepDefinition).id,
      index,
      total: steps.length,
    });
  }

  /** Goes to the first step with a problem, up to `last`, showing its error summary. Returns whether there was one. */
  private showProblems(errors: readonly ValidationError[], last: number): boolean {
    const steps = this.flow;
    const index = steps.findIndex(
      (step, at) => at <= last && errors.some((error) => belongsTo(step, error.path)),
    );
    if (index < 0) return false;
    this.interactionsOf((steps[index] as StepDefinition).id).submitted = true;
    if (index !== this.stepIndex) this.goTo(index);
    this.focusAfterRender = 'summary';
    this.requestUpdate();
    return true;
  }

  private onContinue(event: Event): void {
    event.preventDefault();
    if (this.sending) return;
    // Problems on this step, or new ones on an earlier step (consent can make a contact answer wrong).
    if (this.showProblems(this.errors(), this.stepIndex)) return;
    const steps = this.flow;
    const check = steps.findIndex((candidate) => candidate.id === 'check');
    if (this.step.id === 'check') void this.send();
    else if (this.returnToCheck && check >= 0) {
      this.returnToCheck = false;
      this.goTo(check);
    } else if (this.stepIndex < steps.length - 1) this.goTo(this.stepIndex + 1);
  }

  private onBack(): void {
    if (this.stepIndex > 0) this.goTo(this.stepIndex - 1);
  }

  private inProgress: ReturnType<ReferralSubmission['start']> | undefined;

  private async send(): Promise<void> {
    const result = this.check();
    if (!result.ok) {
      // Problems no step asks about (a bad taxonomy id from the portal): show them here.
      this.interactionsOf('check').submitted = true;
      this.focusAfterRender = 'summary';
      this.requestUpdate();
      return;
    }
    this.sendProblem = undefined;
    if (
      !this.emit<ReferralSubmitDetail>(
        'lw-submit',
        { referral: result.referral },
        { cancelable: true },
      )
    )
      return;
    if (!this.sendingBackend && !this.submission) return this.fail('no-backend');
    this.sending = true;
    try {
      const sending = await this.startSender();
      this.inProgress ??= sending.submission.start();
      this.onResult(await this.inProgress.submit(result.referral));
    } catch {
      this.fail('failed');
    } finally {
      this.sending = false;
    }
  }

  private onResult(result: SubmitResult): void {
    switch (result.status) {
      case 'delivered':
        return this.delivered(result.receipt);
      case 'queued':
        this.outcome = { kind: 'queued', key: result.key, offline: result.reason === 'offline' };
        this.focusAfterRender = 'heading';
        this.emit<ReferralQueuedDetail>('lw-queued', { key: result.key, reason: result.reason });
        return;
      case 'invalid': {
        this.serverErrors = result.errors.map((error) => ({
          path: error.path,
          code: error.code as ReasonCode,
          message: validationMessage(
            error.path,
            error.code as ReasonCode,
            {},
            this.locale,
            this.mode,
          ),
        }));
        this.emit<ReferralFormErrorDetail>('lw-error', { code: 'invalid', fields: result.errors });
        // Fixed, Continue comes back here to send again (with the same key).
        this.returnToCheck = true;
        if (!this.showProblems(this.serverErrors, this.flow.length)) this.fail('refused');
        return;
      }
      case 'unauthorised':
        return this.fail('unauthorised');
      case 'rejected':
        return this.fail(result.reason);
    }
  }

  private fail(code: SendProblem): void {
    this.sendProblem = code;
    this.emit<ReferralFormErrorDetail>('lw-error', { code });
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.lw-send-problem')?.focus(),
    );
  }

  private view(step: StepDefinition): StepView {
    const interactions = this.interactionsOf(step.id);
    const errors = this.errors();
    return {
      draft: this.answers,
      mode: this.mode,
      locale: this.locale,
      taxonomy: this.needsTaxonomy ?? NO_TERMS,
      disabled: this.disabled || this.sending,
      t: (key, params) => this.t(key, params),
      errorFor: (path) =>
        interactions.showsError(path)
          ? errors.find((error) => error.path === path || error.path.startsWith(`${path}.`))
              ?.message
          : undefined,
      change: (path, patch) => {
        this.answers = { ...this.answers, ...patch };
        this.serverErrors = this.serverErrors.filter((error) => !error.path.startsWith(path));
        interactions.input(path, JSON.stringify(patch));
      },
      leave: (path) => {
        interactions.leave(path);
        this.requestUpdate();
      },
    };
  }

  private embedView(embeds: Embeds, kind: 'picker' | 'consent'): EmbedView {
    return {
      state: embeds.state(kind),
      retry: () => embeds.load(kind),
      now: this.now ?? (() => new Date()),
    };
  }

  /** Shown in place of a step, or the confirmation, whose chunk could not be loaded. */
  private loadProblem() {
    return html`<div class="lw-warning" role="alert">
      <p>${this.t('referral-form.load-failed')}</p>
      <button
        type="button"
        class="lw-button lw-button--secondary"
        @click=${() => this.retryLoading()}
      >
        ${this.t('referral-form.try-again')}
      </button>
    </div>`;
  }

  private renderStep(step: StepDefinition, view: StepView) {
    if (this.givenPending) return this.loadProblem();
    if (step.id === 'referrer') return referrerStep(view);
    if (step.id === 'patient') return patientStep(view);
    if (!later.module) return this.loadProblem();
    const {
      accessStep,
      activitiesStep,
      checkStep,
      consentStep,
      contactStep,
      Embeds,
      needsStep,
      riskStep,
    } = later.module;
    const embeds = (this.embeds ??= new Embeds(this, defineEmbedded));
    switch (step.id) {
      case 'contact':
        return contactStep(view);
      case 'needs':
        return needsStep(view);
      case 'risk':
        return riskStep(view);
      case 'access':
        return accessStep(view);
      case 'activities':
        return activitiesStep(view, this.embedView(embeds, 'picker'), this.directoryBackend);
      case 'consent':
        return consentStep(view, this.embedView(embeds, 'consent'), {
          configuration: this.consentConfiguration ?? embeds.defaultConsent,
          given: (consent, contactTimes) => {
            this.answers = { ...this.answers, consent, contactTimes: [...contactTimes] };
            this.interactionsOf('consent').input('consent', consent.at);
          },
          redo: () => {
            this.answers = { ...this.answers, consent: undefined, contactTimes: [] };
          },
        });
      case 'check':
        return checkStep(view, this.flow, (id) => {
          this.returnToCheck = true;
          this.goTo(this.flow.findIndex((candidate) => candidate.id === id));
        });
    }
  }

  private summaryOf(step: StepDefinition) {
    if (!this.interactionsOf(step.id).submitted) return [];
    const errors = this.errors();
    const steps = this.flow;
    return errors
      .filter((error) =>
        step.id === 'check' ? !stepOf(steps, error.path) : belongsTo(step, error.path),
      )
      .map((error) => ({
        targetId: fieldId(
          step.paths.find(
            (prefix) => error.path === prefix || error.path.startsWith(`${prefix}.`),
          ) ?? error.path,
        ),
        message: error.message,
      }));
  }

  override render() {
    const caption = html`<slot name="service-name" class="lw-caption"></slot>`;
    if (this.outcome)
      return html`${caption}${
        later.module
          ? later.module.outcomeView(
              this.outcome,
              this.mode,
              (key, params) => this.t(key, params),
              () => this.startAgain(),
            )
          : this.loadProblem()
      }`;
    const steps = this.flow;
    const step = this.step;
    const isCheck = step.id === 'check';
    return html`<form
      novalidate
      @submit=${this.onContinue}
      aria-busy=${this.sending ? 'true' : 'false'}
    >
      ${
        this.restored
          ? html`<div class="lw-notice" role="status">
              <p>${this.t('referral-form.restored')}</p>
              <button type="button" class="lw-link-button" @click=${() => this.startAgain()}>
                ${this.t('referral-form.start-again')}
              </button>
            </div>`
          : nothing
      }
      ${
        this.stepIndex > 0
          ? html`<button
              type="button"
              id="lw-back"
              class="lw-link-button lw-back"
              part="back-button"
              ?disabled=${this.disabled || this.sending}
              @click=${this.onBack}
            >
              ${this.t('common.back')}
            </button>`
          : nothing
      }
      ${caption}
      <p class="lw-progress" part="progress">
        ${this.t('referral-form.progress', { current: this.stepIndex + 1, total: steps.length })}
      </p>
      ${errorSummary({ title: this.t('summary.title'), errors: this.summaryOf(step) })}
      <h2 class="lw-heading" part="heading" tabindex="-1">
        ${this.t(stepTitle(step.id, this.mode))}
      </h2>
      <fieldset class="lw-fieldset" ?disabled=${this.disabled}>
        ${this.renderStep(step, this.view(step))}
      </fieldset>
      ${
        this.sendProblem
          ? html`<div class="lw-warning lw-send-problem" role="alert" tabindex="-1">
              <p>${this.t(`referral-form.error.${this.sendProblem}`)}</p>
            </div>`
          : nothing
      }
      <div class="lw-actions">
        <button
          id="lw-continue"
          class="lw-button"
          part="continue-button"
          ?disabled=${this.disabled || this.sending}
        >
          ${this.t(isCheck ? (this.mode === 'staff' ? 'referral-form.send.staff' : 'referral-form.send.self') : 'common.continue')}
        </button>
        ${
          this.sending
            ? html`<p class="lw-sending" role="status">${this.t('referral-form.sending')}</p>`
            : nothing
        }
      </div>
    </form>`;
  }
}
