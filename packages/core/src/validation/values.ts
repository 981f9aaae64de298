/**
 * The allowed values of the referral's enumerated fields, as plain constants.
 * Validation reads these (so validating pulls in no zod at all); the zod
 * schemas are built from the same lists.
 */

/** How a patient agrees to be contacted. */
export const CONTACT_CHANNELS = ['phone', 'text', 'email', 'letter'] as const;
/** When a patient prefers to be contacted. */
export const CONTACT_TIMES = ['morning', 'afternoon', 'evening'] as const;
/** Who made the referral: practice staff, or the patient themselves. */
export const REFERRAL_SOURCES = ['staff', 'self'] as const;
export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
/** How consent was taken. */
export const CONSENT_METHODS = ['verbal', 'written', 'online'] as const;
/** The legal basis on which a proxy consents. */
export const PROXY_AUTHORITIES = ['lasting-power-of-attorney', 'parent', 'other'] as const;
export const URGENCIES = ['routine', 'urgent'] as const;
/** Who gave consent. */
export const CONSENT_GIVERS = ['patient', 'proxy', 'best-interests'] as const;
/** The kinds of part a consent can be partly withdrawn by (the referral itself is not one). */
export const CONSENT_ITEM_TYPES = [
  'shareWithProviders',
  'partner',
  'contactBy',
  'followUp',
  'shareOutcomeWithGp',
] as const;
