/**
 * English words of <lw-consent-capture>: headings, buttons, hints and announcements.
 * Keys start with `consent-capture.`; `consent-capture.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter.
 *
 * Three sections, so that a page carries words only once what shows them is
 * loaded: the questions (with the component), what comes after them (the
 * fields of someone consenting for the patient, the read-back and the record,
 * in the chunk the component fetches right after its first render), and the
 * withdrawal form and its confirmation (with them).
 */
/** The questions, as first shown in either mode, and the words for a part that could not load. */
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
  'consent-capture.who.legend': 'Who is giving consent?',
  'consent-capture.who.patient.self': 'I am',
  'consent-capture.who.patient.staff': 'The patient',
  'consent-capture.who.proxy.self': 'Someone on my behalf',
  'consent-capture.who.proxy.staff': 'Someone on the patient’s behalf',
  'consent-capture.who.best-interests': 'A best interests decision',
  'consent-capture.who.best-interests.hint':
    'The patient lacks capacity to make this decision, and it has been made in their best interests.',
  'consent-capture.method.legend': 'How was consent given?',
  'consent-capture.method.verbal': 'Verbally',
  'consent-capture.method.written': 'In writing',
  'consent-capture.recorded-by': 'Your name (who is recording this consent)',
  'consent-capture.read-aloud':
    'I read each item to the patient, or the person consenting for them, and they understood it',
  'consent-capture.read-aloud.legend': 'Confirm you read the items aloud',
  'consent-capture.read-aloud.required':
    'Confirm that you read each item to the person giving consent',
  'consent-capture.config-error':
    'Some of the consent questions could not be shown. Contact the service before continuing.',
  'consent-capture.load-failed':
    'This part of the form could not be loaded. Check your connection and try again.',
  'consent-capture.try-again': 'Try again',
} as const satisfies Record<`consent-capture.${string}`, string>;

/** The fields shown once someone consents for the patient, the error summary, the read-back and the saved record. */
export const consentCaptureLaterEn = {
  'consent-capture.times.any': 'Any time',
  'consent-capture.proxy.name': 'Full name of the person giving consent',
  'consent-capture.proxy.relationship': 'Their relationship to the patient',
  'consent-capture.proxy.relationship.hint': 'For example, daughter, carer or legal guardian',
  'consent-capture.proxy.authority': 'What gives them the authority to consent?',
  'consent-capture.authority.lasting-power-of-attorney':
    'Lasting power of attorney for health and welfare',
  'consent-capture.authority.parent': 'Parent of a child under 16',
  'consent-capture.authority.other': 'Other authority',
  'consent-capture.best-interests.decision-maker': 'Name and role of the decision maker',
  'consent-capture.best-interests.reason': 'Why the referral is in the patient’s best interests',
  'consent-capture.method.online': 'Online, by the patient',
  'consent-capture.check.heading': 'Check what you are agreeing to',
  'consent-capture.check.heading.staff': 'Check the consent before you save it',
  'consent-capture.save': 'Save consent',
  'consent-capture.agreed': 'Agreed',
  'consent-capture.refused': 'Not agreed',
  'consent-capture.none': 'None',
  'consent-capture.given-by': 'Given by',
  'consent-capture.given-by.proxy': '{name} ({relationship}), {authority}',
  'consent-capture.given-by.best-interests': 'Best interests decision by {decisionMaker}: {reason}',
  'consent-capture.method': 'How it was given',
  'consent-capture.recorded-by.label': 'Recorded by',
  'consent-capture.at': 'Date and time',
  'consent-capture.text-version': 'Version of the wording',
  'consent-capture.when': '{day} {month} {year} at {time}',
  'consent-capture.month.1': 'January',
  'consent-capture.month.2': 'February',
  'consent-capture.month.3': 'March',
  'consent-capture.month.4': 'April',
  'consent-capture.month.5': 'May',
  'consent-capture.month.6': 'June',
  'consent-capture.month.7': 'July',
  'consent-capture.month.8': 'August',
  'consent-capture.month.9': 'September',
  'consent-capture.month.10': 'October',
  'consent-capture.month.11': 'November',
  'consent-capture.month.12': 'December',
  'consent-capture.saved.heading': 'Consent saved',
  'consent-capture.saved.body':
    'This is the record of the consent. You can print it or keep a copy.',
  'consent-capture.record.heading': 'Consent record',
  'consent-capture.withdrawn.label': 'Withdrawn',
  'consent-capture.withdrawn.value': '{items}, on {at} by {by}',
  'consent-capture.withdraw.button': 'Withdraw consent',
  'consent-capture.withdraw.all': 'All consent, including the referral',
  'consent-capture.part.shareWithProviders': 'Sharing details with partner organisations',
  'consent-capture.part.partner': 'Sharing details with {name}',
  'consent-capture.part.contactBy.phone': 'Phone calls',
  'consent-capture.part.contactBy.text': 'Text messages',
  'consent-capture.part.contactBy.email': 'Emails',
  'consent-capture.part.contactBy.letter': 'Letters',
  'consent-capture.part.followUp': 'Contact later to ask how it went',
  'consent-capture.part.shareOutcomeWithGp': 'Telling the GP practice what happened',
  'consent-capture.withdraw.done': 'Consent withdrawn on {at} by {by}',
  'consent-capture.problem': 'There is a problem',
} as const satisfies Record<`consent-capture.${string}`, string>;

/**
 * The questions, read-back and record: the two sections above (pure, so
 * bundles that use only a section drop it).
 */
export const consentCaptureFormEn = /* @__PURE__ */ Object.assign(
  {},
  consentCaptureStartEn,
  consentCaptureLaterEn,
);

/** The words of the withdrawal form and its confirmation. */
export const consentCaptureWithdrawalEn = {
  'consent-capture.withdraw.heading': 'Withdraw consent',
  'consent-capture.withdraw.scope': 'What do you want to withdraw?',
  'consent-capture.withdraw.part': 'Only some of it',
  'consent-capture.withdraw.items': 'Select what to withdraw',
  'consent-capture.withdraw.by': 'Name of the person withdrawing consent',
  'consent-capture.withdraw.scope.required': 'Select whether to withdraw all or some consent',
  'consent-capture.withdraw.items.required': 'Select at least one thing to withdraw',
  'consent-capture.withdraw.by.required': 'Enter the name of the person withdrawing consent',
  'consent-capture.withdraw.confirm.heading': 'Are you sure you want to withdraw this consent?',
  'consent-capture.withdraw.confirm.lead': 'This will withdraw:',
  'consent-capture.withdraw.confirm': 'Yes, withdraw consent',
  'consent-capture.withdraw.cancel': 'No, keep consent as it is',
} as const satisfies Record<`consent-capture.withdraw.${string}`, string>;

/** Every English word of <lw-consent-capture> (pure, so bundles drop it). */
export const consentCaptureEn = /* @__PURE__ */ Object.assign(
  {},
  consentCaptureStartEn,
  consentCaptureLaterEn,
  consentCaptureWithdrawalEn,
);
