/**
 * The parts of a consent that can be withdrawn one by one, and what still
 * stands after a series of partial withdrawals. Pure functions over the plain
 * values, shared by validation (which checks each withdrawal against what
 * stood before it) and by `consentInForce`.
 */
import type { Consent, ConsentItem } from '../model/referral.js';
import { CONTACT_CHANNELS } from '../validation/values.js';

/** The parts of a record that withdrawals are measured against. */
export type AgreedParts = Pick<
  Consent,
  'shareWithProviders' | 'partners' | 'contactBy' | 'followUp' | 'shareOutcomeWithGp'
>;

/** One string per item, equal for equal items (`partner:Age UK`, `contactBy:phone`, `followUp`). */
export function itemKey(item: ConsentItem): string {
  switch (item.type) {
    case 'partner':
      return `partner:${item.name}`;
    case 'contactBy':
      return `contactBy:${item.channel}`;
    default:
      return item.type;
  }
}

/**
 * Every part the record agreed to, in the order a person reads them: sharing
 * (each named partner, or sharing in general when none is named), each
 * contact channel, follow-up, the outcome to the GP practice.
 */
export function agreedItems(parts: AgreedParts): ConsentItem[] {
  const items: ConsentItem[] = [];
  const partners = parts.partners ?? [];
  if (parts.shareWithProviders && partners.length === 0) items.push({ type: 'shareWithProviders' });
  for (const partner of partners) {
    if (parts.shareWithProviders && partner.agreed)
      items.push({ type: 'partner', name: partner.name });
  }
  for (const channel of CONTACT_CHANNELS) {
    if (parts.contactBy.includes(channel)) items.push({ type: 'contactBy', channel });
  }
  if (parts.followUp) items.push({ type: 'followUp' });
  if (parts.shareOutcomeWithGp) items.push({ type: 'shareOutcomeWithGp' });
  return items;
}

/**
 * What stands of a record's agreed parts as withdrawals are applied one after
 * another. Withdrawing `shareWithProviders` withdraws every named partner
 * with it; withdrawing the last named partner leaves nothing to share.
 */
export class StandingItems {
  private readonly agreed: ReadonlySet<string>;
  private readonly withdrawn = new Set<string>();
  private readonly partnerKeys: readonly string[];

  constructor(parts: AgreedParts) {
    this.agreed = new Set(agreedItems(parts).map(itemKey));
    this.partnerKeys = (parts.partners ?? []).map((partner) => `partner:${partner.name}`);
    // With named partners, sharing in general is agreed when sharing with any of them is.
    if (parts.shareWithProviders && this.partnerKeys.length > 0) {
      this.agreed = new Set([...this.agreed, 'shareWithProviders']);
    }
  }

  /** Whether the record agreed to `item` at all. */
  wasAgreed(item: ConsentItem): boolean {
    return this.agreed.has(itemKey(item));
  }

  /** Whether `item` was agreed and has not been withdrawn since. */
  stands(item: ConsentItem): boolean {
    const key = itemKey(item);
    if (!this.agreed.has(key) || this.withdrawn.has(key)) return false;
    if (item.type === 'partner') return !this.withdrawn.has('shareWithProviders');
    if (item.type === 'shareWithProviders' && this.partnerKeys.length > 0) {
      return this.partnerKeys.some(
        (partner) => this.agreed.has(partner) && !this.withdrawn.has(partner),
      );
    }
    return true;
  }

  /** Records `item` as withdrawn. */
  withdraw(item: ConsentItem): void {
    this.withdrawn.add(itemKey(item));
  }
}
