/**
 * Judging the answers (in the chunk loaded after the first render, `later.ts`):
 * the draft record they make, core's validation of it, and where each error
 * sends focus. Until the chunk is here the element shows only its untouched
 * first screen, whose one problem it knows without judging (see
 * `consent-capture.ts`).
 */
import {
  validateNewConsent,
  type Consent,
  type Locale,
  type ValidationError,
} from '@linkwork/core';
import { NO_ANSWERS, type ConsentAnswers, type ConsentMode } from './answers.js';
import type { ReadConfiguration } from './configuration.js';
import type { Translate } from './record.js';

/** What the draft needs besides the answers: the wording's version and fingerprint, and when. */
export interface DraftContext {
  readonly mode: ConsentMode;
  readonly at: string;
  readonly textVersion: string;
  readonly textSha256: string | undefined;
}

function givenBy(answers: ConsentAnswers): Record<string, unknown> | undefined {
  switch (answers.givenBy) {
    case 'patient':
      return { type: 'patient' };
    case 'proxy':
      return {
        type: 'proxy',
        name: answers.proxyName,
        relationship: answers.proxyRelationship,
        authority: answers.proxyAuthority,
      };
    case 'best-interests':
      return {
        type: 'best-interests',
        decisionMaker: answers.decisionMaker,
        reason: answers.reason,
      };
    default:
      return undefined;
  }
}

/**
 * The answers as a draft `Consent` for core's `validateConsent`. The referral
 * must be answered; every other item left unanswered is recorded as not
 * agreed (nothing is assumed), and items the host did not configure are left
 * out of the record.
 */
export function draftConsent(
  answers: ConsentAnswers,
  config: ReadConfiguration,
  context: DraftContext,
): Record<string, unknown> {
  const kinds = new Set(config.items.map((item) => item.kind));
  const asksSharing = kinds.has('share-with-partners');
  const partners = asksSharing
    ? config.partners.map((partner) => ({
        name: partner.name,
        agreed: answers.partners[partner.id] ?? false,
      }))
    : [];
  const shareWithProviders =
    asksSharing &&
    (partners.length > 0
      ? partners.some((partner) => partner.agreed)
      : (answers.shareWithProviders ?? false));
  const method = context.mode === 'self' ? 'online' : answers.method;
  return {
    referral: answers.referral,
    shareWithProviders,
    ...(partners.length > 0 ? { partners } : {}),
    contactBy: kinds.has('contact') ? [...answers.contactBy] : [],
    // No time chosen means any time: the record then has no times at all.
    ...(kinds.has('contact') && answers.contactTimes.length > 0
      ? { contactTimes: [...answers.contactTimes] }
      : {}),
    ...(kinds.has('follow-up') ? { followUp: answers.followUp ?? false } : {}),
    ...(kinds.has('outcome-to-gp')
      ? { shareOutcomeWithGp: answers.shareOutcomeWithGp ?? false }
      : {}),
    givenBy: givenBy(answers),
    method,
    ...(context.mode === 'staff' ? { recordedBy: answers.recordedBy } : {}),
    at: context.at,
    textVersion: context.textVersion,
    textSha256: context.textSha256,
  };
}

/** The answers a saved consent stands for (to show it again, or restore a form). */
export function answersOf(consent: Consent, config: ReadConfiguration): ConsentAnswers {
  const partners: Record<string, boolean> = {};
  for (const partner of config.partners) {
    const saved = consent.partners?.find((p) => p.name === partner.name);
    if (saved) partners[partner.id] = saved.agreed;
  }
  const by = consent.givenBy;
  return {
    ...NO_ANSWERS,
    referral: consent.referral,
    shareWithProviders: consent.shareWithProviders,
    partners,
    contactBy: consent.contactBy,
    contactTimes: consent.contactTimes ?? [],
    ...(consent.followUp === undefined ? {} : { followUp: consent.followUp }),
    ...(consent.shareOutcomeWithGp === undefined
      ? {}
      : { shareOutcomeWithGp: consent.shareOutcomeWithGp }),
    givenBy: by.type,
    ...(by.type === 'proxy'
      ? { proxyName: by.name, proxyRelationship: by.relationship, proxyAuthority: by.authority }
      : {}),
    ...(by.type === 'best-interests' ? { decisionMaker: by.decisionMaker, reason: by.reason } : {}),
    ...(consent.method === 'online' ? {} : { method: consent.method }),
    recordedBy: consent.recordedBy ?? '',
  };
}

