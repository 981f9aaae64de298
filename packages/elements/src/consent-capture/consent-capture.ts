import {
  addMessages,
  consentCaptureStartEn,
  consentStartValidationEn,
  sha256Hex,
  validationMessage,
  type Consent,
  type ConsentContext,
  type ConsentItem,
  type consentToFhir,
  type ContactTime,
  type WithdrawalRequest,
} from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import type {} from '../base/errors.js';
import { addStyles } from '../base/late-styles.js';
import { LinkworkElement } from '../base/linkwork-element.js';
import { onDemand } from '../base/on-demand.js';
import { NO_ANSWERS, type ConsentAnswers, type ConsentMode } from './answers.js';
import type { Checked } from './check.js';
import {
  readConfiguration,
  shownWording,
  textVersionOf,
  type ConfigurationProblem,
  type ConsentConfiguration,
  type ReadConfiguration,
} from './configuration.js';
import { consentCaptureStyles } from './consent-capture.styles.js';
import type * as LaterModule from './later.js';
import { button } from './parts.js';
import { questionsStep } from './questions.js';
import type { ConsentStepsHost } from './steps.js';
import type { WithdrawalState, WithdrawalStep } from './withdrawal-view.js';

// The words of what comes after the first screen come with it (`later`); of validation's, the
// first screen needs only the one problem it starts with.
addMessages(consentCaptureStartEn);
addMessages(consentStartValidationEn);

/**
 * What comes after the untouched first screen (`later.ts`: judging the
 * answers, a proxy's fields, the error summary, the read-back, the record,
 * withdrawing), with its words and styles.
 */
const later = onDemand(() =>
  import('./later.js').then((module) => {
    addMessages(module.consentCaptureLaterEn);
    addMessages(module.consentCaptureWithdrawalEn);
    return module;
  }),
);

/** The FHIR R4 Consent core makes from a record. */
export type FhirConsentResource = ReturnType<typeof consentToFhir>;

/** `lw-consent-change`: after every answer; `consent` only once the answers make a valid record. */
export interface ConsentChangeDetail {
  readonly valid: boolean;
  readonly consent: Consent | undefined;
  /**
   * When the person may be contacted, as answered (`consent.contactTimes`
   * once valid); empty means at any time. For hosts that also keep preferred
   * times on the patient (`patient.contactTimes`).
   */
  readonly contactTimes: readonly ContactTime[];
}

/** `lw-consent-given`: the saved record; `toFhir()` gives it as a FHIR R4 Consent. */
export interface ConsentGivenDetail {
  readonly consent: Consent;
  /** `consent.contactTimes`, or empty for any time (see `ConsentChangeDetail`). */
  readonly contactTimes: readonly ContactTime[];
}

/** `lw-consent-withdrawn`: all or part of a saved consent, when and by whom. */
export interface ConsentWithdrawnDetail {
  /** `all`: the whole consent, the referral with it; `part`: only `items`. */
  readonly scope: 'all' | 'part';
  /** What this withdrawal ended: the parts chosen, or for `all` every part that still stood. */
  readonly items: readonly ConsentItem[];
  readonly at: string;
  readonly by: string;
  /** The withdrawal to send to a backend: `backend.withdrawConsent(id, withdrawal)`. */
  readonly withdrawal: WithdrawalRequest;
  /** The record with this withdrawal added beside what was agreed (nothing in it changed). */
  readonly consent: Consent;
}

/** `lw-error`: the host configuration has problems (what is valid is still shown), or a part could not load. */
export interface ConsentErrorDetail {
  readonly code: 'invalid-configuration' | 'fingerprint-unavailable' | 'module-unavailable';
  readonly problems: readonly ConfigurationProblem[];
}

declare module '../base/errors.js' {
  interface LinkworkErrorDetails {
    'consent-capture': ConsentErrorDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'lw-consent-change': CustomEvent<ConsentChangeDetail>;
    'lw-consent-given': CustomEvent<ConsentGivenDetail>;
    'lw-consent-withdrawn': CustomEvent<ConsentWithdrawnDetail>;
  }
}

/** The questions (`questions`), who is consenting and how (`who`), the read-back (`check`), the record, withdrawing. */
export type ConsentStep = 'questions' | 'who' | 'check' | 'saved' | WithdrawalStep;

