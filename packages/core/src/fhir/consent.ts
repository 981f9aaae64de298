import type {
  Consent,
  ConsentItem,
  ContactChannel,
  ContactTime,
  PartialWithdrawal,
  ProxyAuthority,
} from '../model/referral.js';
import { normaliseText } from '../validation/text.js';
import { toFhirDateTime } from './normalise.js';
import {
  CONSENT_ACTION_SYSTEM,
  CONSENT_METHOD_EXTENSION,
  CONSENT_POLICY_SYSTEM,
  CONSENT_PROVISION_SYSTEM,
  CONSENT_RECORDED_BY_EXTENSION,
  CONSENT_SCOPE_SYSTEM,
  CONSENT_TEXT_SHA256_EXTENSION,
  CONSENT_TEXT_VERSION_EXTENSION,
  CONSENT_WITHDRAWN_BY_EXTENSION,
  LOINC_SYSTEM,
  REFERRAL_DETAILS_CODE_SYSTEM,
  V3_ACT_CODE_SYSTEM,
  V3_ACT_REASON_SYSTEM,
  V3_PARTICIPATION_TYPE_SYSTEM,
  V3_ROLE_CODE_SYSTEM,
} from './systems.js';
import type {
  FhirCodeableConcept,
  FhirConsent,
  FhirConsentProvision,
  FhirExtension,
  FhirIdentifier,
  FhirReference,
} from './types.js';

const CHANNELS: readonly ContactChannel[] = ['phone', 'text', 'email', 'letter'];

const CHANNEL_PROVISION: Readonly<Record<ContactChannel, string>> = {
  phone: 'Contact by phone call',
  text: 'Contact by text message',
  email: 'Contact by email',
  letter: 'Contact by letter',
};

const TIMES: readonly ContactTime[] = ['morning', 'afternoon', 'evening'];

const TIME_PROVISION: Readonly<Record<ContactTime, string>> = {
  morning: 'Contact in the morning',
  afternoon: 'Contact in the afternoon',
  evening: 'Contact in the evening',
};

function provisionCode(code: string, display: string): FhirCodeableConcept {
  return { coding: [{ system: CONSENT_PROVISION_SYSTEM, code, display }], text: display };
}

function action(code: 'collect' | 'access' | 'use' | 'disclose'): FhirCodeableConcept {
  const display = { collect: 'Collect', access: 'Access', use: 'Use', disclose: 'Disclose' }[code];
  return { coding: [{ system: CONSENT_ACTION_SYSTEM, code, display }] };
}

const INFORMATION_RECIPIENT: FhirCodeableConcept = {
  coding: [
    { system: V3_PARTICIPATION_TYPE_SYSTEM, code: 'IRCP', display: 'information recipient' },
  ],
};

function permitOrDeny(agreed: boolean): 'permit' | 'deny' {
  return agreed ? 'permit' : 'deny';
}

/**
 * The consent's rules: a permit for the referral itself (or a deny, should
 * it ever be refused), with nested exceptions for sharing with partner
 * organisations (and each named partner), each contact channel, follow-up
 * and sharing the outcome with the GP.
 */
