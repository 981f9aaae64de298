import { ReferralSubmission, type Backend, type DraftStore, type Receipt } from '@linkwork/core';

/**
 * Core's reliable submission for one form, loaded on demand (a page that
 * never sends never downloads the outbox): a key per referral, retries,
 * the outbox in IndexedDB, and a flush whenever the device comes back online.
 */
export class Sending {
  readonly submission: ReferralSubmission;
  readonly #stop: (() => void)[] = [];

  /**
   * Uses the host's `ReferralSubmission` when given (one per page, shared),
   * else makes one over `backend`. `delivered` hears of every referral this
   * page's outbox delivers later (those queued while offline).
   */
  constructor(
    source:
      ReferralSubmission | { readonly backend: Backend; readonly drafts?: DraftStore<unknown> },
    delivered: (key: string, receipt: Receipt) => void,
  ) {
    const own = !(source instanceof ReferralSubmission);
    this.submission = own
      ? new ReferralSubmission({
          backend: source.backend,
          ...(source.drafts ? { drafts: source.drafts } : {}),
        })
      : source;
    if (own) this.#stop.push(this.submission.connect(), () => this.submission.outbox.close());
    this.#stop.push(
      this.submission.outbox.subscribe((_, change) => {
        if (change?.type === 'delivered') delivered(change.key, change.receipt);
      }),
    );
  }

  close(): void {
    for (const stop of this.#stop.splice(0)) stop();
  }
}
