import type { ContactChannel, ContactTime, Referral } from '../model/referral.js';
import { REFERRAL_DETAILS_CODE_SYSTEM, REFERRAL_DETAILS_QUESTIONNAIRE_URL } from './systems.js';
import type {
  FhirCoding,
  FhirIdentifier,
  FhirQuestionnaire,
  FhirQuestionnaireResponse,
  FhirQuestionnaireResponseItem,
  FhirReference,
} from './types.js';
import { normaliseText } from '../validation/text.js';

const CHANNEL_DISPLAY: Readonly<Record<ContactChannel, string>> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
};

const TIME_DISPLAY: Readonly<Record<ContactTime, string>> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
};

/** The questions, by linkId, with the wording both the Questionnaire and its responses carry. */
const TEXT = {
  preferredContact: 'How the person prefers to be contacted',
  contactTimes: 'Best times to contact them',
  accessibilityNeeds: 'Accessibility and communication needs',
  risk: 'Risks to know about',
  safeguardingConcern: 'Safeguarding concern',
  loneWorkingRisk: 'Lone working risk',
  riskDetails: 'Details of the risks',
  activities: 'Activities shortlisted from the directory (directory service ids)',
  bestInterests: 'Best-interests decision about consent',
  decisionMaker: 'Decision maker',
  bestInterestsReason: 'Why the decision was made in their best interests',
} as const;

/** A coding in Linkwork's referral details code system. */
export function channelCoding(channel: ContactChannel): FhirCoding {
  return { system: REFERRAL_DETAILS_CODE_SYSTEM, code: channel, display: CHANNEL_DISPLAY[channel] };
}

function timeCoding(time: ContactTime): FhirCoding {
  return { system: REFERRAL_DETAILS_CODE_SYSTEM, code: time, display: TIME_DISPLAY[time] };
}

const VERSION = '1.0.0';

/**
 * The Questionnaire the referral details answer: what a referral records that
 * has no element in Patient, ServiceRequest or Consent (risks, accessibility
 * needs, contact times, the preferred channel when it is a letter, the
 * shortlisted activities, a best-interests decision). Load it on the FHIR
 * server so that responses can be read against it.
 */
export const REFERRAL_DETAILS_QUESTIONNAIRE: FhirQuestionnaire = {
  resourceType: 'Questionnaire',
  url: REFERRAL_DETAILS_QUESTIONNAIRE_URL,
  version: VERSION,
  name: 'LinkworkReferralDetails',
  title: 'Social prescribing referral: further details',
  status: 'active',
  subjectType: ['Patient'],
  description:
    'Details of a social prescribing referral that the Patient, ServiceRequest and Consent resources have no element for.',
  item: [
    {
      linkId: 'preferred-contact',
      text: TEXT.preferredContact,
      type: 'choice',
      answerOption: (['phone', 'text', 'email', 'letter'] as const).map((channel) => ({
        valueCoding: channelCoding(channel),
      })),
    },
    {
      linkId: 'contact-times',
      text: TEXT.contactTimes,
      type: 'choice',
      repeats: true,
      answerOption: (['morning', 'afternoon', 'evening'] as const).map((time) => ({
        valueCoding: timeCoding(time),
      })),
    },
    { linkId: 'accessibility-needs', text: TEXT.accessibilityNeeds, type: 'text' },
    {
      linkId: 'risk',
      text: TEXT.risk,
      type: 'group',
      item: [
        { linkId: 'risk.safeguarding-concern', text: TEXT.safeguardingConcern, type: 'boolean' },
        { linkId: 'risk.lone-working-risk', text: TEXT.loneWorkingRisk, type: 'boolean' },
        { linkId: 'risk.details', text: TEXT.riskDetails, type: 'text' },
      ],
    },
    { linkId: 'shortlisted-activities', text: TEXT.activities, type: 'string', repeats: true },
    {
      linkId: 'best-interests',
      text: TEXT.bestInterests,
      type: 'group',
      item: [
        { linkId: 'best-interests.decision-maker', text: TEXT.decisionMaker, type: 'string' },
        { linkId: 'best-interests.reason', text: TEXT.bestInterestsReason, type: 'text' },
      ],
    },
  ],
};

function stringItem(linkId: string, text: string, value: string | undefined) {
  const trimmed = value === undefined ? '' : normaliseText(value);
  return trimmed ? [{ linkId, text, answer: [{ valueString: trimmed }] }] : [];
}

function booleanItem(linkId: string, text: string, value: boolean | undefined) {
  return value === undefined ? [] : [{ linkId, text, answer: [{ valueBoolean: value }] }];
}

/** What the QuestionnaireResponse needs besides the referral: its references and identifier. */
export interface ReferralDetailsContext {
  readonly identifier: FhirIdentifier;
  readonly subject: FhirReference;
  readonly author?: FhirReference;
  readonly source?: FhirReference;
  readonly authored: string;
}

/** The referral's details that have no element elsewhere, as a completed QuestionnaireResponse. */
export function referralDetailsResponse(
  referral: Referral,
  context: ReferralDetailsContext,
): FhirQuestionnaireResponse {
  const { patient, risk, consent } = referral;
  const items: FhirQuestionnaireResponseItem[] = [
    {
      linkId: 'preferred-contact',
      text: TEXT.preferredContact,
      answer: [{ valueCoding: channelCoding(patient.preferredContact) }],
    },
  ];
  const times = [...new Set(patient.contactTimes ?? [])];
  if (times.length > 0) {
    items.push({
      linkId: 'contact-times',
      text: TEXT.contactTimes,
      answer: times.map((time) => ({ valueCoding: timeCoding(time) })),
    });
  }
  items.push(
    ...stringItem('accessibility-needs', TEXT.accessibilityNeeds, patient.accessibilityNeeds),
  );
  if (risk) {
    const riskItems = [
      ...booleanItem(
        'risk.safeguarding-concern',
        TEXT.safeguardingConcern,
        risk.safeguardingConcern,
      ),
      ...booleanItem('risk.lone-working-risk', TEXT.loneWorkingRisk, risk.loneWorkingRisk),
      ...stringItem('risk.details', TEXT.riskDetails, risk.details),
    ];
    if (riskItems.length > 0) items.push({ linkId: 'risk', text: TEXT.risk, item: riskItems });
  }
  const activities = [
    ...new Set((referral.activities ?? []).map((id) => id.trim()).filter(Boolean)),
  ];
  if (activities.length > 0) {
    items.push({
      linkId: 'shortlisted-activities',
      text: TEXT.activities,
      answer: activities.map((id) => ({ valueString: id })),
    });
  }
  if (consent.givenBy.type === 'best-interests') {
    const bestInterests = [
      ...stringItem(
        'best-interests.decision-maker',
        TEXT.decisionMaker,
        consent.givenBy.decisionMaker,
      ),
      ...stringItem('best-interests.reason', TEXT.bestInterestsReason, consent.givenBy.reason),
    ];
    if (bestInterests.length > 0) {
      items.push({ linkId: 'best-interests', text: TEXT.bestInterests, item: bestInterests });
    }
  }
  return {
    resourceType: 'QuestionnaireResponse',
    identifier: context.identifier,
    questionnaire: `${REFERRAL_DETAILS_QUESTIONNAIRE_URL}|${VERSION}`,
    status: 'completed',
    subject: context.subject,
    authored: context.authored,
    ...(context.author ? { author: context.author } : {}),
    ...(context.source ? { source: context.source } : {}),
    item: items,
  };
}