function provision(consent: Consent): FhirConsentProvision {
  const nested: FhirConsentProvision[] = [];
  const partners = (consent.partners ?? []).filter((partner) => normaliseText(partner.name));
  nested.push({
    type: permitOrDeny(consent.shareWithProviders),
    action: [action('disclose')],
    code: [
      provisionCode(
        'share-with-partners',
        "Share details with the link worker's partner organisations",
      ),
    ],
    ...(partners.length > 0
      ? {
          provision: partners.map((partner) => ({
            type: permitOrDeny(partner.agreed),
            action: [action('disclose')],
            actor: [
              {
                role: INFORMATION_RECIPIENT,
                reference: { type: 'Organization', display: normaliseText(partner.name) },
              },
            ],
            code: [
              provisionCode('share-with-partner', 'Share details with this partner organisation'),
            ],
          })),
        }
      : {}),
  });
  for (const channel of CHANNELS) {
    nested.push({
      type: permitOrDeny(consent.contactBy.includes(channel)),
      action: [action('use')],
      code: [provisionCode(`contact-by-${channel}`, CHANNEL_PROVISION[channel])],
    });
  }
  // Times are only written when the person limited them: no time rules means any time.
  const times = consent.contactTimes;
  if (times) {
    for (const time of TIMES) {
      nested.push({
        type: permitOrDeny(times.includes(time)),
        action: [action('use')],
        code: [provisionCode(`contact-time-${time}`, TIME_PROVISION[time])],
      });
    }
  }
  if (consent.followUp !== undefined) {
    nested.push({
      type: permitOrDeny(consent.followUp),
      action: [action('use')],
      code: [provisionCode('follow-up', 'Follow-up contact after the referral')],
    });
  }
  if (consent.shareOutcomeWithGp !== undefined) {
    nested.push({
      type: permitOrDeny(consent.shareOutcomeWithGp),
      action: [action('disclose')],
      code: [provisionCode('share-outcome-with-gp', 'Share the outcome with the GP practice')],
    });
  }
  const at = toFhirDateTime(consent.at);
  const root: FhirConsentProvision = {
    type: permitOrDeny(consent.referral),
    period: {
      start: at,
      ...(consent.withdrawn ? { end: toFhirDateTime(consent.withdrawn.at) } : {}),
    },
    purpose: [{ system: V3_ACT_REASON_SYSTEM, code: 'COC', display: 'coordination of care' }],
    action: [action('collect'), action('use'), action('disclose')],
    code: [
      provisionCode('social-prescribing-referral', 'Referral to the social prescribing service'),
    ],
    provision: nested,
  };
  return (consent.partialWithdrawals ?? []).reduce(
    (current, withdrawal) => withdrawFromProvision(current, withdrawal).provision,
    root,
  );
}

/** The provision code of a withdrawable part. */
function itemCode(item: ConsentItem): string {
  switch (item.type) {
    case 'shareWithProviders':
      return 'share-with-partners';
    case 'partner':
      return 'share-with-partner';
    case 'contactBy':
      return `contact-by-${item.channel}`;
    case 'followUp':
      return 'follow-up';
    case 'shareOutcomeWithGp':
      return 'share-outcome-with-gp';
  }
}

function codeOf(provision: FhirConsentProvision): string | undefined {
  return provision.code?.[0]?.coding?.[0]?.code;
}

function isFor(provision: FhirConsentProvision, item: ConsentItem): boolean {
  if (codeOf(provision) !== itemCode(item)) return false;
  return (
    item.type !== 'partner' || provision.actor?.[0]?.reference.display === normaliseText(item.name)
  );
}

/** What became of each item of a withdrawal applied to a provision. */
export type ProvisionWithdrawal =
  | 'withdrawn'
  /** A permit for it ended earlier. */
  | 'already-withdrawn'
  /** No permit for it at all. */
  | 'not-agreed';

/**
 * A partial withdrawal as FHIR says it: each withdrawn part's permit gets a
 * `period.end`, and a deny for the same part follows it from that moment,
 * naming who withdrew it (extension `consent-withdrawn-by`). Named partners
 * are found inside the sharing provision. Works on the provisions
 * `consentToFhir` writes, so the FHIR backend can apply a withdrawal to a
 * Consent it stored; `results` says, item by item, whether it applied.
 */
export function withdrawFromProvision(
  provision: FhirConsentProvision,
  withdrawal: PartialWithdrawal,
): { readonly provision: FhirConsentProvision; readonly results: ProvisionWithdrawal[] } {
  const at = toFhirDateTime(withdrawal.at);
  const by: FhirExtension = {
    url: CONSENT_WITHDRAWN_BY_EXTENSION,
    valueString: normaliseText(withdrawal.by),
  };
  const results: ProvisionWithdrawal[] = withdrawal.items.map(() => 'not-agreed');
  const apply = (provisions: readonly FhirConsentProvision[]): FhirConsentProvision[] =>
    provisions.flatMap((child) => {
      const index = withdrawal.items.findIndex((item) => isFor(child, item));
      const nested = child.provision ? { provision: apply(child.provision) } : {};
      if (index < 0) return [{ ...child, ...nested }];
      if (child.type !== 'permit') return [{ ...child, ...nested }];
      if (child.period?.end !== undefined) {
        if (results[index] === 'not-agreed') results[index] = 'already-withdrawn';
        return [{ ...child, ...nested }];
      }
      results[index] = 'withdrawn';
      // The deny names the same part (code, action, partner), without the permit's nested rules.
      const deny: FhirConsentProvision = {
        extension: [by],
        type: 'deny',
        period: { start: at },
        ...(child.actor ? { actor: child.actor } : {}),
        ...(child.action ? { action: child.action } : {}),
        ...(child.code ? { code: child.code } : {}),
      };
      return [{ ...child, ...nested, period: { ...child.period, end: at } }, deny];
    });
  return {
    provision: { ...provision, provision: apply(provision.provision ?? []) },
    results,
  };
}

