import type { Consent, Locale } from '@linkwork/core';
import type { ChoiceOption } from '../fields/index.js';
import { wordingOf, type ReadConfiguration } from './configuration.js';
import type { Translate } from './record.js';

/** What can be withdrawn on its own: `partner:<name>`, `contact:<channel>`, `follow-up`, `outcome-to-gp`. */
export type WithdrawablePart = string;

/** The parts of a saved consent that are agreed and can be withdrawn one by one. */
export function withdrawableParts(
  consent: Consent,
  config: ReadConfiguration,
  locale: Locale,
  t: Translate,
): ChoiceOption[] {
  const label = (kind: string, fallback: string) => {
    const item = config.items.find((candidate) => candidate.kind === kind);
    return item ? wordingOf(item, locale).text : fallback;
  };
  const parts: ChoiceOption[] = [];
  for (const partner of consent.partners ?? []) {
    if (partner.agreed) parts.push({ value: `partner:${partner.name}`, label: partner.name });
  }
  if (consent.shareWithProviders && (consent.partners ?? []).length === 0) {
    parts.push({ value: 'share-with-partners', label: label('share-with-partners', 'Sharing') });
  }
  for (const channel of consent.contactBy) {
    parts.push({ value: `contact:${channel}`, label: t(`consent-capture.channel.${channel}`) });
  }
  if (consent.followUp) parts.push({ value: 'follow-up', label: label('follow-up', 'Follow-up') });
  if (consent.shareOutcomeWithGp) {
    parts.push({ value: 'outcome-to-gp', label: label('outcome-to-gp', 'Outcome') });
  }
  return parts;
}

/**
 * The consent after withdrawing `parts` of it: those choices become refusals.
 * Withdrawing everything instead records `withdrawn` with the time and who.
 */
export function withdrawParts(consent: Consent, parts: readonly WithdrawablePart[]): Consent {
  const gone = new Set(parts);
  const partners = consent.partners?.map((partner) =>
    gone.has(`partner:${partner.name}`) ? { ...partner, agreed: false } : partner,
  );
  const shareWithProviders =
    partners && partners.length > 0
      ? partners.some((partner) => partner.agreed)
      : consent.shareWithProviders && !gone.has('share-with-partners');
  return {
    ...consent,
    shareWithProviders,
    ...(partners ? { partners } : {}),
    contactBy: consent.contactBy.filter((channel) => !gone.has(`contact:${channel}`)),
    ...(consent.followUp === undefined
      ? {}
      : { followUp: consent.followUp && !gone.has('follow-up') }),
    ...(consent.shareOutcomeWithGp === undefined
      ? {}
      : { shareOutcomeWithGp: consent.shareOutcomeWithGp && !gone.has('outcome-to-gp') }),
  };
}
