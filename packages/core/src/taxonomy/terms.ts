import { DEFAULT_LOCALE, type Locale } from '../locale.js';
import type { Taxonomy, TaxonomyTerm } from '../model/taxonomy.js';

/**
 * The label of a term in `locale`, falling back to English when the taxonomy
 * has no label in that language; `undefined` when no term has that id.
 */
export function termLabel(
  taxonomy: Taxonomy,
  id: string,
  locale: Locale = DEFAULT_LOCALE,
): string | undefined {
  const term = findTerm(taxonomy, id);
  if (!term) return undefined;
  return term.label[locale] || term.label[DEFAULT_LOCALE];
}

/** The term with this id, or `undefined`. */
export function findTerm(taxonomy: Taxonomy, id: string): TaxonomyTerm | undefined {
  return taxonomy.terms.find((term) => term.id === id);
}

/** Whether `id` names a term (group or need) of the taxonomy. */
export function hasTerm(taxonomy: Taxonomy, id: string): boolean {
  return findTerm(taxonomy, id) !== undefined;
}

/** The needs: terms that sit under a group (have a `parent`), in taxonomy order. */
export function needs(taxonomy: Taxonomy): TaxonomyTerm[] {
  return taxonomy.terms.filter((term) => term.parent !== undefined);
}

/** The groups: top-level terms (no `parent`), in taxonomy order. */
export function groups(taxonomy: Taxonomy): TaxonomyTerm[] {
  return taxonomy.terms.filter((term) => term.parent === undefined);
}

/** The needs under one group, in taxonomy order. */
export function needsInGroup(taxonomy: Taxonomy, groupId: string): TaxonomyTerm[] {
  return taxonomy.terms.filter((term) => term.parent === groupId);
}
