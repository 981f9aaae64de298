/**
 * English words of <lw-consent-capture>: headings, buttons, hints and announcements.
 * Keys start with `consent-capture.`; `consent-capture.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter.
 *
 * Three sections, each in a module of its own so that a bundle splits them
 * as the component loads them: the first step's questions (here, with the
 * component), what comes after them (who is giving consent and how, the error
 * summary, the read-back, the record: `consent-capture-later.en.ts`, in the
 * chunk the component fetches right after its first render), and the
 * withdrawal form (`consent-capture-withdrawal.en.ts`, in that chunk too).
 */
import { consentCaptureLaterEn } from './consent-capture-later.en.js';
import { consentCaptureWithdrawalEn } from './consent-capture-withdrawal.en.js';

export { consentCaptureLaterEn, consentCaptureWithdrawalEn };

/** The first step (the questions) in either mode, and the words for a part that could not load. */
export const consentCaptureStartEn = {
  'consent-capture.heading.self': 'Your consent',
  'consent-capture.heading.staff': "The patient's consent",
  'consent-capture.intro.self':
    'Each question is a separate choice. You can change your mind and withdraw your consent at any time.',
  'consent-capture.intro.staff':
    'Each question is a separate choice. The patient can withdraw their consent at any time.',
  'consent-capture.more-detail': 'More about this',
  'consent-capture.agree': 'Yes, I agree',
  'consent-capture.refuse': 'No, I do not agree',
  'consent-capture.agree.staff': 'Yes, they agree',
  'consent-capture.refuse.staff': 'No, they do not agree',
  'consent-capture.contact.hint': 'Select all that apply.',
  'consent-capture.channel.phone': 'Phone call',
  'consent-capture.channel.text': 'Text message',
  'consent-capture.channel.email': 'Email',
  'consent-capture.channel.letter': 'Letter',
  'consent-capture.times.legend': 'When we may contact you',
  'consent-capture.time.morning': 'Morning (9am to 12pm)',
  'consent-capture.time.afternoon': 'Afternoon (12pm to 5pm)',
  'consent-capture.time.evening': 'Evening (5pm to 8pm)',
  'consent-capture.times.hint': 'Select all that apply, or none if any time is fine.',
  'consent-capture.config-error':
    'Some of the consent questions could not be shown. Contact the service before continuing.',
  'consent-capture.load-failed':
    'This part of the form could not be loaded. Check your connection and try again.',
  'consent-capture.try-again': 'Try again',
} as const satisfies Record<`consent-capture.${string}`, string>;

/**
 * The questions, read-back and record: the first two sections (pure, so
 * bundles that use only a section drop it).
 */
export const consentCaptureFormEn = /* @__PURE__ */ Object.assign(
  {},
  consentCaptureStartEn,
  consentCaptureLaterEn,
);

/** Every English word of <lw-consent-capture> (pure, so bundles drop it). */
export const consentCaptureEn = /* @__PURE__ */ Object.assign(
  {},
  consentCaptureStartEn,
  consentCaptureLaterEn,
  consentCaptureWithdrawalEn,
);
