/**
 * The general words of validation: the error summary's title, and the
 * messages for a wrong JSON type, for characters text may not hold, and for a field or reason without a message
 * of its own. Always in the catalogue.
 */
export const validationCommonEn = {
  'summary.title': 'There is a problem',
  'error.type': 'This answer could not be read: enter it again',
  'error.characters': 'This answer has characters that cannot be used: type it again',
  'error.unknown': 'Check this answer',
} as const;
