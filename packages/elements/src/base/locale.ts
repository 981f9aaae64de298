import {
  DEFAULT_LOCALE,
  isLocaleLoaded,
  loadLocale,
  matchLocale,
  type Locale,
} from '@linkwork/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The locale of an element: its own `lang`, else the nearest ancestor's `lang`
 * (crossing shadow roots to their hosts), else the document's, else English.
 * An empty `lang` is skipped; a language we do not support means English.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang?.trim()) return matchLocale(lang) ?? DEFAULT_LOCALE;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return matchLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
}

type LocaleHost = ReactiveControllerHost & HTMLElement;

const subscribers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function observeLangChanges(root: Node): void {
  observer ??= new MutationObserver(() => {
    for (const controller of subscribers) controller.refresh();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps `locale` in step with the `lang` attributes around its host, so that a
 * portal that switches `<html lang>` re-renders every Linkwork element in the
 * new language. One shared MutationObserver watches the document and each
 * shadow root a host lives in.
 *
 * Welsh messages are loaded on first use (core's `loadLocale`); until they
 * arrive `ready` is false, so the host can wait rather than flash English.
 * If loading fails, `ready` becomes true and messages fall back to English.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  /** The messages of `locale` are loaded (or failed to load): the host can render. */
  ready = true;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
  }

  hostConnected(): void {
    subscribers.add(this);
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot;) {
      observeLangChanges(root);
      root = root.host.getRootNode();
    }
    observeLangChanges(document.documentElement);
    this.refresh();
  }

  hostDisconnected(): void {
    subscribers.delete(this);
  }

  /** Re-reads the locale and asks the host to render when it changed (once its messages are loaded). */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next === this.locale && this.ready) return;
    this.locale = next;
    this.ready = isLocaleLoaded(next);
    if (this.ready) {
      this.host.requestUpdate();
      return;
    }
    const settle = (): void => {
      if (this.locale !== next) return; // the language changed again meanwhile
      this.ready = true;
      this.host.requestUpdate();
    };
    loadLocale(next).then(settle, settle);
  }
}
