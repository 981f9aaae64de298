import {
  describeSchedule,
  formatDistance,
  formatNextSession,
  nextSessionOf,
  type Activity,
  type Cost,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import { mailtoHref, safeHref, telHref } from './safe-href.js';
// In its own module: the picker's shortlist uses it before the cards' code has loaded.
import { textOf } from './text-of.js';

/** What a card needs from the picker around it. */
export interface CardContext {
  readonly locale: Locale;
  readonly now: Date;
  t(key: MessageKey, params?: MessageParams): string;
  languageName(code: string): string;
  readonly distance: number | undefined;
  readonly expanded: boolean;
  readonly selected: boolean;
  /** The position in the whole result list (1-based) and its length, for screen readers. */
  readonly position: number;
  readonly setSize: number;
  readonly disabled: boolean;
  onDetails(activity: Activity): void;
  onSelect(activity: Activity, checked: boolean, input: HTMLInputElement): void;
}

/** The longest short description, in characters, before it is cut at a word. */
export const SHORT_DESCRIPTION_LENGTH = 200;

export { textOf };

function listOf<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The first paragraph of a description, cut at a word near `max` characters with an ellipsis. */
export function shortDescription(description: unknown, max = SHORT_DESCRIPTION_LENGTH): string {
  const first =
    textOf(description)
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ') ?? '';
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** Runs a wording step, treating a record it cannot word as having nothing to say. */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

const penceFormats = new Map<Locale, Intl.NumberFormat>();
function money(pence: number, locale: Locale): string {
  let format = penceFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(`${locale}-GB`, { style: 'currency', currency: 'GBP' });
    penceFormats.set(locale, format);
  }
  return format.format(pence / 100).replace(/\.00$/, '');
}

/** One cost in words: `Free`, `£3.50 per session`, `Pay what you can (suggested £2)`. */
export function costWords(cost: Cost, context: Pick<CardContext, 't' | 'locale'>): string {
  const detail = textOf(cost.label) || textOf(cost.description);
  let base: string;
  if (cost.kind === 'free') base = context.t('activity-picker.card.free');
  else if (cost.kind === 'pay-what-you-can')
    base = context.t('activity-picker.card.pay-what-you-can');
  else if (cost.kind === 'fixed' && Number.isFinite(cost.amountPence) && cost.amountPence >= 0)
    base = money(cost.amountPence, context.locale);
  else return detail;
  return detail && detail !== base ? `${base}: ${detail}` : base;
}

/** Who an activity is for: its age range in words and the directory's description. */
export function eligibilityWords(
  activity: Activity,
  t: CardContext['t'],
): { ages: string; description: string } {
  const eligibility = isObject(activity.eligibility) ? activity.eligibility : {};
  const min = typeof eligibility.minimumAge === 'number' ? eligibility.minimumAge : undefined;
  const max = typeof eligibility.maximumAge === 'number' ? eligibility.maximumAge : undefined;
  const ages =
    min !== undefined && max !== undefined && min <= max
      ? t('activity-picker.card.ages', { min, max })
      : min !== undefined && min > 0
        ? t('activity-picker.card.min-age', { min })
        : max !== undefined
          ? t('activity-picker.card.max-age', { max })
          : '';
  return { ages, description: textOf(eligibility.description) };
}

function section(label: string, content: unknown): TemplateResult | typeof nothing {
  if (content === nothing || content === '' || content === undefined) return nothing;
  return html`<div class="fact">
    <dt>${label}</dt>
    <dd>${content}</dd>
  </div>`;
}

/** A card's schedule wording, worked out once per activity, language and minute. */
interface Timing {
  readonly key: string;
  readonly words: readonly string[];
  readonly next: string | undefined;
}
const timings = new WeakMap<object, Timing>();

/**
 * The schedules in words and the next session, cached on the activity object:
 * backends hand back the same objects search after search, and the next
 * session is the costly part of a card.
 */
function timingOf(activity: Activity, context: CardContext): Timing {
  const key = `${context.locale} ${Math.floor(context.now.getTime() / 60_000)}`;
  const cached = timings.get(activity);
  if (cached?.key === key) return cached;
  const schedules = listOf<Activity['schedules'][number]>(activity.schedules);
  const words = [
    ...new Set(
      schedules
        .map((schedule) =>
          attempt(() => describeSchedule(schedule, context.locale, { now: context.now })),
        )
        .filter((text): text is string => typeof text === 'string' && text !== ''),
    ),
  ];
  const session = attempt(() => nextSessionOf(activity, context.now));
  const next = session
    ? attempt(() => formatNextSession(session, context.now, context.locale))
    : undefined;
  const timing = { key, words, next };
  timings.set(activity, timing);
  return timing;
}

function when(activity: Activity, context: CardContext, all: boolean): TemplateResult {
  const { words, next } = timingOf(activity, context);
  const shown = all ? words : words.slice(0, 2);
  if (shown.length === 0 && !next) return html`${context.t('activity-picker.card.no-schedule')}`;
  return html`${shown.map((text) => html`<span class="line">${text}</span>`)}
  ${next ? html`<span class="line next">${context.t('activity-picker.card.next', { when: next })}</span>` : nothing}`;
}

function where(activity: Activity, context: CardContext): TemplateResult | typeof nothing {
  const locations = listOf<unknown>(activity.locations).filter(isObject);
  const modes = listOf<unknown>(activity.modes).filter(
    (mode): mode is string => typeof mode === 'string' && mode !== 'in-person',
  );
  const distance =
    context.distance !== undefined
      ? attempt(() => formatDistance(context.distance as number, context.locale))
      : undefined;
  if (locations.length === 0 && modes.length === 0 && !distance) return nothing;
  return html`${locations.map((location) => {
    const parts = [
      textOf(location.name),
      ...listOf<unknown>(location.addressLines).map(textOf),
      textOf(location.town),
      textOf(location.postcode),
    ].filter((part) => part.trim() !== '');
    return parts.length ? html`<span class="line">${parts.join(', ')}</span>` : nothing;
  })}
  ${modes.map((mode) => html`<span class="line">${modeLabel(mode, context)}</span>`)}
  ${distance ? html`<span class="line">${context.t('activity-picker.card.away', { distance })}</span>` : nothing}`;
}

function modeLabel(mode: string, context: CardContext): string {
  switch (mode) {
    case 'online':
    case 'phone':
    case 'home-visit':
    case 'in-person':
      return context.t(`activity-picker.mode.${mode}`);
    default:
      return mode;
  }
}

function accessibility(activity: Activity): string {
  const features = listOf<unknown>(activity.locations)
    .filter(isObject)
    .flatMap((location) => listOf<unknown>(location.accessibility))
    .filter(isObject)
    .map((feature) => textOf(feature.feature).trim())
    .filter(Boolean);
  return [...new Set(features)].join(', ');
}

/** A link when the URL is safe, otherwise the same words as plain text. */
function link(href: string | undefined, text: string): TemplateResult {
  return href
    ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${text}</a>`
    : html`<span>${text}</span>`;
}

function contacts(activity: Activity, context: CardContext): TemplateResult | typeof nothing {
  const items: TemplateResult[] = [];
  const website = textOf(activity.url);
  if (website)
    items.push(
      html`<li>
        ${context.t('activity-picker.card.website')}: ${link(safeHref(website), website)}
      </li>`,
    );
  const emails = new Set<string>();
  const phones = new Set<string>();
  if (textOf(activity.email)) emails.add(textOf(activity.email));
  for (const contact of listOf<unknown>(activity.contacts).filter(isObject)) {
    if (textOf(contact.email)) emails.add(textOf(contact.email));
    for (const phone of listOf<unknown>(contact.phones).filter(isObject))
      if (textOf(phone.number)) phones.add(textOf(phone.number));
  }
  for (const email of emails)
    items.push(
      html`<li>${context.t('activity-picker.card.email')}: ${link(mailtoHref(email), email)}</li>`,
    );
  for (const phone of phones)
    items.push(
      html`<li>${context.t('activity-picker.card.phone')}: ${link(telHref(phone), phone)}</li>`,
    );
  return items.length
    ? html`<ul class="contacts">
        ${items}
      </ul>`
    : nothing;
}

/** The id of a card's elements, unique in the picker even for ids with spaces or quotes. */
export function cardId(position: number, part: string): string {
  return `activity-${position}-${part}`;
}

/**
 * One result: everything from the directory rendered as text, links only
 * where `safeHref` allows, a real checkbox for the shortlist and a
 * disclosure button for the details.
 */
export function activityCard(activity: Activity, context: CardContext): TemplateResult {
  const { t } = context;
  const name = textOf(activity.name).trim() || t('activity-picker.card.untitled');
  const organisation = isObject(activity.organisation) ? textOf(activity.organisation.name) : '';
  const costs = listOf<Cost>(activity.costs).filter(isObject);
  const cost = costs.length
    ? costs
        .map((item) => attempt(() => costWords(item, context)) ?? '')
        .filter(Boolean)
        .join('; ')
    : t('activity-picker.card.cost-unknown');
  const who = eligibilityWords(activity, t);
  const languages = listOf<unknown>(activity.languages)
    .filter((code): code is string => typeof code === 'string' && code !== '')
    .map((code) => context.languageName(code))
    .join(', ');
  const headingId = cardId(context.position, 'name');
  const detailsId = cardId(context.position, 'details');
  const checkboxId = cardId(context.position, 'shortlist');
  const paragraphs = textOf(activity.description)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return html`<div
    class="card ${context.selected ? 'card--selected' : ''}"
    part="card"
    role="listitem"
    aria-setsize=${context.setSize}
    aria-posinset=${context.position}
  >
    <h3 class="card-name" id=${headingId} part="card-name">${name}</h3>
    ${
      organisation
        ? html`<p class="card-organisation">
            <span class="lw-visually-hidden">${t('activity-picker.card.organisation')}</span>
            ${organisation}
          </p>`
        : nothing
    }
    ${textOf(activity.alert) ? html`<p class="card-alert" part="card-alert">${textOf(activity.alert)}</p>` : nothing}
    <p class="card-summary">${shortDescription(activity.description)}</p>
    <dl class="facts">
      ${section(t('activity-picker.card.when'), when(activity, context, context.expanded))}
      ${section(t('activity-picker.card.where'), where(activity, context))}
      ${section(t('activity-picker.card.cost'), cost)}
      ${section(t('activity-picker.card.who'), [who.ages, who.description].filter(Boolean).join('. '))}
      ${section(t('activity-picker.card.accessibility'), accessibility(activity))}
      ${section(t('activity-picker.card.languages'), languages)}
      ${section(t('activity-picker.card.contact'), contacts(activity, context))}
    </dl>
    ${
      context.expanded
        ? html`<div class="card-details" id=${detailsId} part="card-details">
            ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
            ${
              textOf(activity.applicationProcess)
                ? html`<h4>${t('activity-picker.card.how-to-join')}</h4>
                    <p>${textOf(activity.applicationProcess)}</p>`
                : nothing
            }
          </div>`
        : nothing
    }
    <div class="card-actions">
      <button
        type="button"
        class="secondary"
        part="details-button"
        aria-expanded=${context.expanded ? 'true' : 'false'}
        aria-controls=${context.expanded ? detailsId : nothing}
        ?disabled=${context.disabled}
        @click=${() => context.onDetails(activity)}
      >
        ${t('activity-picker.card.more')}<span class="lw-visually-hidden">
          ${t('activity-picker.card.more-about', { name })}</span
        >
      </button>
      <div class="checkbox">
        <input
          type="checkbox"
          id=${checkboxId}
          part="shortlist-checkbox"
          .checked=${context.selected}
          ?disabled=${context.disabled}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            context.onSelect(activity, input.checked, input);
          }}
        />
        <label for=${checkboxId}
          >${t('activity-picker.card.shortlist')}<span class="lw-visually-hidden"
            >: ${name}</span
          ></label
        >
      </div>
    </div>
  </div>`;
}
