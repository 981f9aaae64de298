import type { Locale } from '../locale.js';

/** A needs taxonomy: groups and the needs under them, labelled in every locale. */
export interface Taxonomy {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly terms: readonly TaxonomyTerm[];
}

export interface TaxonomyTerm {
  readonly id: string;
  /** Stable slug (`loneliness-isolation`). */
  readonly code: string;
  readonly label: Readonly<Record<Locale, string>>;
  /** The id of the group; absent on the groups themselves. */
  readonly parent?: string;
  readonly description?: string;
}
