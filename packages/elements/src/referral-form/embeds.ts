import type { ReactiveControllerHost } from 'lit';
import type { ConsentConfiguration } from '../consent-capture/configuration.js';

/** The components a referral form embeds, loaded only when their step is near. */
export type EmbedKind = 'picker' | 'consent';
export type EmbedState = 'loading' | 'ready' | 'failed';

const TAGS: Record<EmbedKind, string> = {
  picker: 'lw-activity-picker',
  consent: 'lw-consent-capture',
};

/**
 * Loads `<lw-activity-picker>` and `<lw-consent-capture>` on demand (their
 * own modules: a page that never reaches those steps never downloads them),
 * and the default consent wording with the consent capture. A page that has
 * defined the tag already (the script-tag bundle) loads nothing.
 *
 * It comes with the later steps, but the form gives it `define`, the
 * `import()` of each element: in the script-tag bundle those modules are in
 * its entry, and a chunk importing them would turn the entry into a facade.
 */
export class Embeds {
  readonly #host: ReactiveControllerHost;
  readonly #define: (kind: EmbedKind) => Promise<unknown>;
  readonly #states = new Map<EmbedKind, EmbedState>();
  /** The consent wording used when the host gives none. */
  defaultConsent: ConsentConfiguration | undefined;

  constructor(host: ReactiveControllerHost, define: (kind: EmbedKind) => Promise<unknown>) {
    this.#host = host;
    this.#define = define;
  }

  /** `ready` once the element is defined; starts loading it otherwise. */
  state(kind: EmbedKind): EmbedState {
    if (kind === 'picker' && customElements.get(TAGS.picker)) return 'ready';
    if (kind === 'consent' && customElements.get(TAGS.consent) && this.defaultConsent)
      return 'ready';
    const state = this.#states.get(kind);
    if (state) return state;
    this.load(kind);
    return 'loading';
  }

  /** Starts loading (again, after a failure). */
  load(kind: EmbedKind): void {
    if (this.#states.get(kind) === 'loading') return;
    this.#states.set(kind, 'loading');
    const loading =
      kind === 'picker'
        ? this.#define(kind)
        : Promise.all([this.#define(kind), import('./consent-defaults.js')]).then(
            ([, defaults]) => {
              this.defaultConsent = defaults.defaultConsentConfiguration;
            },
          );
    loading
      .then(
        () => this.#states.set(kind, 'ready'),
        () => this.#states.set(kind, 'failed'),
      )
      .finally(() => this.#host.requestUpdate());
  }
}
