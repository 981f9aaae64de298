import type { Consent, Locale } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, errorSummary, radios, textInput } from '../fields/index.js';
import type { ReadConfiguration } from './configuration.js';
import { consentSummary, type Translate } from './record.js';
import { withdrawableParts } from './withdrawal.js';

/** What the person has chosen to withdraw so far. */
export interface WithdrawalState {
  readonly scope?: 'all' | 'part';
  readonly parts: readonly string[];
  readonly by: string;
  readonly submitted: boolean;
}

/** What the withdrawal steps need from the element. */
export interface WithdrawalContext {
  readonly step: 'saved' | 'withdraw' | 'confirm-withdraw';
  readonly consent: Consent;
  readonly config: ReadConfiguration;
  readonly locale: Locale;
  readonly state: WithdrawalState;
  readonly t: Translate;
  readonly heading: (text: string) => TemplateResult;
  readonly button: (label: string, onClick: () => void, secondary?: boolean) => TemplateResult;
  readonly setState: (next: Partial<WithdrawalState>) => void;
  readonly go: (step: 'saved' | 'withdraw' | 'confirm-withdraw') => void;
  /** Called when Continue finds errors (the element focuses the summary). */
  readonly fail: () => void;
  readonly confirm: () => void;
  readonly formatWhen: (at: string) => string;
}

/** The errors of the withdrawal form, by control id, in form order. */
export function withdrawalErrors(ctx: Pick<WithdrawalContext, 'state' | 't'>): Map<string, string> {
  const { state, t } = ctx;
  const errors = new Map<string, string>();
  if (!state.scope) errors.set('withdraw-scope', t('consent-capture.withdraw.scope.required'));
  if (state.scope === 'part' && state.parts.length === 0) {
    errors.set('withdraw-parts', t('consent-capture.withdraw.items.required'));
  }
  if (!state.by.trim()) errors.set('withdraw-by', t('consent-capture.withdraw.by.required'));
  return errors;
}

function record(ctx: WithdrawalContext): TemplateResult {
  const { consent, t } = ctx;
  const withdrawn = consent.withdrawn;
  return html`${ctx.heading(t(withdrawn ? 'consent-capture.record.heading' : 'consent-capture.saved.heading'))}
    ${
      withdrawn
        ? html`<p class="lw-panel" role="status">
            ${t('consent-capture.withdraw.done', { at: ctx.formatWhen(withdrawn.at), by: withdrawn.by })}
          </p>`
        : html`<p class="lw-body">${t('consent-capture.saved.body')}</p>`
    }
    ${consentSummary(consent, ctx.config, ctx.locale, t)}
    <div class="lw-actions lw-no-print">
      ${ctx.button(t('common.print'), () => window.print(), true)}
      ${withdrawn ? nothing : ctx.button(t('consent-capture.withdraw.button'), () => ctx.go('withdraw'), true)}
    </div>`;
}

function form(ctx: WithdrawalContext): TemplateResult {
  const { state, t } = ctx;
  const errors = state.submitted ? withdrawalErrors(ctx) : new Map<string, string>();
  const parts = withdrawableParts(ctx.consent, ctx.config, ctx.locale, t);
  const prefix = t('common.error-prefix');
  return html`${ctx.heading(t('consent-capture.withdraw.heading'))}
    ${
      state.submitted
        ? errorSummary({
            title: t('consent-capture.problem'),
            errors: [...errors].map(([targetId, message]) => ({ targetId, message })),
          })
        : nothing
    }
    ${radios({
      id: 'withdraw-scope',
      name: 'withdraw-scope',
      label: t('consent-capture.withdraw.scope'),
      value: state.scope,
      options: [
        { value: 'all', label: t('consent-capture.withdraw.all') },
        ...(parts.length > 0 ? [{ value: 'part', label: t('consent-capture.withdraw.part') }] : []),
      ],
      error: errors.get('withdraw-scope'),
      errorPrefix: prefix,
      onChange: (scope) => ctx.setState({ scope: scope as 'all' | 'part' }),
    })}
    ${
      state.scope === 'part'
        ? html`<div class="lw-conditional">
            ${checkboxes({
              id: 'withdraw-parts',
              name: 'withdraw-parts',
              label: t('consent-capture.withdraw.items'),
              value: state.parts,
              options: parts,
              error: errors.get('withdraw-parts'),
              errorPrefix: prefix,
              onChange: (value) => ctx.setState({ parts: value }),
            })}
          </div>`
        : nothing
    }
    ${textInput({
      id: 'withdraw-by',
      name: 'withdraw-by',
      label: t('consent-capture.withdraw.by'),
      value: state.by,
      autocomplete: 'name',
      error: errors.get('withdraw-by'),
      errorPrefix: prefix,
      onInput: (by) => ctx.setState({ by }),
    })}
    <div class="lw-actions">
      ${ctx.button(t('common.continue'), () => {
        if (withdrawalErrors(ctx).size > 0) {
          ctx.setState({ submitted: true });
          ctx.fail();
        } else {
          ctx.setState({ submitted: false });
          ctx.go('confirm-withdraw');
        }
      })}
      ${ctx.button(t('consent-capture.withdraw.cancel'), () => ctx.go('saved'), true)}
    </div>`;
}

function confirmation(ctx: WithdrawalContext): TemplateResult {
  const { state, t } = ctx;
  const labels = withdrawableParts(ctx.consent, ctx.config, ctx.locale, t)
    .filter((part) => state.parts.includes(part.value))
    .map((part) => part.label);
  return html`${ctx.heading(t('consent-capture.withdraw.confirm.heading'))}
    <p class="lw-body">
      ${state.scope === 'all' ? t('consent-capture.withdraw.all') : labels.join(', ')}
    </p>
    <div class="lw-actions">
      ${ctx.button(t('consent-capture.withdraw.confirm'), ctx.confirm)}
      ${ctx.button(t('consent-capture.withdraw.cancel'), () => ctx.go('saved'), true)}
    </div>`;
}

/** The saved record, the withdrawal form, or its confirmation. */
export function withdrawalView(ctx: WithdrawalContext): TemplateResult {
  if (ctx.step === 'withdraw') return form(ctx);
  if (ctx.step === 'confirm-withdraw') return confirmation(ctx);
  return record(ctx);
}
