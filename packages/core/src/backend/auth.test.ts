import { expect } from 'chai';
import { bearerToken } from './auth.js';
import { Unauthorised } from './errors.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('bearerToken', () => {
  it('takes a fixed token, a function or an async function', async () => {
    expect(await bearerToken('abc.DEF-123', 'search')).to.equal('abc.DEF-123');
    expect(await bearerToken(() => 'sync', 'search')).to.equal('sync');
    expect(await bearerToken(async () => 'async', 'search')).to.equal('async');
  });

  it('sends nothing when there is no token', async () => {
    expect(await bearerToken(undefined, 'search')).to.equal(undefined);
    expect(await bearerToken('', 'search')).to.equal(undefined);
    expect(await bearerToken(() => undefined, 'search')).to.equal(undefined);
  });

  it('refuses a failing provider or a value that is not a token, without quoting it', async () => {
    const failed = await rejection(
      bearerToken(() => {
        throw new Error('expired');
      }, 'submit referral'),
    );
    expect(failed).to.be.instanceOf(Unauthorised);
    expect((failed as Error).message).to.equal('submit referral: the token provider failed');
    const spaced = await rejection(bearerToken('secret with spaces', 'inbox'));
    expect(spaced).to.be.instanceOf(Unauthorised);
    expect((spaced as Error).message).to.not.contain('secret');
  });
});