/**
 * Informed, granular consent for social prescribing: each item its own
 * decision, who is consenting and how, a read-back before saving, a printable
 * record, and withdrawal of all or part of a saved consent.
 *
 * @tagname lw-consent-capture
 * @summary Records consent item by item, with read-back, printable record and withdrawal.
 * @fires lw-consent-change - After each answer. Detail: `ConsentChangeDetail`.
 * @fires lw-consent-given - Consent saved. Detail: `ConsentGivenDetail`; `toFhir()` gives its FHIR R4 Consent.
 * @fires lw-consent-withdrawn - All or part withdrawn. Detail: `ConsentWithdrawnDetail`.
 * @fires lw-error - Malformed host configuration, or what comes after the first screen could not load. Detail: `ConsentErrorDetail`.
 * @slot privacy-notice - The host's privacy notice, shown after the items.
 * @csspart item - One consent item and its disclosure.
 * @csspart detail - An item's "More about this" disclosure.
 * @csspart summary - The read-back and record summary list.
 * @csspart button - Primary buttons.
 * @csspart error-summary - The GOV.UK error summary.
 * @cssprop [--lw-color-button=#007f3b] - Primary button background.
 */
export class LwConsentCapture extends LinkworkElement {
  static override styles = consentCaptureStyles;
  static formAssociated = true;
  // Declared here rather than with decorators: the decorators' helpers are a first-load cost (see decision 0015).
  static override properties = {
    configuration: { attribute: false },
    mode: { reflect: true },
    saved: { attribute: false },
    name: { reflect: true },
    now: { attribute: false },
    recordId: { attribute: false },
    step: { state: true },
    answers: { state: true },
    submitted: { state: true },
    touched: { state: true },
    disabledByForm: { state: true },
    fingerprint: { state: true },
    withdrawal: { state: true },
    laterFailed: { state: true },
  };

  /** Items, partner organisations and wording versions (see `ConsentConfiguration`). */
  configuration: ConsentConfiguration | undefined;
  /** `self`: the patient consents online; `staff`: staff record verbal or written consent. */
  mode: ConsentMode = 'self';
  /** A saved consent: shows it and lets the person withdraw all or part of it. */
  saved: Consent | undefined;
  /** The form field name the Consent JSON is submitted under. */
  name = 'consent';
  /** The clock (tests pin it). */
  now: () => Date = () => new Date();
  /** Makes the FHIR Consent's identifier, once per record; default a random `urn:uuid:`. */
  recordId: () => string = () => `urn:uuid:${crypto.randomUUID()}`;

  private step: ConsentStep = 'questions';
  private answers: ConsentAnswers = NO_ANSWERS;
  private submitted = false;
  private touched = new Set<string>();
  private disabledByForm = false;
  private fingerprint: { text: string; sha256: string } | undefined;
  private withdrawal: WithdrawalState = { parts: [], by: '', submitted: false };
  /** The chunk of what comes after the first screen could not be loaded (offline): offers to try again. */
  private laterFailed = false;
  private fhirId: string | undefined;
  private hasLaterStyles = false;
  private config: ReadConfiguration = readConfiguration({ items: [], textVersion: { en: '' } });
  private configurationRead: unknown = null;
  private savedShown: Consent | undefined;
  private draftAt: string | undefined;
  private focusAfterRender: 'heading' | 'error-summary' | undefined;
  private readonly internals = this.attachInternals();

  /**
   * The Consent the form submits (as JSON): the saved record (as it stands
   * after any withdrawal), else the answers once they make a valid record.
   */
  get value(): Consent | undefined {
    return this.saved ?? this.check().consent;
  }

  /**
   * Reads what the host set since the last render. By identity, not by
   * `changed`: a Welsh page holds back the first renders until its words
   * arrive, and Lit forgets the changes it was not allowed to render.
   */
  override willUpdate(): void {
    if (this.configuration !== this.configurationRead) {
      this.configurationRead = this.configuration;
      this.config = readConfiguration(this.configuration);
      if (this.configuration !== undefined && this.config.problems.length > 0) {
        for (const problem of this.config.problems) {
          console.warn(`<lw-consent-capture> configuration ${problem.path}: ${problem.message}`);
        }
        this.emit<ConsentErrorDetail>('lw-error', {
          code: 'invalid-configuration',
          problems: this.config.problems,
        });
      }
    }
    if (this.saved !== this.savedShown) {
      this.savedShown = this.saved;
      if (this.saved) this.step = 'saved';
    }
    // Before any render that could show something from the chunk (those wait for it in
    // scheduleUpdate), so nothing from it shows unstyled.
    if (later.module && !this.hasLaterStyles) {
      addStyles(this, later.module.consentCaptureLaterStyles);
      this.hasLaterStyles = true;
    }
  }

