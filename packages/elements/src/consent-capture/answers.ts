import type { ConsentGivenBy, ContactChannel, ContactTime, ProxyAuthority } from '@linkwork/core';

/** Whether the component asks the patient (online) or staff record it (verbal or written). */
export type ConsentMode = 'self' | 'staff';

/** What the person has answered so far: nothing is chosen until they choose it. */
export interface ConsentAnswers {
  readonly referral?: boolean;
  /** Asked only when the host names no partner organisations. */
  readonly shareWithProviders?: boolean;
  /** By partner id. */
  readonly partners: Readonly<Record<string, boolean>>;
  readonly contactBy: readonly ContactChannel[];
  readonly contactTimes: readonly ContactTime[];
  readonly followUp?: boolean;
  readonly shareOutcomeWithGp?: boolean;
  readonly givenBy?: ConsentGivenBy['type'];
  readonly proxyName: string;
  readonly proxyRelationship: string;
  readonly proxyAuthority?: ProxyAuthority;
  readonly decisionMaker: string;
  readonly reason: string;
  readonly method?: 'verbal' | 'written';
  readonly recordedBy: string;
  /** Staff confirm they read each item to the person. */
  readonly readAloud: boolean;
}

export const NO_ANSWERS: ConsentAnswers = {
  partners: {},
  contactBy: [],
  contactTimes: [],
  proxyName: '',
  proxyRelationship: '',
  decisionMaker: '',
  reason: '',
  recordedBy: '',
  readAloud: false,
};
