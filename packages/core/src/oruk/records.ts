import type { Activity } from '../model/activity.js';
import { InvalidOrukRecord } from './fields.js';
import { fromOrukV1Service } from './v1.js';
import { fromOrukV3Service, rawIdOf } from './v3.js';

/** The two Open Referral UK API dialects Linkwork reads. */
export type OrukDialect = 'v1' | 'v3';

/** A directory record that was left out, and why (no record content, safe to log). */
export interface InvalidRecordReport {
  readonly id?: string;
  readonly reason: string;
}

/** Called once for each record left out of a list. */
export type InvalidRecordHandler = (report: InvalidRecordReport) => void;

/** The mapping function for a dialect. */
export function serviceMapperFor(dialect: OrukDialect): (raw: unknown) => Activity {
  return dialect === 'v1' ? fromOrukV1Service : fromOrukV3Service;
}

/**
 * Maps a list of raw services, leaving out each invalid one (reported
 * through `onInvalidRecord`) and each repeat of an id already seen (the first
 * wins). Never throws for bad records: one broken entry does not hide the rest.
 */
export function mapOrukServices(
  raws: readonly unknown[],
  dialect: OrukDialect,
  onInvalidRecord?: InvalidRecordHandler,
  seen: Set<string> = new Set(),
): Activity[] {
  const map = serviceMapperFor(dialect);
  const activities: Activity[] = [];
  for (const raw of raws) {
    let activity: Activity;
    try {
      activity = map(raw);
    } catch (error) {
      if (!(error instanceof InvalidOrukRecord)) throw error;
      onInvalidRecord?.({ ...(error.id ? { id: error.id } : {}), reason: error.reason });
      continue;
    }
    if (seen.has(activity.id)) {
      onInvalidRecord?.({ id: activity.id, reason: 'id: duplicate' });
      continue;
    }
    seen.add(activity.id);
    activities.push(activity);
  }
  return activities;
}

export { rawIdOf };
