import { expect } from 'chai';
import { anySignal } from './abort.js';

for (const [name, any] of [
  ['AbortSignal.any', undefined],
  ['the fallback', null],
] as const) {
  describe(`anySignal with ${name}`, () => {
    it('aborts with the reason of the first source to abort', () => {
      const a = new AbortController();
      const b = new AbortController();
      const combined = anySignal([a.signal, undefined, b.signal], any);
      expect(combined.signal.aborted).to.equal(false);
      const reason = new Error('first');
      b.abort(reason);
      a.abort(new Error('second'));
      expect(combined.signal.aborted).to.equal(true);
      expect(combined.signal.reason).to.equal(reason);
      combined.dispose();
    });

    it('is already aborted when a source is', () => {
      const reason = new Error('before');
      const combined = anySignal([AbortSignal.abort(reason), new AbortController().signal], any);
      expect(combined.signal.aborted).to.equal(true);
      expect(combined.signal.reason).to.equal(reason);
    });

    it('stays open with no sources', () => {
      expect(anySignal([], any).signal.aborted).to.equal(false);
    });
  });
}

describe('anySignal fallback', () => {
  it('stops following its sources once disposed', () => {
    const a = new AbortController();
    const combined = anySignal([a.signal], null);
    combined.dispose();
    a.abort(new Error('late'));
    expect(combined.signal.aborted).to.equal(false);
  });
});
