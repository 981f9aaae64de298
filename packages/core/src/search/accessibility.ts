import { tokenise } from './text.js';

/**
 * Accessibility features a query can ask for, each with the venue wordings
 * that provide it. A query word or venue label is compared folded and with
 * punctuation as spaces (`Step-free access` = `step free access`).
 * Asking for a group key (`step-free`) or one of its query aliases
 * (`wheelchair`) accepts any of its venue wordings; asking for any other
 * wording (`ramp`) accepts only that wording.
 */
export const ACCESSIBILITY_FEATURES: Readonly<
  Record<string, { readonly aliases: readonly string[]; readonly venueWordings: readonly string[] }>
> = {
  'step-free': {
    aliases: ['wheelchair', 'wheelchair access', 'wheelchair accessible', 'level access'],
    venueWordings: [
      'step free',
      'step free access',
      'level access',
      'no steps',
      'ramp',
      'ramped access',
      'wheelchair access',
      'wheelchair accessible',
      'mynediad heb risiau',
      'mynediad i gadeiriau olwyn',
    ],
  },
  'hearing-loop': {
    aliases: ['loop', 'induction loop'],
    venueWordings: ['hearing loop', 'induction loop', 'loop system', 'dolen sain', 'dolen glyw'],
  },
  'accessible-toilet': {
    aliases: ['disabled toilet', 'toilet'],
    venueWordings: [
      'accessible toilet',
      'accessible toilets',
      'disabled toilet',
      'disabled toilets',
      'changing places',
      'changing places toilet',
      'toiled hygyrch',
    ],
  },
  'changing-places': {
    aliases: [],
    venueWordings: ['changing places', 'changing places toilet'],
  },
  lift: { aliases: ['elevator'], venueWordings: ['lift', 'elevator', 'lifft'] },
  'accessible-parking': {
    aliases: ['blue badge parking', 'disabled parking', 'parking'],
    venueWordings: ['accessible parking', 'blue badge parking', 'disabled parking'],
  },
  'large-print': { aliases: [], venueWordings: ['large print', 'print bras'] },
  bsl: {
    aliases: ['british sign language', 'sign language', 'bsl interpreter'],
    venueWordings: [
      'bsl',
      'bsl interpreter',
      'british sign language',
      'british sign language interpreter',
    ],
  },
  'quiet-room': { aliases: ['quiet space'], venueWordings: ['quiet room', 'quiet space'] },
  'baby-changing': { aliases: [], venueWordings: ['baby changing'] },
};

/** A feature label folded to words separated by single spaces. */
function phrase(text: string): string {
  return tokenise(text).join(' ');
}

const groupsByVenueWording = new Map<string, string[]>();
const groupByQueryWording = new Map<string, string>();
for (const [key, feature] of Object.entries(ACCESSIBILITY_FEATURES)) {
  groupByQueryWording.set(phrase(key), key);
  for (const alias of feature.aliases) groupByQueryWording.set(phrase(alias), key);
  for (const wording of feature.venueWordings) {
    const groups = groupsByVenueWording.get(phrase(wording)) ?? [];
    groups.push(key);
    groupsByVenueWording.set(phrase(wording), groups);
  }
}

/**
 * The keys a venue's feature label provides: its own folded wording and every
 * group it belongs to (`Step-free access` → `step free access`, `step-free`).
 */
export function venueAccessibilityKeys(label: string): string[] {
  const wording = phrase(label);
  if (!wording) return [];
  return [wording, ...(groupsByVenueWording.get(wording) ?? [])];
}

/**
 * The key a requested feature needs: a group key for group names and aliases
 * (`wheelchair` → `step-free`), else the folded wording itself (`Ramp` → `ramp`).
 */
export function requestedAccessibilityKey(feature: string): string {
  const wording = phrase(feature);
  return groupByQueryWording.get(wording) ?? wording;
}
