/**
 * English words of <lw-referral-form>: headings, buttons, hints and announcements,
 * in two sections: what the form's frame and its first steps (referrer, patient)
 * show, with every step's title (the heading shows it even when a step's chunk could
 * not load), which load with the element, and the rest, which loads with its later steps.
 * Keys start with `referral-form.`; `referral-form.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter.
 */
export const referralFormStartEn = {
  'referral-form.step.patient.staff': 'About the patient',
  'referral-form.step.patient.self': 'About you',
  'referral-form.progress': 'Step {current} of {total}',
  'referral-form.given-name': 'First name',
  'referral-form.family-name': 'Last name',
  'referral-form.date-of-birth': 'Date of birth',
  'referral-form.date-of-birth.hint': 'For example, 27 3 1956',
  'referral-form.nhs-number': 'NHS number',
  'referral-form.nhs-number.hint.staff': '10 digits, like 485 777 3456',
  'referral-form.nhs-number.hint.self':
    'Optional. You can find it on a prescription, a letter from your GP or in the NHS App',
  'referral-form.step.referrer': 'Your details',
  'referral-form.referrer-name': 'Your full name',
  'referral-form.referrer-role': 'Your role',
  'referral-form.referrer-role.hint': 'For example, GP, practice nurse or receptionist',
  'referral-form.referrer-ods': 'ODS code of your practice or organisation',
  'referral-form.referrer-ods.hint': '3 to 6 letters or numbers, like C99001',
  'referral-form.referrer-email': 'Your work email address',
  'referral-form.referrer-phone': 'Your work phone number (optional)',
  'referral-form.load-failed':
    'This part of the form could not be loaded. Check your connection and try again.',
  'referral-form.try-again': 'Try again',
  'referral-form.send.staff': 'Send referral',
  'referral-form.send.self': 'Send',
  'referral-form.restored': 'We kept your answers from earlier on this device.',
  'referral-form.start-again': 'Start again',
  'referral-form.step.contact.staff': 'How to contact the patient',
  'referral-form.step.contact.self': 'How to contact you',
  'referral-form.step.needs.staff': 'What matters to the patient',
  'referral-form.step.needs.self': 'What matters to you',
  'referral-form.step.check.staff': 'Check the referral before sending it',
  'referral-form.step.check.self': 'Check your answers before sending them',
  'referral-form.step.risk': 'Risk and urgency',
  'referral-form.step.access.staff': 'What the patient needs to take part',
  'referral-form.step.access.self': 'What you need to take part',
  'referral-form.step.activities.staff': 'Activities the patient might like',
  'referral-form.step.activities.self': 'Activities you might like',
  'referral-form.step.consent.staff': "The patient's consent",
  'referral-form.step.consent.self': 'Your consent',
} as const satisfies Record<`referral-form.${string}`, string>;

