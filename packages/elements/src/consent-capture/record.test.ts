import {
  addMessages,
  consentCaptureFormEn,
  loadLocale,
  message,
  type MessageKey,
} from '@linkwork/core';
import { expect } from '@open-wc/testing';
import { formatWhen } from './record.js';

addMessages(consentCaptureFormEn);
const words =
  (locale: 'en' | 'cy') => (key: MessageKey, params?: Record<string, string | number>) =>
    message(key, params, locale);

describe('formatWhen', () => {
  it('reads London time, in words from the catalogue rather than the browser, in both languages', async () => {
    await loadLocale('cy');
    expect(formatWhen('2026-10-02T09:30:00Z', words('en'))).to.equal('2 October 2026 at 10:30');
    expect(formatWhen('2026-11-26T12:05:00+01:00', words('en'))).to.equal(
      '26 November 2026 at 11:05',
    );
    expect(formatWhen('2026-03-01T00:00:00Z', words('cy'))).to.equal('1 Mawrth 2026 am 00:00');
    expect(formatWhen('2026-10-02T09:30:00Z', words('cy'))).to.equal('2 Hydref 2026 am 10:30');
    expect(formatWhen('not a date', words('en'))).to.equal('not a date');
  });
});
