import { expect } from '@open-wc/testing';
import { readConfiguration, shownWording, textVersionOf } from './configuration.js';
import { sampleConfiguration } from './testing/configuration.js';

describe('readConfiguration', () => {
  it('keeps a valid configuration whole, items in the order they are asked', () => {
    const read = readConfiguration({
      ...sampleConfiguration,
      items: [...sampleConfiguration.items].reverse(),
    });
    expect(read.problems).to.deep.equal([]);
    expect(read.items.map((item) => item.kind)).to.deep.equal([
      'referral',
      'share-with-partners',
      'contact',
      'follow-up',
      'outcome-to-gp',
    ]);
    expect(read.partners.map((partner) => partner.id)).to.deep.equal(['carers', 'age-uk']);
  });

  it('names every problem and keeps what is valid', () => {
    const read = readConfiguration({
      textVersion: {},
      partners: [{ id: 'a' }, { id: 'b', name: 'B' }, { id: 'b', name: 'B again' }, 'x'],
      items: [
        { id: 'r', kind: 'referral', en: { text: 'Agree?' } },
        { id: 'r', kind: 'follow-up', en: { text: 'Follow up?' } },
        { id: 'f', kind: 'follow-up', en: { text: '   ' } },
        { id: 'g', kind: 'unknown', en: { text: 'Hmm' } },
        { id: 'r2', kind: 'referral', en: { text: 'Again?' } },
      ],
    });
    expect(read.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
      'duplicate-item-id items.1',
      'item-invalid items.2',
      'item-invalid items.3',
      'duplicate-item-kind items.4',
      'missing-contact-item items',
      'partner-without-name partners.0',
      'duplicate-partner-id partners.2',
      'partner-without-name partners.3',
      'missing-text-version textVersion.en',
    ]);
    expect(read.items.map((item) => item.id)).to.deep.equal(['r']);
    expect(read.partners).to.deep.equal([{ id: 'b', name: 'B' }]);
  });

  it('reports a configuration that is not an object, or has no referral item', () => {
    expect(readConfiguration(null).problems.map((p) => p.code)).to.deep.equal(['not-an-object']);
    expect(
      readConfiguration({ textVersion: { en: 'v' }, items: [] }).problems.map((p) => p.code),
    ).to.deep.equal(['missing-referral-item', 'missing-contact-item']);
  });

  it('gives each language its own wording and version; Welsh falls back to English', () => {
    const read = readConfiguration(sampleConfiguration);
    expect(textVersionOf(read, 'en')).to.equal('en-2026-09');
    expect(textVersionOf(read, 'cy')).to.equal('cy-2026-09');
    expect(shownWording(read, 'cy')).to.contain('presgripsiynu cymdeithasol');
    expect(shownWording(read, 'en').split('\n')).to.deep.equal([
      'Do you agree to be referred to the social prescribing service?',
      'A link worker will read your referral and contact you to talk about what matters to you. Your GP practice keeps a note that you were referred.',
      'Can we share your name and contact details with these organisations so they can contact you?',
      'We share only what they need to arrange an activity with you.',
      'Leicester Carers Centre',
      'Age UK Leicester Shire & Rutland',
      'How may we contact you?',
      'Can we contact you later to ask how it went?',
      'Can we tell your GP practice what happened after the referral?',
    ]);
    const english = readConfiguration({ ...sampleConfiguration, textVersion: { en: 'en-1' } });
    expect(textVersionOf(english, 'cy')).to.equal('en-1');
  });
});
