import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties (custom properties too) on an element through the CSSOM,
 * `element.style.setProperty`, which a Content-Security-Policy without
 * `'unsafe-inline'` allows. Lit's `styleMap` writes its first render as a
 * `style` attribute, which such a policy blocks (`style-src-attr`): the styles
 * never apply and the page reports a violation. Embedding pages under a strict
 * policy theme the components the same way, or with a stylesheet.
 *
 * Use in element position: `<div ${cssProperties({ '--lw-color-primary': '#1d4f91' })}>`.
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) {
      throw new Error('cssProperties() goes in element position: <div ${cssProperties(…)}>');
    }
  }

  render(_properties: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return nothing;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
