/**
 * The picker's results view, loaded on demand: the windowed list, the result
 * cards (with schedule wording and next sessions from core, and safe links),
 * their styles and words. The picker starts loading it at its first update,
 * alongside the first search, and holds an update that would show a card
 * until it is here (`ActivityPicker.scheduleUpdate`).
 *
 * Re-exports only: the picker's loader adds the words and styles. Under the
 * package's `sideEffects`, bundlers drop a statement of a module like this one.
 */
export { activityPickerResultsEn } from '@linkwork/core';
export { activityCard } from './activity-card.js';
export { gapSize, ListWindow } from './list-window.js';
export { resultsViewStyles } from './results-view.styles.js';
