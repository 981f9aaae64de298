/**
 * An activity or service as the picker shows it: the normalised form of a
 * directory entry, whatever the source (Open Referral UK v1 or v3, our REST
 * API, memory). Every string is untrusted directory text: render it as text.
 */

/** ISO weekday as RFC 5545 writes it. */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** How people take part. */
export type AttendanceMode = 'in-person' | 'online' | 'phone' | 'home-visit';

/** Whether a service is running. `defunct` services are withdrawn. */
export type ActivityStatus = 'active' | 'inactive' | 'temporarily-closed' | 'defunct';

export interface GeoPoint {
  /** WGS84 decimal degrees. */
  readonly lat: number;
  readonly lng: number;
}

export interface ActivityLocation {
  readonly id: string;
  readonly name?: string;
  /** Address lines (street, building), without town and postcode. */
  readonly addressLines: readonly string[];
  readonly town?: string;
  /** Normalised UK postcode (`LE7 2PQ`), when the source gives one. */
  readonly postcode?: string;
  readonly point?: GeoPoint;
  /** Accessibility features of the venue, in the directory's words (`Lift`, `Hearing loop`…). */
  readonly accessibility: readonly AccessibilityFeature[];
}

export interface AccessibilityFeature {
  /** Short label (`Wheelchair accessible`, `Hearing loop`, `Lift`). */
  readonly feature: string;
  readonly description?: string;
}

/**
 * When it happens: the RFC 5545 subset ORUK uses. Times are local
 * (Europe/London) `HH:MM`, already normalised from `HH:MM:SS`.
 */
export interface Schedule {
  readonly id: string;
  readonly freq: 'WEEKLY' | 'MONTHLY';
  /** 1 weekly, 2 fortnightly… */
  readonly interval: number;
  /** Weekdays, each with an optional ordinal for monthly rules: `{ day: 'TU', ordinal: 2 }` is the second Tuesday, `-1` the last. */
  readonly byDay: readonly { readonly day: Weekday; readonly ordinal?: number }[];
  /** Days of the month for monthly-by-date rules (`15`). */
  readonly byMonthDay: readonly number[];
  /** First occurrence (`YYYY-MM-DD`), which anchors fortnightly rules. */
  readonly dtstart?: string;
  /** Valid from and to, inclusive (`YYYY-MM-DD`). */
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly opensAt?: string;
  readonly closesAt?: string;
  readonly mode: AttendanceMode;
  /** The location this schedule is at, when the service has several. */
  readonly locationId?: string;
  /** The directory's own wording, shown when we cannot word the rule ourselves. */
  readonly description?: string;
  readonly notes?: string;
}

export type Cost =
  | { readonly kind: 'free'; readonly label?: string; readonly description?: string }
  | {
      readonly kind: 'fixed';
      /** In pence, to avoid floating point: £3.50 is 350. */
      readonly amountPence: number;
      readonly label?: string;
      readonly description?: string;
    }
  | { readonly kind: 'pay-what-you-can'; readonly label?: string; readonly description?: string };

export interface ActivityContact {
  readonly name?: string;
  readonly title?: string;
  readonly email?: string;
  readonly phones: readonly { readonly number: string; readonly description?: string }[];
}

export interface Activity {
  readonly id: string;
  readonly name: string;
  readonly organisation: { readonly id?: string; readonly name: string; readonly url?: string };
  /** Plain text; paragraphs separated by blank lines. */
  readonly description: string;
  readonly status: ActivityStatus;
  /** An alert the directory publishes (closures, changes). */
  readonly alert?: string;
  /** Needs taxonomy term ids (see `taxonomy.json`). */
  readonly taxonomyTermIds: readonly string[];
  /** Physical venues; empty for services that are only online, by phone or home visits. */
  readonly locations: readonly ActivityLocation[];
  /** How people take part, across all schedules and venues. */
  readonly modes: readonly AttendanceMode[];
  readonly schedules: readonly Schedule[];
  /** Empty when the directory says nothing about cost. */
  readonly costs: readonly Cost[];
  readonly eligibility: {
    readonly minimumAge?: number;
    readonly maximumAge?: number;
    readonly description?: string;
  };
  /** ISO 639 codes (`en`, `cy`, `bfi`). */
  readonly languages: readonly string[];
  readonly url?: string;
  readonly email?: string;
  readonly contacts: readonly ActivityContact[];
  readonly applicationProcess?: string;
  /** RFC 3339 date-time of the directory's last change. */
  readonly lastModified?: string;
}