/** The words of the later steps, check your answers, sending (and what can go wrong) and the confirmation. */
export const referralFormLaterEn = {
  'referral-form.address-lines': 'Address',
  'referral-form.address-lines.hint': 'Building and street, one on each line',
  'referral-form.town': 'Town or city',
  'referral-form.postcode': 'Postcode',
  'referral-form.phone': 'Phone number',
  'referral-form.email': 'Email address',
  'referral-form.preferred-contact.staff': 'How would the patient like to be contacted?',
  'referral-form.preferred-contact.self': 'How would you like us to contact you?',
  'referral-form.channel.phone': 'Phone call',
  'referral-form.channel.text': 'Text message',
  'referral-form.channel.email': 'Email',
  'referral-form.channel.letter': 'Letter',
  'referral-form.time.morning': 'Morning',
  'referral-form.time.afternoon': 'Afternoon',
  'referral-form.time.evening': 'Evening',
  'referral-form.reasons.staff': 'What would the patient like help with?',
  'referral-form.reasons.self': 'What would you like help with?',
  'referral-form.reasons.hint': 'Select all that apply',
  'referral-form.notes.staff': 'Anything else the link worker should know (optional)',
  'referral-form.notes.self': 'Tell us more, in your own words (optional)',
  'referral-form.urgency': 'How urgent is this referral?',
  'referral-form.urgency.routine': 'Routine',
  'referral-form.urgency.urgent': 'Urgent',
  'referral-form.safeguarding': 'Are there any safeguarding concerns?',
  'referral-form.lone-working': 'Is there any risk to a link worker meeting the patient alone?',
  'referral-form.risk-details': 'Details of the risk',
  'referral-form.risk-details.hint': 'Needed if you answered yes to either question',
  'referral-form.language.staff': 'Which language does the patient prefer?',
  'referral-form.language.self': 'Which language do you prefer?',
  'referral-form.language.default': 'English',
  'referral-form.interpreter.staff': 'Does the patient need an interpreter?',
  'referral-form.interpreter.self': 'Do you need an interpreter?',
  'referral-form.accessibility.staff':
    'Does the patient need anything else to take part? (optional)',
  'referral-form.accessibility.self': 'Do you need anything else to take part? (optional)',
  'referral-form.accessibility.hint':
    'For example, step-free access, large print, a hearing loop or someone to come with them',
  'referral-form.activities.hint.staff':
    'Optional. Shortlist anything the patient is interested in: the link worker will talk it through with them.',
  'referral-form.activities.hint.self':
    'Optional. Shortlist anything you are interested in: your link worker will talk it through with you.',
  'referral-form.activities': 'Shortlisted activities',
  'referral-form.consent': 'Consent',
  'referral-form.consent.summary': 'Given {method} by {who}',
  'referral-form.consent.method.online': 'online',
  'referral-form.consent.method.verbal': 'verbally',
  'referral-form.consent.method.written': 'in writing',
  'referral-form.consent.who.patient.staff': 'the patient',
  'referral-form.consent.who.patient.self': 'you',
  'referral-form.consent.contact-by': 'Agreed ways to contact',
  'referral-form.contact-times': 'Best times to contact',
  'referral-form.loading': 'Loading',
  'referral-form.sent.title': 'Referral sent',
  'referral-form.reference': 'Reference number',
  'referral-form.next.title': 'What happens next',
  'referral-form.next.staff':
    'A link worker will read the referral and contact the patient in the way they chose. Quote the reference number if you need to contact us about this referral.',
  'referral-form.next.self':
    'A link worker will read your referral and contact you in the way you chose. Keep your reference number: quote it if you contact us about your referral.',
  'referral-form.queued.title': 'Referral saved, not sent yet',
  'referral-form.queued.offline':
    'You are offline. The referral is saved on this device and will be sent automatically when you are back online.',
  'referral-form.queued.retry':
    'We could not reach the service just now. The referral is saved on this device and will be sent automatically as soon as the service can be reached.',
  'referral-form.pending-reference': 'Pending reference',
  'referral-form.another': 'Make another referral',
  'referral-form.not-given': 'Not given',
  'referral-form.sending': 'Sending your referral',
  'referral-form.error.unauthorised':
    'The referral was not sent because you are signed out. Sign in again, then send it: your answers are still here.',
  'referral-form.error.conflict':
    'This referral was changed after it was first sent, so it was not sent again. Start again to send it as a new referral.',
  'referral-form.error.refused':
    'The service did not accept this referral and nothing was stored. Contact the service if this keeps happening.',
  'referral-form.error.no-backend':
    'This form is not connected to a service, so it cannot send referrals.',
  'referral-form.error.failed': 'Something went wrong and the referral was not sent. Try again.',
} as const satisfies Record<`referral-form.${string}`, string>;

/** Every English word of <lw-referral-form> (pure, so bundles that use only a section drop it). */
export const referralFormEn = /* @__PURE__ */ Object.assign(
  {},
  referralFormStartEn,
  referralFormLaterEn,
);
