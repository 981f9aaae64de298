/**
 * The second step of <lw-consent-capture>: who is giving consent (the
 * patient, someone for them, or in staff mode a best interests decision, each
 * with its fields) and, in staff mode, how it was given, who records it and
 * the read-aloud confirmation. It travels in the chunk fetched after the first
 * render (`later.ts`): nobody reaches it before answering the first step.
 */
import type { ProxyAuthority } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, errorSummary, radios, textarea, textInput } from '../fields/index.js';
import type { ConsentAnswers } from './answers.js';
import { button, heading } from './parts.js';
import type { QuestionsContext } from './questions.js';

/** A text field of the questions, its error shown once the person has left it. */
function text(
  ctx: QuestionsContext,
  id: string,
  label: string,
  value: string,
  set: (v: string) => void,
  hint?: string,
) {
  return textInput({
    id,
    name: id,
    label,
    hint,
    value,
    autocomplete: id === 'proxy-name' || id === 'recorded-by' ? 'name' : 'off',
    error: ctx.errors.get(id),
    errorPrefix: ctx.t('common.error-prefix'),
    onInput: set,
    onBlur: () => ctx.leave(id),
  });
}

function whoIsConsenting(ctx: QuestionsContext): TemplateResult {
  const { answers, t } = ctx;
  const staff = ctx.mode === 'staff';
  return html`${radios({
    id: 'given-by',
    name: 'given-by',
    label: t('consent-capture.who.legend'),
    value: answers.givenBy,
    options: [
      {
        value: 'patient',
        label: t(staff ? 'consent-capture.who.patient.staff' : 'consent-capture.who.patient.self'),
      },
      {
        value: 'proxy',
        label: t(staff ? 'consent-capture.who.proxy.staff' : 'consent-capture.who.proxy.self'),
      },
      ...(staff
        ? [
            {
              value: 'best-interests',
              label: t('consent-capture.who.best-interests'),
              hint: t('consent-capture.who.best-interests.hint'),
            },
          ]
        : []),
    ],
    error: ctx.errors.get('given-by'),
    errorPrefix: t('common.error-prefix'),
    onChange: (v) => ctx.change({ givenBy: v as ConsentAnswers['givenBy'] }),
  })}
  ${
    answers.givenBy === 'proxy' || (staff && answers.givenBy === 'best-interests')
      ? html`<div class="lw-conditional" part="conditional">${givenByFields(ctx)}</div>`
      : nothing
  }`;
}

function method(ctx: QuestionsContext): TemplateResult | typeof nothing {
  if (ctx.mode !== 'staff') return nothing;
  const { answers, t } = ctx;
  return html`${radios({
    id: 'method',
    name: 'method',
    label: t('consent-capture.method.legend'),
    value: answers.method,
    inline: true,
    options: [
      { value: 'verbal', label: t('consent-capture.method.verbal') },
      { value: 'written', label: t('consent-capture.method.written') },
    ],
    error: ctx.errors.get('method'),
    errorPrefix: t('common.error-prefix'),
    onChange: (v) => ctx.change({ method: v as 'verbal' | 'written' }),
  })}
  ${text(ctx, 'recorded-by', t('consent-capture.recorded-by'), answers.recordedBy, (recordedBy) => ctx.change({ recordedBy }))}
  ${checkboxes({
    id: 'read-aloud',
    name: 'read-aloud',
    label: t('consent-capture.read-aloud.legend'),
    value: answers.readAloud ? ['yes'] : [],
    options: [{ value: 'yes', label: t('consent-capture.read-aloud') }],
    error: ctx.errors.get('read-aloud'),
    errorPrefix: t('common.error-prefix'),
    onChange: (v) => ctx.change({ readAloud: v.includes('yes') }),
  })}`;
}

const AUTHORITIES: readonly ProxyAuthority[] = ['lasting-power-of-attorney', 'parent', 'other'];

/**
 * The fields shown once someone else consents for the patient (a proxy), or
 * staff record a best interests decision.
 */
function givenByFields(ctx: QuestionsContext): TemplateResult {
  const { answers, t } = ctx;
  if (answers.givenBy === 'proxy') {
    return html`${text(ctx, 'proxy-name', t('consent-capture.proxy.name'), answers.proxyName, (proxyName) => ctx.change({ proxyName }))}
    ${text(ctx, 'proxy-relationship', t('consent-capture.proxy.relationship'), answers.proxyRelationship, (v) => ctx.change({ proxyRelationship: v }), t('consent-capture.proxy.relationship.hint'))}
    ${radios({
      id: 'proxy-authority',
      name: 'proxy-authority',
      label: t('consent-capture.proxy.authority'),
      value: answers.proxyAuthority,
      options: AUTHORITIES.map((a) => ({
        value: a,
        label: t(`consent-capture.authority.${a}`),
      })),
      error: ctx.errors.get('proxy-authority'),
      errorPrefix: t('common.error-prefix'),
      onChange: (v) => ctx.change({ proxyAuthority: v as ProxyAuthority }),
    })}`;
  }
  return html`${text(ctx, 'decision-maker', t('consent-capture.best-interests.decision-maker'), answers.decisionMaker, (decisionMaker) => ctx.change({ decisionMaker }))}
  ${textarea({
    id: 'reason',
    name: 'reason',
    label: t('consent-capture.best-interests.reason'),
    value: answers.reason,
    rows: 3,
    error: ctx.errors.get('reason'),
    errorPrefix: t('common.error-prefix'),
    onInput: (reason: string) => ctx.change({ reason }),
    onBlur: () => ctx.leave('reason'),
  })}`;
}

/** What the step needs besides the questions' context. */
export interface WhoStepContext extends QuestionsContext {
  /** Continue was pressed with problems on this step: show the error summary. */
  readonly submitted: boolean;
  readonly next: () => void;
  readonly back: () => void;
}

/** The whole step: its heading, the error summary once Continue found problems, the questions, Continue and Back. */
export function whoStep(ctx: WhoStepContext): TemplateResult {
  const { t } = ctx;
  const staff = ctx.mode === 'staff';
  return html`${heading(t(staff ? 'consent-capture.who.heading.staff' : 'consent-capture.who.heading.self'))}
    ${
      ctx.submitted
        ? errorSummary({
            title: t('consent-capture.problem'),
            errors: [...ctx.errors].map(([targetId, message]) => ({ targetId, message })),
          })
        : nothing
    }
    ${whoIsConsenting(ctx)} ${method(ctx)}
    <div class="lw-actions">
      ${button(t('common.continue'), ctx.next)} ${button(t('common.back'), ctx.back, true)}
    </div>`;
}