  /**
   * The first screen as it first renders: questions unanswered, untouched,
   * Continue not pressed, no record. All it can show, and its one problem
   * (the referral not agreed), are known without the chunk.
   */
  private get untouched(): boolean {
    return (
      this.step === 'questions' &&
      this.saved === undefined &&
      this.answers === NO_ANSWERS &&
      this.touched.size === 0 &&
      !this.submitted
    );
  }

  /**
   * Holds an update past the untouched first screen (a choice made or Continue
   * pressed at once, a saved record or restored answers) until `later.ts` is
   * here, so answers are judged before they show, nothing renders half a step,
   * and `updateComplete` still means "rendered".
   */
  // Lit's own signature: a promise only when the update must wait, so other updates cost nothing more.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (later.module || this.laterFailed || this.untouched) return super.scheduleUpdate();
    return later.load().then(
      () => super.scheduleUpdate(),
      () => {
        this.laterFailed = true;
        this.emit<ConsentErrorDetail>('lw-error', { code: 'module-unavailable', problems: [] });
        super.scheduleUpdate();
      },
    );
  }

  protected override firstUpdated(): void {
    // Fetched while the person reads the questions, so nothing waits for it in practice. Once it
    // is here the form's validity comes from judging the answers in full.
    later.load().then(
      () => this.requestUpdate(),
      () => {
        // Reported when something from it is shown (laterFailed), with a way to try again.
      },
    );
  }

  /** Shown in place of what `later.ts` draws when it could not be loaded. */
  private laterProblem(): TemplateResult {
    return html`<div class="lw-warning" role="alert">
      <p>${this.t('consent-capture.load-failed')}</p>
      ${button(
        this.t('consent-capture.try-again'),
        () => {
          this.laterFailed = false;
          // The button goes with the problem: focus what takes its place.
          if (this.submitted) this.focusAfterRender = 'error-summary';
          else this.focusAfterRender = 'heading';
        },
        true,
      )}
    </div>`;
  }

  override updated(): void {
    const wording = shownWording(this.config, this.locale);
    if (this.fingerprint?.text !== wording) void this.fingerprintWording(wording);
    this.syncForm();
    const focus = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (focus === 'error-summary') later.module?.focusErrorSummary(this.renderRoot);
    if (focus === 'heading') this.renderRoot.querySelector<HTMLElement>('h2[tabindex]')?.focus();
  }

  /**
   * The consent as a FHIR R4 Consent, by core's `consentToFhir` (loaded on
   * first use): the saved record with its withdrawals, else the answers once
   * they make a valid record; `undefined` before then. The identifier is the
   * same for one record (`recordId` is asked once), unless given.
   */
  async toFhir(
    identifier?: ConsentContext['identifier'],
  ): Promise<FhirConsentResource | undefined> {
    const consent = this.value;
    if (!consent) return undefined;
    const { consentToFhir } = await import('./fhir.js');
    return consentToFhir(consent, {
      identifier: identifier ?? {
        system: 'urn:ietf:rfc:3986',
        value: (this.fhirId ??= this.recordId()),
      },
    });
  }

  private async fingerprintWording(text: string): Promise<void> {
    try {
      const sha256 = await sha256Hex(text);
      if (shownWording(this.config, this.locale) === text) this.fingerprint = { text, sha256 };
    } catch {
      this.emit<ConsentErrorDetail>('lw-error', { code: 'fingerprint-unavailable', problems: [] });
    }
  }

  /**
   * The answers judged by core (with the staff read-aloud confirmation), once
   * the chunk that judges them is here. Until then only the untouched first
   * screen is shown, and its answers make no record: the referral is not yet
   * agreed, the first of its problems, worded as core words it.
   */
  private check(): Checked {
    const module = later.module;
    if (!module) {
      const message = validationMessage('consent.referral', 'required', {}, this.locale, this.mode);
      return {
        consent: undefined,
        errors: [{ path: 'consent.referral', code: 'required', message }],
      };
    }
    this.draftAt ??= this.now().toISOString();
    return module.checkAnswers(this.answers, this.config, {
      mode: this.mode,
      at: this.draftAt,
      textVersion: textVersionOf(this.config, this.locale),
      textSha256: this.fingerprint?.sha256,
      locale: this.locale,
      t: this.t.bind(this),
    });
  }

  private syncForm(): void {
    const saved = this.saved;
    if (saved) {
      this.internals.setFormValue(JSON.stringify(saved));
      this.internals.setValidity({});
      return;
    }
    const module = later.module;
    if (!module && this.laterFailed && !this.untouched) {
      // The answers cannot be judged until the chunk loads (the person is offered to try again).
      this.internals.setFormValue(null);
      this.internals.setValidity({ customError: true }, this.t('consent-capture.load-failed'));
      return;
    }
    const { consent, errors } = this.check();
    this.internals.setFormValue(consent ? JSON.stringify(consent) : null);
    const first = errors[0];
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor =
      this.renderRoot.querySelector<HTMLElement>(`#${this.controlIdOf(first.path)}`) ?? undefined;
    const referralMissing = errors.some((e) => e.path === 'consent.referral');
    this.internals.setValidity(
      referralMissing ? { valueMissing: true } : { customError: true },
      (referralMissing ? errors.find((e) => e.path === 'consent.referral') : first)?.message ??
        first.message,
      anchor,
    );
  }

  /** The control an error at `path` belongs to (untouched, only the referral can have one). */
  private controlIdOf(path: string): string {
    const module = later.module;
    if (module) return module.controlIdOf(path, this.config);
    const referral = this.config.items.find((item) => item.kind === 'referral');
    return referral ? `item-${referral.id}` : 'consent-heading';
  }

  private change = (next: Partial<ConsentAnswers>): void => {
    this.answers = { ...this.answers, ...next };
    this.draftAt = undefined;
    // Answers are judged by the chunk: an answer given before it arrives is reported when it does.
    if (later.module) this.reportChange();
    else
      later.load().then(
        () => this.reportChange(),
        () => undefined,
      );
  };

  private reportChange(): void {
    const { consent } = this.check();
    this.emit<ConsentChangeDetail>('lw-consent-change', {
      valid: consent !== undefined,
      consent,
      contactTimes: this.answers.contactTimes,
    });
  }

  private leave = (id: string): void => {
    if (!this.touched.has(id)) this.touched = new Set([...this.touched, id]);
  };

  private go = (step: ConsentStep): void => {
    this.step = step;
    this.submitted = false;
    this.focusAfterRender = 'heading';
  };

  override render(): TemplateResult {
    const problems =
      this.config.problems.length > 0
        ? html`<p class="lw-warning" role="status">${this.t('consent-capture.config-error')}</p>`
        : nothing;
    // The chunk draws every step (`steps.ts`); the element's own internals are its host.
    const step = later.module
      ? later.module.renderStep(this as unknown as ConsentStepsHost)
      : this.firstScreen();
    return html`<fieldset class="lw-root" ?disabled=${this.disabledByForm}>
      ${problems} ${step}
    </fieldset>`;
  }

  /**
   * The questions without the chunk: untouched (all the first render needs),
   * or after it could not load, saying so where the error summary would be,
   * with no field errors, since answers cannot be judged without it.
   */
  private firstScreen(): TemplateResult {
    if (this.step !== 'questions') return this.laterProblem();
    return questionsStep(
      {
        answers: this.answers,
        config: this.config,
        locale: this.locale,
        mode: this.mode,
        t: this.t.bind(this),
        change: this.change,
        leave: this.leave,
        errors: new Map(),
      },
      this.untouched ? nothing : this.laterProblem(),
      () => {
        // Untouched, the referral is not agreed: the error summary (with the chunk) says so.
        this.submitted = true;
        this.focusAfterRender = 'error-summary';
      },
    );
  }

  /** Form reset: every answer cleared, back to the first step. */
  formResetCallback(): void {
    this.answers = NO_ANSWERS;
    this.submitted = false;
    this.touched = new Set();
    this.step = 'questions';
    this.saved = undefined;
    this.fhirId = undefined;
  }

  /** A disabled ancestor fieldset or form disables every control. */
  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  /** Back/forward or autofill restore: the Consent JSON this element submitted. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    // Answers come back from a new consent only: a record with withdrawals is not a draft. The
    // browser restores before the first render, when the chunk that reads them may not be here yet.
    const restore = (module: typeof LaterModule): void => {
      const answers = module.restoredAnswers(state, this.config);
      if (answers) this.answers = answers;
    };
    if (later.module) restore(later.module);
    else later.load().then(restore, () => undefined);
  }
}
