/**
 * English words of <lw-consent-capture>'s withdrawal form and its
 * confirmation. A module of its own, so that it travels in the component's
 * later chunk (see `consent-capture.en.ts`).
 */
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
