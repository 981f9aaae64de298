import { addMessages, consentCaptureFormEn, message, withdraw, type Consent } from '@linkwork/core';
import { expect } from '@open-wc/testing';
import { chosenItems } from './withdrawal-view.js';
import { partLabel } from './withdrawal.js';

addMessages(consentCaptureFormEn);
const t = (key: Parameters<typeof message>[0], params?: Parameters<typeof message>[1]) =>
  message(key, params, 'en');

const consent: Consent = {
  referral: true,
  shareWithProviders: true,
  partners: [
    { name: 'Leicester Carers Centre', agreed: true },
    { name: 'Age UK Leicester Shire & Rutland', agreed: false },
  ],
  contactBy: ['letter', 'phone'],
  followUp: true,
  shareOutcomeWithGp: true,
  givenBy: { type: 'patient' },
  method: 'online',
  at: '2026-10-01T09:30:00Z',
  textVersion: 'v',
  textSha256: 'b'.repeat(64),
};

describe('partLabel', () => {
  it('names each withdrawable part in plain words', () => {
    expect(
      [
        { type: 'partner', name: 'Leicester Carers Centre' },
        { type: 'shareWithProviders' },
        { type: 'contactBy', channel: 'text' },
        { type: 'followUp' },
        { type: 'shareOutcomeWithGp' },
      ].map((item) => partLabel(item as never, t)),
    ).to.deep.equal([
      'Sharing details with Leicester Carers Centre',
      'Sharing details with partner organisations',
      'Text messages',
      'Contact later to ask how it went',
      'Telling the GP practice what happened',
    ]);
  });
});

describe('chosenItems', () => {
  const state = { by: 'x', submitted: false };

  it('is every part still standing when all is withdrawn', () => {
    const partly = withdraw(consent, {
      at: '2026-10-02T09:30:00Z',
      by: 'x',
      items: [{ type: 'followUp' }],
    });
    expect(chosenItems(partly, { ...state, scope: 'all', parts: [] })).to.deep.equal([
      { type: 'partner', name: 'Leicester Carers Centre' },
      { type: 'contactBy', channel: 'phone' },
      { type: 'contactBy', channel: 'letter' },
      { type: 'shareOutcomeWithGp' },
    ]);
  });

  it('is the chosen parts in reading order, and never one that no longer stands', () => {
    expect(
      chosenItems(consent, {
        ...state,
        scope: 'part',
        parts: [
          'shareOutcomeWithGp',
          'contactBy:phone',
          'partner:Age UK Leicester Shire & Rutland',
        ],
      }),
    ).to.deep.equal([{ type: 'contactBy', channel: 'phone' }, { type: 'shareOutcomeWithGp' }]);
  });
});
