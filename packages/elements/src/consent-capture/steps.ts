/**
 * Every step of <lw-consent-capture> once the chunk that judges answers is
 * here (`later.ts`): the questions with their errors, who is giving consent
 * and how, the read-back, the record and withdrawing, and what Continue, Save
 * and Withdraw do. The element itself draws only the untouched first screen
 * (and says so when this chunk could not load), so what loads first stays
 * small.
 */
import type { Consent, Locale, ValidationError } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../fields/index.js';
import type { ConsentAnswers, ConsentMode } from './answers.js';
import { controlIdOf, stepOf, type Checked } from './check.js';
import type { ReadConfiguration } from './configuration.js';
import type { ConsentGivenDetail, ConsentStep, ConsentWithdrawnDetail } from './consent-capture.js';
import { questionsStep, type QuestionsContext } from './questions.js';
import { checkView, type Translate } from './record.js';
import { recordView } from './record-view.js';
import { whoStep } from './who.js';
import { withdrawalView, withdrawnDetail, type WithdrawalState } from './withdrawal-view.js';

/**
 * The element as its steps use it: its state (Lit's reactive properties, so
 * setting one renders again) and the few things it does itself. The element
 * hands itself over as this; nothing outside the component uses it.
 */
export interface ConsentStepsHost {
  step: ConsentStep;
  submitted: boolean;
  saved: Consent | undefined;
  withdrawal: WithdrawalState;
  draftAt: string | undefined;
  focusAfterRender: 'heading' | 'error-summary' | undefined;
  readonly answers: ConsentAnswers;
  readonly touched: ReadonlySet<string>;
  readonly mode: ConsentMode;
  readonly config: ReadConfiguration;
  readonly locale: Locale;
  t: Translate;
  readonly change: (next: Partial<ConsentAnswers>) => void;
  readonly leave: (id: string) => void;
  readonly go: (step: ConsentStep) => void;
  check(): Checked;
  now(): Date;
  emit<T>(type: string, detail: T): void;
}

type Asked = 'questions' | 'who';

/** The problems on a step's controls. */
function errorsOn(host: ConsentStepsHost, step: Asked, errors: readonly ValidationError[]) {
  return errors.filter((error) => stepOf(controlIdOf(error.path, host.config)) === step);
}

/** The step's field errors to show now: after leaving a changed field, or once Continue was pressed. */
function visibleErrors(host: ConsentStepsHost, step: Asked): Map<string, string> {
  const shown = new Map<string, string>();
  for (const error of host.check().errors) {
    const id = controlIdOf(error.path, host.config);
    if (stepOf(id) !== step) continue;
    const late = error.path === 'consent.referral' && error.code === 'must-be-true';
    if ((host.submitted || host.touched.has(id) || late) && !shown.has(id)) {
      shown.set(id, error.message);
    }
  }
  return shown;
}

/**
 * Continue on the first step (to the second) or the second (to the read-back).
 * Problems on the first step keep the person there, or send them back to it
 * (their answers changed meanwhile); those on the second keep them there.
 */
function continueFrom(host: ConsentStepsHost, step: Asked): void {
  host.draftAt = undefined;
  const { consent, errors } = host.check();
  const onFirst = errorsOn(host, 'questions', errors).length > 0;
  if (step === 'questions' && !onFirst) return host.go('who');
  if (step === 'who' && consent) return host.go('check');
  host.step = onFirst ? 'questions' : 'who';
  host.submitted = true;
  host.focusAfterRender = 'error-summary';
}

function save(host: ConsentStepsHost): void {
  // The record's time is when it is saved, not when the questions were last answered.
  host.draftAt = undefined;
  const { consent } = host.check();
  if (!consent) return host.go('questions');
  host.saved = consent;
  host.emit<ConsentGivenDetail>('lw-consent-given', {
    consent,
    contactTimes: consent.contactTimes ?? [],
  });
  host.go('saved');
}

/** Adds the confirmed withdrawal beside the saved record (nothing in it changes). */
function confirmWithdrawal(host: ConsentStepsHost, saved: Consent): void {
  const detail = withdrawnDetail(saved, host.withdrawal, host.now().toISOString());
  if (!detail) return;
  host.saved = detail.consent;
  host.emit<ConsentWithdrawnDetail>('lw-consent-withdrawn', detail);
  host.withdrawal = { parts: [], by: '', submitted: false };
  host.go('saved');
}

/** What both steps of questions need from the element. */
function questionsContext(host: ConsentStepsHost): Omit<QuestionsContext, 'errors'> {
  const { answers, config, locale, mode, change, leave } = host;
  return { answers, config, locale, mode, t: host.t.bind(host), change, leave };
}

/** The step the element is on. */
export function renderStep(host: ConsentStepsHost): TemplateResult {
  const t: Translate = host.t.bind(host);
  const { saved } = host;
  const staff = host.mode === 'staff';
  const views = { config: host.config, locale: host.locale, t };
  switch (host.step) {
    case 'check':
      return checkView(
        views,
        host.check().consent,
        staff,
        () => save(host),
        () => host.go('questions'),
      );
    case 'who':
      return whoStep({
        ...questionsContext(host),
        errors: visibleErrors(host, 'who'),
        submitted: host.submitted,
        next: () => continueFrom(host, 'who'),
        back: () => host.go('questions'),
      });
    case 'saved':
      return saved ? recordView(views, saved, () => host.go('withdraw')) : html``;
    case 'withdraw':
    case 'confirm-withdraw':
      if (!saved) return html``;
      return withdrawalView({
        step: host.step,
        consent: saved,
        state: host.withdrawal,
        t,
        setState: (next) => {
          host.withdrawal = { ...host.withdrawal, ...next };
        },
        go: host.go,
        fail: () => {
          host.focusAfterRender = 'error-summary';
        },
        confirm: () => confirmWithdrawal(host, saved),
      });
    default: {
      const visible = visibleErrors(host, 'questions');
      return questionsStep(
        { ...questionsContext(host), errors: visible },
        host.submitted
          ? errorSummary({
              title: t('consent-capture.problem'),
              errors: [...visible].map(([targetId, message]) => ({ targetId, message })),
            })
          : nothing,
        () => continueFrom(host, 'questions'),
      );
    }
  }
}
