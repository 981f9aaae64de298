/**
 * English words of <lw-activity-picker>: headings, buttons, hints and announcements.
 * Keys start with `activity-picker.`; `activity-picker.cy.ts` must have exactly the same keys.
 * `{name}` marks a parameter. Three sections: what the picker shows first (search,
 * results' status, shortlist), the words of the result cards and those of its
 * filters, each loaded with its code.
 */
export const activityPickerStartEn = {
  'activity-picker.search.label': 'Search for activities',
  'activity-picker.search.hint': 'For example, walking group, debt advice or choir',
  'activity-picker.results.heading': 'Activities',
  'activity-picker.count.one': '1 activity found',
  'activity-picker.count.other': '{count} activities found',
  'activity-picker.loading': 'Searching for activities',
  'activity-picker.loading-more': 'Loading more activities',
  'activity-picker.empty': 'No activities match. Try removing a filter',
  'activity-picker.error': 'Sorry, activities cannot be shown at the moment. Try again later',
  'activity-picker.offline':
    'You are offline. Activities will be shown again when you are back online',
  'activity-picker.partial':
    'Some activities could not be loaded. The ones shown may not be all that match',
  'activity-picker.no-backend': 'No directory is connected, so there are no activities to show',
  'activity-picker.retry': 'Try again',
  'activity-picker.load-more': 'Show more activities',
  'activity-picker.results.load-failed':
    'The activities could not be shown. Check your connection and try again',

  'activity-picker.filters.heading': 'Filter activities',
  'activity-picker.sort': 'Sort by',
  'activity-picker.sort.relevance': 'Best match',
  'activity-picker.sort.distance': 'Nearest',
  'activity-picker.sort.soonest': 'Soonest next session',
  'activity-picker.sort.name': 'Name (A to Z)',

  'activity-picker.mode.in-person': 'In person',
  'activity-picker.mode.online': 'Online',
  'activity-picker.mode.phone': 'By phone',
  'activity-picker.mode.home-visit': 'Home visit',

  'activity-picker.shortlist.heading': 'Shortlist',
  'activity-picker.shortlist.empty': 'Nothing shortlisted yet',
  'activity-picker.shortlist.count': '{count} of {max} shortlisted',
  'activity-picker.shortlist.count-unlimited': '{count} shortlisted',
  'activity-picker.shortlist.added': '{name} added to shortlist',
  'activity-picker.shortlist.removed': '{name} removed from shortlist',
  'activity-picker.shortlist.full':
    'You can shortlist up to {max} activities. Remove one to add another',
  'activity-picker.shortlist.remove': 'Remove {name} from shortlist',
  'activity-picker.shortlist.required': 'Shortlist at least one activity',
} as const satisfies Record<`activity-picker.${string}`, string>;

/** The words of the result cards: added when the results view loads. */
export const activityPickerResultsEn = {
  'activity-picker.card.organisation': 'Run by',
  'activity-picker.card.when': 'When',
  'activity-picker.card.next': 'Next session: {when}',
  'activity-picker.card.no-schedule': 'Contact them for times',
  'activity-picker.card.where': 'Where',
  'activity-picker.card.away': '{distance} away',
  'activity-picker.card.cost': 'Cost',
  'activity-picker.card.free': 'Free',
  'activity-picker.card.pay-what-you-can': 'Pay what you can',
  'activity-picker.card.cost-unknown': 'Ask about cost',
  'activity-picker.card.who': 'Who it is for',
  'activity-picker.card.ages': 'Ages {min} to {max}',
  'activity-picker.card.min-age': 'Ages {min} and over',
  'activity-picker.card.max-age': 'Ages up to {max}',
  'activity-picker.card.everyone': 'Everyone',
  'activity-picker.card.accessibility': 'Accessibility',
  'activity-picker.card.languages': 'Languages',
  'activity-picker.card.contact': 'Contact',
  'activity-picker.card.website': 'Website',
  'activity-picker.card.email': 'Email',
  'activity-picker.card.phone': 'Phone',
  'activity-picker.card.how-to-join': 'How to join',
  'activity-picker.card.more': 'More details',
  'activity-picker.card.more-about': 'about {name}',
  'activity-picker.card.untitled': 'Untitled activity',
  'activity-picker.card.shortlist': 'Add to shortlist',
} as const satisfies Record<`activity-picker.${string}`, string>;

/** The words of the picker's filters (panel, dialog, chips): added when the filters load. */
export const activityPickerFiltersEn = {
  'activity-picker.filters.active': 'Active filters',
  'activity-picker.filters.remove': 'Remove filter',
  'activity-picker.filters.done': 'Show results',
  'activity-picker.filters.clear': 'Clear all filters',
  'activity-picker.filter.taxonomy': 'What it helps with',
  'activity-picker.filter.days': 'Day of the week',
  'activity-picker.filter.times': 'Time of day',
  'activity-picker.filter.free': 'Free activities only',
  'activity-picker.filter.cost': 'Cost',
  'activity-picker.filter.postcode': 'Near a postcode',
  'activity-picker.filter.postcode.hint': 'For example, LE7 2PQ',
  'activity-picker.filter.postcode.unknown':
    'We could not find that postcode: check it and try again',
  'activity-picker.filter.postcode.invalid': 'Enter a real postcode',
  'activity-picker.filter.radius': 'Within',
  'activity-picker.filter.radius.option': 'Within {distance}',
  'activity-picker.filter.near-chip': 'Within {distance} of {postcode}',
  'activity-picker.filter.my-location': 'Use my location',
  'activity-picker.filter.my-location.chip': 'Within {distance} of my location',
  'activity-picker.filter.my-location.denied':
    'Your location could not be found. Enter a postcode instead',
  'activity-picker.filter.age': 'Age of the person',
  'activity-picker.filter.age.hint': 'In years. Shows activities open to this age',
  'activity-picker.filter.age.invalid': 'Enter an age in years, like 42',
  'activity-picker.filter.age.chip': 'Age {age}',
  'activity-picker.filter.accessibility': 'Accessibility',
  'activity-picker.filter.modes': 'How people take part',
  'activity-picker.filter.languages': 'Language',
  'activity-picker.day.MO': 'Monday',
  'activity-picker.day.TU': 'Tuesday',
  'activity-picker.day.WE': 'Wednesday',
  'activity-picker.day.TH': 'Thursday',
  'activity-picker.day.FR': 'Friday',
  'activity-picker.day.SA': 'Saturday',
  'activity-picker.day.SU': 'Sunday',
  'activity-picker.time.morning': 'Morning',
  'activity-picker.time.afternoon': 'Afternoon',
  'activity-picker.time.evening': 'Evening',
  'activity-picker.access.step-free': 'Wheelchair accessible',
  'activity-picker.access.hearing-loop': 'Hearing loop',
  'activity-picker.access.accessible-toilet': 'Accessible toilet',
  'activity-picker.access.lift': 'Lift',
  'activity-picker.access.accessible-parking': 'Accessible parking',
  'activity-picker.access.bsl': 'British Sign Language',
  'activity-picker.access.quiet-room': 'Quiet room',
  'activity-picker.access.large-print': 'Large print',
} as const satisfies Record<`activity-picker.${string}`, string>;

/** Every English word of <lw-activity-picker> (pure, so bundles that use only a section drop it). */
export const activityPickerEn = /* @__PURE__ */ Object.assign(
  {},
  activityPickerStartEn,
  activityPickerResultsEn,
  activityPickerFiltersEn,
);
