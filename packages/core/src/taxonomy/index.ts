export { defaultTaxonomy } from './default.js';
export { findTerm, groups, hasTerm, needs, needsInGroup, termLabel } from './terms.js';
