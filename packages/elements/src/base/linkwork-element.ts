import {
  addMessages,
  commonEn,
  message,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@linkwork/core';
import { LitElement, type PropertyValues } from 'lit';
import { baseStyles } from './base.styles.js';
import { LocaleController } from './locale.js';

// The words every component shares (Continue, Back, Error…), in English; Welsh loads on demand.
addMessages(commonEn);

/**
 * The base of every Linkwork element: shared styles and design tokens, the
 * locale taken from the surrounding `lang`, and typed `lw-*` events that cross
 * shadow boundaries.
 *
 * @cssprop [--lw-font-family=Frutiger W01, Arial, Helvetica, sans-serif] - Font of all text.
 * @cssprop [--lw-font-size=1rem] - Body text size.
 * @cssprop [--lw-line-height=1.5] - Body line height.
 * @cssprop [--lw-color-text=#212b32] - Body text colour.
 * @cssprop [--lw-color-text-secondary=#4c6272] - Hint and secondary text colour.
 * @cssprop [--lw-color-background=#ffffff] - Background of inputs and panels.
 * @cssprop [--lw-color-surface=#f0f4f5] - Background of grouped content.
 * @cssprop [--lw-color-primary=#005eb8] - Brand colour: headings' accents, progress, selected states.
 * @cssprop [--lw-color-button=#007f3b] - Primary button background.
 * @cssprop [--lw-color-button-text=#ffffff] - Primary button text.
 * @cssprop [--lw-color-link=#005eb8] - Link colour.
 * @cssprop [--lw-color-border=#4c6272] - Input borders.
 * @cssprop [--lw-color-error=#d5281b] - Error messages and borders.
 * @cssprop [--lw-color-focus=#ffeb3b] - Focus ring.
 * @cssprop [--lw-color-focus-text=#212b32] - Focus ring inner edge and focused text.
 * @cssprop [--lw-radius=4px] - Corner radius of panels and cards.
 * @cssprop [--lw-space-3=1rem] - Base spacing unit (`--lw-space-1` to `--lw-space-6`).
 */
export class LinkworkElement extends LitElement {
  static override styles = [baseStyles];

  private readonly localeController = new LocaleController(this);

  /** The language this element renders in: `en` or `cy`, from the nearest `lang`. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  /** A message of the one catalogue, in this element's language: `this.t('common.continue')`. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return message(key, params, this.locale);
  }

  /** Renders only once the messages of its language are loaded, so Welsh never flashes English first. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.localeController.ready && super.shouldUpdate(changed);
  }

  /**
   * Dispatches an `lw-*` event that bubbles out of shadow roots, so a host can
   * listen on the element or any ancestor.
   *
   * @returns false when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<Detail>(
    type: `lw-${string}`,
    detail: Detail,
    { cancelable = false }: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent<Detail>(type, { detail, bubbles: true, composed: true, cancelable }),
    );
  }
}
