/**
 * Building page content from data without markup: every string becomes a
 * text node, so referral and directory data can never inject HTML (and the
 * pages need no Trusted Types policy of their own).
 */

type Child = Node | string | null | undefined | false;

/** `<tag class="…" …attributes>` with its children, strings as text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** The element with this id; throws when the page lacks it (a broken page should say so). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element as T;
}

/** Replaces an element's content. */
export function show(target: Element, ...children: readonly Child[]): void {
  target.replaceChildren(
    ...children.filter((child): child is Node | string => Boolean(child) || child === ''),
  );
}
