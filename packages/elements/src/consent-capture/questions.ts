import type { ContactChannel, ContactTime, Locale } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxes, radios } from '../fields/index.js';
import type { ConsentAnswers, ConsentMode } from './answers.js';
import { wordingOf, type ConsentItemConfig, type ReadConfiguration } from './configuration.js';
import { button, heading } from './parts.js';
import type { Translate } from './record.js';

/** What the questions need from the element. */
export interface QuestionsContext {
  readonly answers: ConsentAnswers;
  readonly config: ReadConfiguration;
  readonly locale: Locale;
  readonly mode: ConsentMode;
  /** The message to show for each control id, already decided by interaction state. */
  readonly errors: ReadonlyMap<string, string>;
  readonly t: Translate;
  readonly change: (next: Partial<ConsentAnswers>) => void;
  readonly leave: (id: string) => void;
}

const CHANNELS: readonly ContactChannel[] = ['phone', 'text', 'email', 'letter'];
const TIMES: readonly ContactTime[] = ['morning', 'afternoon', 'evening'];

function yesNo(
  ctx: QuestionsContext,
  id: string,
  label: string,
  value: boolean | undefined,
  set: (v: boolean) => void,
) {
  const staff = ctx.mode === 'staff';
  return radios({
    id,
    name: id,
    label,
    value: value === undefined ? undefined : value ? 'yes' : 'no',
    options: [
      {
        value: 'yes',
        label: ctx.t(staff ? 'consent-capture.agree.staff' : 'consent-capture.agree'),
      },
      {
        value: 'no',
        label: ctx.t(staff ? 'consent-capture.refuse.staff' : 'consent-capture.refuse'),
      },
    ],
    error: ctx.errors.get(id),
    errorPrefix: ctx.t('common.error-prefix'),
    onChange: (v) => set(v === 'yes'),
    onBlur: () => ctx.leave(id),
  });
}

/** More detail about an item, in place: a native disclosure. */
function detail(ctx: QuestionsContext, item: ConsentItemConfig): TemplateResult | typeof nothing {
  const wording = wordingOf(item, ctx.locale);
  if (!wording.detail) return nothing;
  return html`<details class="lw-details" part="detail">
    <summary class="lw-details__summary">
      <span>${ctx.t('consent-capture.more-detail')}</span>
    </summary>
    <div class="lw-details__text">${wording.detail}</div>
  </details>`;
}

function item(ctx: QuestionsContext, config: ConsentItemConfig): TemplateResult {
  const { answers } = ctx;
  const text = wordingOf(config, ctx.locale).text;
  const id = `item-${config.id}`;
  let control: TemplateResult;
  switch (config.kind) {
    case 'referral':
      control = yesNo(ctx, id, text, answers.referral, (referral) => ctx.change({ referral }));
      break;
    case 'follow-up':
      control = yesNo(ctx, id, text, answers.followUp, (followUp) => ctx.change({ followUp }));
      break;
    case 'outcome-to-gp':
      control = yesNo(ctx, id, text, answers.shareOutcomeWithGp, (v) =>
        ctx.change({ shareOutcomeWithGp: v }),
      );
      break;
    case 'share-with-partners':
      control =
        ctx.config.partners.length === 0
          ? yesNo(ctx, id, text, answers.shareWithProviders, (v) =>
              ctx.change({ shareWithProviders: v }),
            )
          : html`<div role="group" aria-labelledby=${`${id}-text`} id=${id} class="lw-item__group">
              <p id=${`${id}-text`} class="lw-item__text">${text}</p>
              ${ctx.config.partners.map((partner, index) =>
                yesNo(ctx, `partner-${index}`, partner.name, answers.partners[partner.id], (v) =>
                  ctx.change({ partners: { ...answers.partners, [partner.id]: v } }),
                ),
              )}
            </div>`;
      break;
    case 'contact':
      control = html`${checkboxes({
        id: 'contact-by',
        name: 'contact-by',
        label: text,
        hint: ctx.t('consent-capture.contact.hint'),
        value: answers.contactBy,
        options: CHANNELS.map((c) => ({ value: c, label: ctx.t(`consent-capture.channel.${c}`) })),
        error: ctx.errors.get('contact-by'),
        errorPrefix: ctx.t('common.error-prefix'),
        onChange: (value) => ctx.change({ contactBy: value as ContactChannel[] }),
      })}
      ${checkboxes({
        id: 'contact-times',
        name: 'contact-times',
        label: ctx.t('consent-capture.times.legend'),
        hint: ctx.t('consent-capture.times.hint'),
        value: answers.contactTimes,
        options: TIMES.map((c) => ({ value: c, label: ctx.t(`consent-capture.time.${c}`) })),
        errorPrefix: ctx.t('common.error-prefix'),
        onChange: (value) => ctx.change({ contactTimes: value as ContactTime[] }),
      })}`;
      break;
  }
  return html`<div class="lw-item" part="item">${control} ${detail(ctx, config)}</div>`;
}

/**
 * The first step: each item its own decision, then the host's privacy notice.
 * Who is consenting and how is the next step (`who.ts`).
 */
export function questionsView(ctx: QuestionsContext): TemplateResult {
  return html`${ctx.config.items.map((config) => item(ctx, config))}
    <slot name="privacy-notice"></slot>`;
}

/**
 * The whole first step: its heading, what goes above the questions (the error
 * summary, or that a part could not load), the questions and Continue. One
 * template, whether the element draws it before the chunk arrives or the
 * chunk does after, so the fields stay the same elements (and keep focus)
 * when the chunk arrives.
 */
export function questionsStep(
  ctx: QuestionsContext,
  above: TemplateResult | typeof nothing,
  next: () => void,
): TemplateResult {
  const { t } = ctx;
  const staff = ctx.mode === 'staff';
  return html`${heading(t(staff ? 'consent-capture.heading.staff' : 'consent-capture.heading.self'))}
    ${above}
    <p class="lw-body">
      ${t(staff ? 'consent-capture.intro.staff' : 'consent-capture.intro.self')}
    </p>
    ${questionsView(ctx)}
    <div class="lw-actions">${button(t('common.continue'), next)}</div>`;
}
