import type { Receipt } from '@linkwork/core';

/**
 * The receipt in an `lw-submitted` event's detail: `{ receipt }` (or the
 * receipt itself). Read defensively, as any event detail from the page is.
 */
export function receiptOf(detail: unknown): Receipt | undefined {
  const candidate =
    typeof detail === 'object' && detail !== null && 'receipt' in detail
      ? (detail as { receipt: unknown }).receipt
      : detail;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { reference, receivedAt } = candidate as Record<string, unknown>;
  return typeof reference === 'string' && typeof receivedAt === 'string'
    ? { reference, receivedAt }
    : undefined;
}
