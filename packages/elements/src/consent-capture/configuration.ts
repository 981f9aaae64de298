import type { Locale } from '@linkwork/core';

/** The kinds of decision the component asks for, in the order it asks them. */
export type ConsentItemKind =
  'referral' | 'share-with-partners' | 'contact' | 'follow-up' | 'outcome-to-gp';

export const ITEM_KINDS: readonly ConsentItemKind[] = [
  'referral',
  'share-with-partners',
  'contact',
  'follow-up',
  'outcome-to-gp',
];

/** One item's wording in one language: the question and, optionally, more detail shown in place. */
export interface ConsentItemWording {
  readonly text: string;
  readonly detail?: string;
}

/** One consent item as the host configures it: plain-language wording in English and Welsh. */
export interface ConsentItemConfig {
  /** Unique among the items; used for element ids and in `lw-consent-change` detail. */
  readonly id: string;
  readonly kind: ConsentItemKind;
  readonly en: ConsentItemWording;
  /** Welsh wording; English is shown (and fingerprinted) when absent. */
  readonly cy?: ConsentItemWording;
}

/** A named partner organisation the person may agree to share details with. */
export interface PartnerConfig {
  readonly id: string;
  readonly name: string;
}

/**
 * What a host configures: the items (the `referral` item is required), the
 * partner organisations, and the version of each language's wording.
 */
export interface ConsentConfiguration {
  readonly items: readonly ConsentItemConfig[];
  readonly partners?: readonly PartnerConfig[];
  /** The version of the wording in each language, versioned separately (`en-2026-09`, `cy-2026-09`). */
  readonly textVersion: { readonly en: string; readonly cy?: string };
}

/** A problem in the host's configuration, named for the console and the `lw-error` event. */
export interface ConfigurationProblem {
  readonly code:
    | 'not-an-object'
    | 'item-invalid'
    | 'duplicate-item-id'
    | 'duplicate-item-kind'
    | 'missing-referral-item'
    | 'missing-contact-item'
    | 'partner-without-name'
    | 'duplicate-partner-id'
    | 'missing-text-version';
  /** Where: `items.2`, `partners.0`. */
  readonly path: string;
  readonly message: string;
}

/** The usable part of a configuration, and what was left out. */
export interface ReadConfiguration {
  readonly items: readonly ConsentItemConfig[];
  readonly partners: readonly PartnerConfig[];
  readonly textVersion: { readonly en: string; readonly cy?: string };
  readonly problems: readonly ConfigurationProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function readWording(value: unknown): ConsentItemWording | undefined {
  if (!isRecord(value) || !text(value.text)) return undefined;
  const detail = text(value.detail);
  return detail ? { text: text(value.text), detail } : { text: text(value.text) };
}

/**
 * Reads host configuration defensively: keeps every valid item and partner,
 * and names each problem (duplicate ids, an organisation without a name…)
 * rather than throwing, so the component can still render what is valid.
 * Host strings are kept as data; they are only ever rendered as text.
 */
export function readConfiguration(input: unknown): ReadConfiguration {
  const problems: ConfigurationProblem[] = [];
  const add = (code: ConfigurationProblem['code'], path: string, message: string) =>
    problems.push({ code, path, message });
  if (!isRecord(input)) {
    add('not-an-object', '', 'configuration must be an object with items and textVersion');
    return { items: [], partners: [], textVersion: { en: '' }, problems };
  }
  const items: ConsentItemConfig[] = [];
  const ids = new Set<string>();
  const kinds = new Set<ConsentItemKind>();
  (Array.isArray(input.items) ? input.items : []).forEach((raw: unknown, index) => {
    const path = `items.${index}`;
    const en = isRecord(raw) ? readWording(raw.en) : undefined;
    const id = isRecord(raw) ? text(raw.id) : '';
    const kind = isRecord(raw) ? raw.kind : undefined;
    if (!en || !id || !ITEM_KINDS.includes(kind as ConsentItemKind)) {
      add('item-invalid', path, `item ${index} needs an id, a known kind and English text`);
      return;
    }
    if (ids.has(id)) {
      add(
        'duplicate-item-id',
        path,
        `item id "${id}" is used more than once; later copies are left out`,
      );
      return;
    }
    if (kinds.has(kind as ConsentItemKind)) {
      add('duplicate-item-kind', path, `a second "${String(kind)}" item is left out`);
      return;
    }
    ids.add(id);
    kinds.add(kind as ConsentItemKind);
    const cy = readWording((raw as Record<string, unknown>).cy);
    items.push({ id, kind: kind as ConsentItemKind, en, ...(cy ? { cy } : {}) });
  });
  if (!kinds.has('referral')) {
    add('missing-referral-item', 'items', 'there is no "referral" item: consent cannot be given');
  }
  if (!kinds.has('contact')) {
    add(
      'missing-contact-item',
      'items',
      'there is no "contact" item: consent needs at least one way to contact the person',
    );
  }
  items.sort((a, b) => ITEM_KINDS.indexOf(a.kind) - ITEM_KINDS.indexOf(b.kind));

  const partners: PartnerConfig[] = [];
  const partnerIds = new Set<string>();
  (Array.isArray(input.partners) ? input.partners : []).forEach((raw: unknown, index) => {
    const path = `partners.${index}`;
    const name = isRecord(raw) ? text(raw.name) : '';
    const id = (isRecord(raw) ? text(raw.id) : '') || name;
    if (!name) {
      add(
        'partner-without-name',
        path,
        `partner organisation ${index} has no name and is left out`,
      );
      return;
    }
    if (partnerIds.has(id)) {
      add(
        'duplicate-partner-id',
        path,
        `partner id "${id}" is used more than once; later copies are left out`,
      );
      return;
    }
    partnerIds.add(id);
    partners.push({ id, name });
  });

  const version = isRecord(input.textVersion) ? input.textVersion : {};
  const en = text(version.en);
  const cy = text(version.cy);
  if (!en) add('missing-text-version', 'textVersion.en', 'textVersion.en is missing');
  return { items, partners, textVersion: cy ? { en, cy } : { en }, problems };
}

/** The wording of an item in `locale` (Welsh falls back to English), and the version it belongs to. */
export function wordingOf(item: ConsentItemConfig, locale: Locale): ConsentItemWording {
  return (locale === 'cy' ? item.cy : undefined) ?? item.en;
}

/** The version of the wording shown in `locale`. */
export function textVersionOf(config: ReadConfiguration, locale: Locale): string {
  const hasWelsh = config.items.some((item) => item.cy);
  return locale === 'cy' && hasWelsh && config.textVersion.cy
    ? config.textVersion.cy
    : config.textVersion.en;
}

/**
 * The exact wording shown, as one string, for the fingerprint: each item's
 * text and detail, then the partner names, one per line, in display order.
 */
export function shownWording(config: ReadConfiguration, locale: Locale): string {
  const lines: string[] = [];
  for (const item of config.items) {
    const wording = wordingOf(item, locale);
    lines.push(wording.text);
    if (wording.detail) lines.push(wording.detail);
    if (item.kind === 'share-with-partners') {
      for (const partner of config.partners) lines.push(partner.name);
    }
  }
  return lines.join('\n');
}
