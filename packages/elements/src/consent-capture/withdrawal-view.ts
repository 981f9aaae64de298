/**
 * The withdrawal form and its confirmation, in the chunk of what comes after
 * the first screen (`later.ts`), with their words.
 */
import {
  itemKey,
  withdraw,
  withdrawableItems,
  type Consent,
  type ConsentItem,
  type WithdrawalRequest,
} from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, errorSummary, radios, textInput } from '../fields/index.js';
import type { ConsentWithdrawnDetail } from './consent-capture.js';
import { button, heading } from './parts.js';
import type { Translate } from './record.js';
import { partLabel } from './withdrawal.js';

/** What the person has chosen to withdraw so far: `parts` are `itemKey`s. */
export interface WithdrawalState {
  readonly scope?: 'all' | 'part';
  readonly parts: readonly string[];
  readonly by: string;
  readonly submitted: boolean;
}

/** The steps this module draws. */
export type WithdrawalStep = 'withdraw' | 'confirm-withdraw';

/** What the withdrawal steps need from the element. */
export interface WithdrawalContext {
  readonly step: WithdrawalStep;
  readonly consent: Consent;
  readonly state: WithdrawalState;
  readonly t: Translate;
  readonly setState: (next: Partial<WithdrawalState>) => void;
  readonly go: (step: WithdrawalStep | 'saved') => void;
  /** Called when Continue finds errors (the element focuses the summary). */
  readonly fail: () => void;
  readonly confirm: () => void;
}

/** The parts the person chose, of those still standing, in reading order. */
export function chosenItems(consent: Consent, state: WithdrawalState): ConsentItem[] {
  const items = withdrawableItems(consent);
  return state.scope === 'all'
    ? items
    : items.filter((item) => state.parts.includes(itemKey(item)));
}

/**
 * The withdrawal confirmed at `at`, as `lw-consent-withdrawn` tells it: the
 * request, and the record with it added beside what was agreed (nothing in it
 * changes). `undefined` before the person has chosen what to withdraw.
 */
export function withdrawnDetail(
  saved: Consent,
  state: WithdrawalState,
  at: string,
): ConsentWithdrawnDetail | undefined {
  const { scope } = state;
  if (!scope) return undefined;
  const by = state.by.trim();
  const items = chosenItems(saved, state);
  const withdrawal: WithdrawalRequest = scope === 'all' ? { at, by } : { at, by, items };
  return { scope, items, at, by, withdrawal, consent: withdraw(saved, withdrawal) };
}

/** The errors of the withdrawal form, by control id, in form order. */
export function withdrawalErrors(state: WithdrawalState, t: Translate): Map<string, string> {
  const errors = new Map<string, string>();
  if (!state.scope) errors.set('withdraw-scope', t('consent-capture.withdraw.scope.required'));
  if (state.scope === 'part' && state.parts.length === 0) {
    errors.set('withdraw-parts', t('consent-capture.withdraw.items.required'));
  }
  if (!state.by.trim()) errors.set('withdraw-by', t('consent-capture.withdraw.by.required'));
  return errors;
}

function form(ctx: WithdrawalContext): TemplateResult {
  const { state, t } = ctx;
  const errors = state.submitted ? withdrawalErrors(state, t) : new Map<string, string>();
  const parts = withdrawableItems(ctx.consent).map((item) => ({
    value: itemKey(item),
    label: partLabel(item, t),
  }));
  const prefix = t('common.error-prefix');
  return html`${heading(t('consent-capture.withdraw.heading'))}
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
      ${button(t('common.continue'), () => {
        const failed = withdrawalErrors(state, t).size > 0;
        ctx.setState({ submitted: failed });
        if (failed) ctx.fail();
        else ctx.go('confirm-withdraw');
      })}
      ${button(t('consent-capture.withdraw.cancel'), () => ctx.go('saved'), true)}
    </div>`;
}

function confirmation(ctx: WithdrawalContext): TemplateResult {
  const { state, t } = ctx;
  const labels =
    state.scope === 'all'
      ? [t('consent-capture.withdraw.all')]
      : chosenItems(ctx.consent, state).map((item) => partLabel(item, t));
  return html`${heading(t('consent-capture.withdraw.confirm.heading'))}
    <p class="lw-body">${t('consent-capture.withdraw.confirm.lead')}</p>
    <ul class="lw-body">
      ${labels.map((label) => html`<li>${label}</li>`)}
    </ul>
    <div class="lw-actions">
      ${button(t('consent-capture.withdraw.confirm'), ctx.confirm)}
      ${button(t('consent-capture.withdraw.cancel'), () => ctx.go('saved'), true)}
    </div>`;
}

/** The withdrawal form, or its confirmation. */
export function withdrawalView(ctx: WithdrawalContext): TemplateResult {
  return ctx.step === 'withdraw' ? form(ctx) : confirmation(ctx);
}
