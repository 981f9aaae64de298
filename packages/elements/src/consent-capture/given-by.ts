import type { ProxyAuthority } from '@linkwork/core';
import { html, type TemplateResult } from 'lit';
import { radios, textarea } from '../fields/index.js';
import { text, type QuestionsContext } from './questions.js';

const AUTHORITIES: readonly ProxyAuthority[] = ['lasting-power-of-attorney', 'parent', 'other'];

/**
 * The fields shown once someone else consents for the patient (a proxy), or
 * staff record a best interests decision. Only a choice in the questions
 * shows them, so they come in the chunk fetched after the first render.
 */
export function givenByFields(ctx: QuestionsContext): TemplateResult {
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
