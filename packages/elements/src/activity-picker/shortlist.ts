import type { Activity } from '@linkwork/core';

/** One shortlisted id, with its activity when the picker has seen it. */
export interface ShortlistEntry {
  readonly id: string;
  readonly activity: Activity | undefined;
}

/**
 * The shortlisted activities in the order they were added. Keeps each
 * activity it was given, so the shortlist can still name an activity after a
 * new search has taken it off the result list.
 */
export class Shortlist {
  private readonly order: string[] = [];
  private readonly known = new Map<string, Activity | undefined>();

  /** The shortlisted ids, oldest first. */
  get ids(): readonly string[] {
    return this.order;
  }

  get entries(): readonly ShortlistEntry[] {
    return this.order.map((id) => ({ id, activity: this.known.get(id) }));
  }

  /** The shortlisted activities the picker has seen. */
  get activities(): readonly Activity[] {
    return this.order
      .map((id) => this.known.get(id))
      .filter((activity): activity is Activity => activity !== undefined);
  }

  has(id: string): boolean {
    return this.known.has(id);
  }

  add(activity: Activity): void {
    if (!this.known.has(activity.id)) this.order.push(activity.id);
    this.known.set(activity.id, activity);
  }

  remove(id: string): void {
    if (!this.known.delete(id)) return;
    this.order.splice(this.order.indexOf(id), 1);
  }

  /** Fills in the activities of shortlisted ids it only knew by id (a host's `selected`, a restored form). */
  learn(activities: readonly Activity[]): void {
    for (const activity of activities)
      if (this.known.has(activity.id) && this.known.get(activity.id) === undefined)
        this.known.set(activity.id, activity);
  }

  /** Replaces the whole list (a host setting `selected`, a form reset or restore). */
  replace(ids: readonly unknown[], seen: readonly Activity[]): void {
    const byId = new Map(seen.map((activity) => [activity.id, activity]));
    const previous = new Map(this.known);
    this.order.length = 0;
    this.known.clear();
    for (const id of ids) {
      if (typeof id !== 'string' || id === '' || this.known.has(id)) continue;
      this.order.push(id);
      this.known.set(id, byId.get(id) ?? previous.get(id));
    }
  }
}