const AUTHORITY: Readonly<
  Record<
    ProxyAuthority,
    { readonly display: string; readonly v3?: { code: string; display: string } }
  >
> = {
  'lasting-power-of-attorney': {
    display: 'Lasting power of attorney',
    v3: { code: 'POWATT', display: 'power of attorney' },
  },
  parent: { display: 'Parent', v3: { code: 'PRN', display: 'parent' } },
  other: { display: 'Other authority' },
};

/** The RelatedPerson.relationship concept for a proxy's authority to consent. */
export function proxyAuthorityConcept(authority: ProxyAuthority): FhirCodeableConcept {
  const { display, v3 } = AUTHORITY[authority];
  return {
    coding: [
      { system: REFERRAL_DETAILS_CODE_SYSTEM, code: authority, display },
      ...(v3 ? [{ system: V3_ROLE_CODE_SYSTEM, ...v3 }] : []),
    ],
    text: display,
  };
}

/** The references and identifier a Consent resource needs besides the consent record. */
export interface ConsentContext {
  readonly identifier: FhirIdentifier;
  /** Absent when the consent is recorded on its own, without a referral's Patient. */
  readonly patient?: FhirReference;
  /** Who gave consent: the Patient, a RelatedPerson, or the practitioner who decided. */
  readonly performer?: FhirReference;
  /** The organisation responsible for the record (the referring organisation). */
  readonly organization?: FhirReference;
  /** Who recorded verbal or written consent, when they are in the transaction. */
  readonly recordedBy?: FhirReference;
}

/**
 * A consent record as a FHIR R4 Consent (scope patient-privacy). The wording's
 * version and SHA-256 go into extensions on `sourceAttachment`: R4's
 * `Attachment.hash` is defined as a base64 SHA-1 of the attachment's own data,
 * which neither matches our SHA-256 nor exists here (the wording is not sent).
 */
export function consentToFhir(consent: Consent, context: ConsentContext): FhirConsent {
  const extension: FhirExtension[] = [{ url: CONSENT_METHOD_EXTENSION, valueCode: consent.method }];
  const recordedBy = consent.recordedBy === undefined ? '' : normaliseText(consent.recordedBy);
  if (context.recordedBy) {
    extension.push({ url: CONSENT_RECORDED_BY_EXTENSION, valueReference: context.recordedBy });
  } else if (recordedBy) {
    extension.push({ url: CONSENT_RECORDED_BY_EXTENSION, valueString: recordedBy });
  }
  if (consent.withdrawn) {
    extension.push({
      url: CONSENT_WITHDRAWN_BY_EXTENSION,
      valueString: normaliseText(consent.withdrawn.by),
    });
  }
  return {
    resourceType: 'Consent',
    extension,
    identifier: [context.identifier],
    status: consent.withdrawn ? 'inactive' : 'active',
    scope: {
      coding: [
        { system: CONSENT_SCOPE_SYSTEM, code: 'patient-privacy', display: 'Privacy Consent' },
      ],
    },
    category: [
      { coding: [{ system: LOINC_SYSTEM, code: '59284-0', display: 'Patient Consent' }] },
      {
        coding: [{ system: V3_ACT_CODE_SYSTEM, code: 'IDSCL', display: 'information disclosure' }],
      },
    ],
    ...(context.patient ? { patient: context.patient } : {}),
    dateTime: toFhirDateTime(consent.at),
    ...(context.performer ? { performer: [context.performer] } : {}),
    ...(context.organization ? { organization: [context.organization] } : {}),
    sourceAttachment: {
      title: `Linkwork consent wording ${consent.textVersion}`,
      extension: [
        { url: CONSENT_TEXT_VERSION_EXTENSION, valueString: consent.textVersion },
        { url: CONSENT_TEXT_SHA256_EXTENSION, valueString: consent.textSha256.toLowerCase() },
      ],
    },
    policyRule: {
      coding: [
        {
          system: CONSENT_POLICY_SYSTEM,
          code: 'social-prescribing-referral',
          display: 'Linkwork social prescribing referral consent',
        },
      ],
      text: 'Linkwork social prescribing referral consent',
    },
    provision: provision(consent),
  };
}