/** The control each validation path moves focus to from the error summary. */
export function controlIdOf(path: string, config: ReadConfiguration): string {
  const itemId = (kind: string) => {
    const item = config.items.find((candidate) => candidate.kind === kind);
    return item ? `item-${item.id}` : 'consent-heading';
  };
  const partner = /^consent\.partners\.(\d+)/.exec(path);
  if (partner) return `partner-${partner[1] ?? '0'}`;
  const ids: Record<string, string> = {
    'consent.referral': itemId('referral'),
    'consent.shareWithProviders': itemId('share-with-partners'),
    'consent.followUp': itemId('follow-up'),
    'consent.shareOutcomeWithGp': itemId('outcome-to-gp'),
    'consent.givenBy': 'given-by',
    'consent.givenBy.type': 'given-by',
    'consent.givenBy.name': 'proxy-name',
    'consent.givenBy.relationship': 'proxy-relationship',
    'consent.givenBy.authority': 'proxy-authority',
    'consent.givenBy.decisionMaker': 'decision-maker',
    'consent.givenBy.reason': 'reason',
    'consent.method': 'method',
    'consent.recordedBy': 'recorded-by',
    'read-aloud': 'read-aloud',
  };
  if (path.startsWith('consent.contactBy')) return 'contact-by';
  if (path.startsWith('consent.contactTimes')) return 'contact-times';
  return ids[path] ?? 'consent-heading';
}

/** What judging the answers needs besides them. */
export interface CheckContext extends DraftContext {
  readonly locale: Locale;
  readonly t: Translate;
}

/** The answers judged: the record they make, if valid, and every problem in the order asked. */
export interface Checked {
  readonly consent: Consent | undefined;
  readonly errors: readonly ValidationError[];
}

/** Validation of the answers, through core, plus the staff read-aloud confirmation. */
export function checkAnswers(
  answers: ConsentAnswers,
  config: ReadConfiguration,
  context: CheckContext,
): Checked {
  const result = validateNewConsent(draftConsent(answers, config, context), {
    locale: context.locale,
    source: context.mode,
  });
  const errors = result.ok ? [] : [...result.errors];
  if (context.mode === 'staff' && !answers.readAloud) {
    errors.push({
      path: 'read-aloud',
      code: 'required',
      message: context.t('consent-capture.read-aloud.required'),
    });
  }
  return { consent: result.ok && errors.length === 0 ? result.value : undefined, errors };
}

/**
 * The answers of the Consent JSON a form restores (back/forward, autofill):
 * from a new consent only, since a record with withdrawals is not a draft;
 * `undefined` for anything else.
 */
export function restoredAnswers(
  state: string,
  config: ReadConfiguration,
): ConsentAnswers | undefined {
  try {
    const result = validateNewConsent(JSON.parse(state));
    return result.ok ? answersOf(result.value, config) : undefined;
  } catch {
    // Not our JSON: nothing to restore.
    return undefined;
  }
}

/** The controls of the second step (`who.ts`); every other control is on the first. */
const WHO_CONTROLS: ReadonlySet<string> = new Set([
  'given-by',
  'proxy-name',
  'proxy-relationship',
  'proxy-authority',
  'decision-maker',
  'reason',
  'method',
  'recorded-by',
  'read-aloud',
]);

/** The step a control (`controlIdOf`) is asked on. */
export function stepOf(controlId: string): 'questions' | 'who' {
  return WHO_CONTROLS.has(controlId) ? 'who' : 'questions';
}
