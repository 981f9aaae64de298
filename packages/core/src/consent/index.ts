export { consentInForce, withdraw, withdrawableItems } from './in-force.js';
export type { ConsentInForce } from './in-force.js';
export { agreedItems, itemKey } from './items.js';
export { checkWithdrawal } from './withdrawal.js';
export type { WithdrawalCheck } from './withdrawal.js';
