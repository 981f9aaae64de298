import { expect } from 'chai';
import fc from 'fast-check';
import { bodySha256, canonicalJson } from './canonical.js';
import { authenticate, createRateLimiter } from './security.js';

const TOKEN = 'staff-token-for-tests-0123456789';

describe('authenticate', () => {
  it('tells no token, the staff token and anything else apart', () => {
    expect(authenticate(undefined, TOKEN)).to.equal('none');
    expect(authenticate(`Bearer ${TOKEN}`, TOKEN)).to.equal('staff');
    expect(authenticate(`bearer ${TOKEN}`, TOKEN)).to.equal('staff');
    expect(authenticate(`Bearer ${TOKEN}x`, TOKEN)).to.equal('invalid');
    expect(authenticate(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).to.equal('invalid');
    expect(authenticate(`Basic ${TOKEN}`, TOKEN)).to.equal('invalid');
    expect(authenticate('Bearer', TOKEN)).to.equal('invalid');
    expect(authenticate('', TOKEN)).to.equal('invalid');
  });

  it('accepts only the exact token', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !/\s/.test(s)),
        (guess) => {
          expect(authenticate(`Bearer ${guess}`, TOKEN)).to.equal(
            guess === TOKEN ? 'staff' : 'invalid',
          );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('createRateLimiter', () => {
  it('allows a burst, then refills at the rate, per client', () => {
    let time = 0;
    const limiter = createRateLimiter({ burst: 3, perMinute: 6 }, () => time);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).to.deep.equal([true, true, true]);
    expect(limiter.take('a')).to.deep.equal({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('b').allowed).to.equal(true);
    time += 4_000;
    expect(limiter.take('a')).to.deep.equal({ allowed: false, retryAfterSeconds: 6 });
    time += 6_000;
    expect(limiter.take('a').allowed).to.equal(true);
    expect(limiter.take('a').allowed).to.equal(false);
    // A long pause refills to the burst, never beyond it.
    time += 3_600_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a').allowed)).to.deep.equal([
      true,
      true,
      true,
      false,
    ]);
  });

  it('never allows more than burst + rate × time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 200 }),
        (burst, perMinute, gaps) => {
          let time = 0;
          const limiter = createRateLimiter({ burst, perMinute }, () => time);
          let allowed = 0;
          for (const gap of gaps) {
            time += gap;
            if (limiter.take('client').allowed) allowed++;
          }
          expect(allowed).to.be.at.most(burst + Math.floor((time * perMinute) / 60_000));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('refuses a limit that would block everyone', () => {
    expect(() => createRateLimiter({ burst: 0, perMinute: 5 })).to.throw(RangeError);
    expect(() => createRateLimiter({ burst: 5, perMinute: 0 })).to.throw(RangeError);
  });
});

describe('canonical body fingerprint', () => {
  it('ignores key order at every level but not values or array order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        ) as unknown;
        expect(bodySha256(shuffled)).to.equal(bodySha256(value));
      }),
      { seed: 42, numRuns: 200 },
    );
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).to.equal(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
    expect(bodySha256({ a: [1, 2] })).not.to.equal(bodySha256({ a: [2, 1] }));
    expect(bodySha256({ a: 1 })).to.match(/^[0-9a-f]{64}$/);
  });
});
