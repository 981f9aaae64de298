import type { Backend, Consent, ContactTime } from '@linkwork/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentConfiguration } from '../../consent-capture/configuration.js';
import type { EmbedState } from '../embeds.js';
import { answers } from './check-step.js';
import { fieldId, forMode, type StepView } from './step-view.js';
// Types only: the elements themselves are loaded on demand (embeds.ts).
import type {} from '../../define/lw-activity-picker.js';
import type {} from '../../define/lw-consent-capture.js';

/** What the embedded steps need besides the answers. */
export interface EmbedView {
  readonly state: EmbedState;
  readonly retry: () => void;
  readonly now: () => Date;
}

function whileLoading(view: StepView, embed: EmbedView): TemplateResult {
  return embed.state === 'failed'
    ? html`<div class="lw-warning" role="alert">
        <p>${view.t('referral-form.load-failed')}</p>
        <button type="button" class="lw-button lw-button--secondary" @click=${embed.retry}>
          ${view.t('referral-form.try-again')}
        </button>
      </div>`
    : html`<p class="lw-loading" role="status">${view.t('referral-form.loading')}</p>`;
}

/** Optional: activities shortlisted with `<lw-activity-picker>` over the directory. */
export function activitiesStep(
  view: StepView,
  embed: EmbedView,
  directory: Backend | undefined,
): TemplateResult {
  return html`<p class="lw-hint" id=${fieldId('activities')}>
      ${view.t(forMode('referral-form.activities.hint', view))}
    </p>
    ${
      embed.state === 'ready'
        ? html`<lw-activity-picker
            .backend=${directory}
            .taxonomy=${view.taxonomy}
            .now=${embed.now}
            .selected=${view.draft.activities}
            @lw-selection-change=${(
              event: CustomEvent<{
                ids: readonly string[];
                activities: readonly { id: string; name: string }[];
              }>,
            ) => {
              event.stopPropagation();
              view.change('activities', {
                activities: [...event.detail.ids],
                activityNames: Object.fromEntries(
                  event.detail.activities.map((activity) => [activity.id, activity.name]),
                ),
              });
            }}
          ></lw-activity-picker>`
        : whileLoading(view, embed)
    }`;
}

/** What the consent step reports back to the form. */
export interface ConsentEvents {
  readonly configuration: ConsentConfiguration | undefined;
  readonly given: (consent: Consent, contactTimes: readonly ContactTime[]) => void;
  readonly redo: () => void;
}

/**
 * Consent with `<lw-consent-capture>`: its questions, its read-back, and once
 * given, what was recorded with a way to record it again.
 */
export function consentStep(
  view: StepView,
  embed: EmbedView,
  events: ConsentEvents,
): TemplateResult {
  const error = view.errorFor('consent');
  return html`<div id=${fieldId('consent')} tabindex="-1" class="lw-consent">
    ${
      error
        ? html`<p class="lw-error-message" part="error-message" id=${`${fieldId('consent')}-error`}>
            <span class="lw-visually-hidden">${view.t('common.error-prefix')}:</span> ${error}
          </p>`
        : nothing
    }
    ${
      view.draft.consent
        ? html`${answers('consent', view)}
            <button
              type="button"
              class="lw-link-button"
              ?disabled=${view.disabled}
              @click=${events.redo}
            >
              ${view.t('common.change')}<span class="lw-visually-hidden">
                ${view.t('referral-form.consent')}</span
              >
            </button>`
        : embed.state === 'ready' && events.configuration
          ? html`<lw-consent-capture
              mode=${view.mode}
              .configuration=${events.configuration}
              .now=${embed.now}
              @lw-consent-given=${(
                event: CustomEvent<{ consent: Consent; contactTimes: readonly ContactTime[] }>,
              ) => {
                event.stopPropagation();
                events.given(event.detail.consent, event.detail.contactTimes);
              }}
            ></lw-consent-capture>`
          : whileLoading(view, embed)
    }
  </div>`;
}
