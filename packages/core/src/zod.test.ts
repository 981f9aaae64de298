import { expect } from 'chai';
import * as z from 'zod/mini';
import { ReferralSchema } from './validation/schemas.js';

describe('zod configuration', () => {
  it('turns off code generation before any schema is used', () => {
    expect(z.config().jitless).to.equal(true);
    expect(ReferralSchema.safeParse({}).success).to.equal(false);
  });
});
