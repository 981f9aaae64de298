import { expect } from 'chai';
import { ReferralSchema } from './validation/schemas.js';
import { z } from './zod.js';

describe('zod entry point', () => {
  it('turns off code generation before any schema is used', () => {
    expect(z.config().jitless).to.equal(true);
    expect(ReferralSchema.safeParse({}).success).to.equal(false);
  });
});
