import { expect } from 'chai';
import { loadFixture } from '../../../../test/fixtures.js';
import {
  describeIssues,
  loadR4Definitions,
  loadR4Terminology,
  r4Issues,
  requiredBindingIssues,
} from '../../../../test/helpers/fhir-r4-validator.js';
import { withdraw } from '../consent/in-force.js';
import type { Consent, Referral } from '../model/referral.js';
import { consentToFhir, withdrawFromProvision } from './consent.js';
import { CONSENT_WITHDRAWN_BY_EXTENSION } from './systems.js';
import type { FhirConsent, FhirConsentProvision } from './types.js';

type Hook = (fn: (this: { timeout?(ms: number): void }) => Promise<void>, timeout?: number) => void;
const beforeAllTests: Hook =
  (globalThis as { before?: Hook }).before ??
  (globalThis as unknown as { beforeAll: Hook }).beforeAll;

let referrals: Referral[];
let valueSets: Map<string, ReadonlySet<string>>;

beforeAllTests(async function () {
  this?.timeout?.(60000);
  referrals = await loadFixture<Referral[]>('referrals.valid.json');
  await loadR4Definitions();
  valueSets = await loadR4Terminology();
}, 60000);

const identifier = {
  system: 'urn:ietf:rfc:3986',
  value: 'urn:uuid:7b0c3f4e-1d2a-4b5c-8e9f-0a1b2c3d4e5f',
};

function toFhir(consent: Consent): FhirConsent {
  const resource = consentToFhir(consent, { identifier });
  expect(describeIssues(r4Issues(resource))).to.deep.equal([]);
  expect(requiredBindingIssues(resource, valueSets)).to.deep.equal([]);
  return resource;
}

/** Each nested rule as `code type start–end [partner] [withdrawn by]`, depth first. */
function rules(provision: FhirConsentProvision, depth = 0): string[] {
  return (provision.provision ?? []).flatMap((rule) => [
    [
      '  '.repeat(depth) + rule.code![0]!.coding![0]!.code,
      rule.type,
      rule.period ? `${rule.period.start ?? ''}–${rule.period.end ?? ''}` : '',
      rule.actor?.[0]?.reference.display ?? '',
      rule.extension?.find((e) => e.url === CONSENT_WITHDRAWN_BY_EXTENSION)?.valueString ?? '',
    ]
      .filter(Boolean)
      .join(' '),
    ...rules(rule, depth + 1),
  ]);
}

describe('consentToFhir: contact times', () => {
  it('permits the times agreed and denies the others, only when the person limited them', () => {
    const consent = referrals[0]!.consent;
    const limited = toFhir({ ...consent, contactTimes: ['morning', 'evening'] });
    expect(
      rules(limited.provision!).filter((rule) => rule.startsWith('contact-time')),
    ).to.deep.equal([
      'contact-time-morning permit',
      'contact-time-afternoon deny',
      'contact-time-evening permit',
    ]);
    expect(
      rules(toFhir(consent).provision!).some((rule) => rule.includes('contact-time')),
    ).to.equal(false);
  });
});

describe('consentToFhir: partial withdrawals', () => {
  it('end each withdrawn part and deny it from then on, naming who withdrew it, as valid R4', () => {
    const consent = referrals[2]!.consent; // Riverside agreed, Open Door refused; text and phone
    const history = withdraw(
      withdraw(consent, {
        at: '2026-11-10T09:00:00Z',
        by: 'Margaret Okafor',
        items: [
          { type: 'partner', name: 'Riverside Carers Centre' },
          { type: 'contactBy', channel: 'phone' },
        ],
      }),
      { at: '2026-11-12T10:30:00+00:00', by: 'Dr Amira Haddad', items: [{ type: 'followUp' }] },
    );
    const resource = toFhir(history);
    expect(resource.status).to.equal('active');
    expect(rules(resource.provision!)).to.deep.equal([
      'share-with-partners permit',
      '  share-with-partner permit –2026-11-10T09:00:00Z Riverside Carers Centre',
      '  share-with-partner deny 2026-11-10T09:00:00Z– Riverside Carers Centre Margaret Okafor',
      '  share-with-partner deny Open Door Mental Health',
      'contact-by-phone permit –2026-11-10T09:00:00Z',
      'contact-by-phone deny 2026-11-10T09:00:00Z– Margaret Okafor',
      'contact-by-text permit',
      'contact-by-email deny',
      'contact-by-letter deny',
      'follow-up permit –2026-11-12T10:30:00+00:00',
      'follow-up deny 2026-11-12T10:30:00+00:00– Dr Amira Haddad',
      'share-outcome-with-gp permit',
    ]);
  });

  it('end sharing with every partner inside it when sharing itself is withdrawn', () => {
    const consent = referrals[0]!.consent;
    const resource = toFhir(
      withdraw(consent, {
        at: '2026-11-10T09:00:00Z',
        by: 'Siân Prydderch',
        items: [{ type: 'shareWithProviders' }],
      }),
    );
    expect(rules(resource.provision!).slice(0, 3)).to.deep.equal([
      'share-with-partners permit –2026-11-10T09:00:00Z',
      '  share-with-partner permit Cymdeithas Gymraeg Glan-yr-Afon',
      'share-with-partners deny 2026-11-10T09:00:00Z– Siân Prydderch',
    ]);
  });

  it('keep the partial history when the whole consent is later withdrawn', () => {
    const consent = withdraw(
      withdraw(referrals[0]!.consent, {
        at: '2026-11-10T09:00:00Z',
        by: 'Siân Prydderch',
        items: [{ type: 'contactBy', channel: 'letter' }],
      }),
      { at: '2026-11-20T09:00:00Z', by: 'Siân Prydderch' },
    );
    const resource = toFhir(consent);
    expect(resource.status).to.equal('inactive');
    expect(resource.provision!.period).to.deep.equal({
      start: referrals[0]!.consent.at,
      end: '2026-11-20T09:00:00Z',
    });
    expect(rules(resource.provision!)).to.include(
      'contact-by-letter deny 2026-11-10T09:00:00Z– Siân Prydderch',
    );
  });
});

describe('withdrawFromProvision', () => {
  it('says which parts it withdrew, which were withdrawn already and which were never permitted', () => {
    const consent = referrals[0]!.consent;
    const once = withdrawFromProvision(toFhir(consent).provision!, {
      at: '2026-11-10T09:00:00Z',
      by: 'x',
      items: [{ type: 'contactBy', channel: 'phone' }],
    });
    expect(once.results).to.deep.equal(['withdrawn']);
    const twice = withdrawFromProvision(once.provision, {
      at: '2026-11-11T09:00:00Z',
      by: 'y',
      items: [
        { type: 'contactBy', channel: 'phone' },
        { type: 'contactBy', channel: 'email' },
        { type: 'partner', name: 'Cymdeithas Gymraeg Glan-yr-Afon' },
        { type: 'partner', name: 'Somebody Else' },
      ],
    });
    expect(twice.results).to.deep.equal([
      'already-withdrawn',
      'not-agreed',
      'withdrawn',
      'not-agreed',
    ]);
  });
});
