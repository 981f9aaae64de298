/**
 * English words of what <lw-consent-capture> shows after its questions and
 * read-back: the fields of someone consenting for the patient, the error
 * summary and the saved record. A module of its own, so that it travels in the
 * component's later chunk (see `consent-capture.en.ts`).
 */
export const consentCaptureLaterEn = {
  'consent-capture.saved.heading': 'Consent saved',
  'consent-capture.saved.body':
    'This is the record of the consent. You can print it or keep a copy.',
  'consent-capture.proxy.name': 'Full name of the person giving consent',
  'consent-capture.proxy.relationship': 'Their relationship to the patient',
  'consent-capture.proxy.relationship.hint': 'For example, daughter, carer or legal guardian',
  'consent-capture.proxy.authority': 'What gives them the authority to consent?',
  'consent-capture.best-interests.decision-maker': 'Name and role of the decision maker',
  'consent-capture.best-interests.reason': 'Why the referral is in the patient’s best interests',
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
