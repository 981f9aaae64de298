import { VERSION } from './version.js';

interface LinkworkRegistry {
  /** Which Linkwork version defined each tag on this page. */
  readonly versions: Map<string, string>;
  warned: boolean;
}

// Shared through the global symbol registry, so that two copies of Linkwork on
// one page (a CMS bundle and an npm build, say) see the same record.
const REGISTRY = Symbol.for('linkwork.registry');

function registry(): LinkworkRegistry {
  const scope = globalThis as typeof globalThis & { [REGISTRY]?: LinkworkRegistry };
  scope[REGISTRY] ??= { versions: new Map(), warned: false };
  return scope[REGISTRY];
}

/**
 * Registers a custom element unless the tag is already taken, which happens
 * when a page loads Linkwork twice. Never throws for that case; warns once per
 * page when the copy that got there first is a different version (or not
 * Linkwork at all), because the page then runs the other copy's behaviour.
 *
 * @returns true when this call registered the tag.
 */
export function define(
  tag: string,
  constructor: CustomElementConstructor,
  version: string = VERSION,
): boolean {
  const shared = registry();
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    shared.versions.set(tag, version);
    return true;
  }
  const registered = shared.versions.get(tag);
  if (existing !== constructor && registered !== version && !shared.warned) {
    shared.warned = true;
    console.warn(
      `Linkwork: <${tag}> is already defined by ${
        registered ? `Linkwork ${registered}` : 'another script'
      }, so Linkwork ${version} will use that definition. Load one copy of Linkwork per page.`,
    );
  }
  return false;
}
