/**
 * Per-keystroke search over 10,000 activities (the picker's scale): the index
 * is built once, then each query must be cheap enough to run on every key.
 */
import { createActivityIndex, type IndexQuery } from '@linkwork/core';
import { bench, describe } from 'vitest';
import { generatedActivities } from './directory.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const activities = generatedActivities(10_000);
const index = createActivityIndex(activities, { now: () => NOW });
const riverside = { point: { lat: 52.6, lng: -1.1 } };

describe('search index over 10,000 activities', () => {
  bench(
    'build the index once',
    () => {
      createActivityIndex(activities, { now: () => NOW });
    },
    { iterations: 5, time: 0 },
  );

  // Typing "walking group" one key at a time.
  const keystrokes = ['w', 'wa', 'wal', 'walk', 'walki', 'walking', 'walking g', 'walking group'];
  bench('typing "walking group", every keystroke', () => {
    for (const text of keystrokes) index.search({ text });
  });

  const queries: Record<string, IndexQuery> = {
    'one letter': { text: 'c' },
    'two words': { text: 'debt advice' },
    'Welsh, mutated': { text: 'gerddwyr' },
    'accents folded': { text: 'cor cymraeg' },
    'filters only': { freeOnly: true, days: ['TU'], timesOfDay: ['morning'] },
    'text, filters and distance': {
      text: 'group',
      near: riverside,
      radiusMiles: 5,
      freeOnly: true,
      sort: 'distance',
    },
    'soonest first': { text: 'walk', sort: 'soonest' },
  };
  for (const [name, query] of Object.entries(queries)) {
    bench(`query: ${name}`, () => {
      index.search(query);
    });
  }
});
