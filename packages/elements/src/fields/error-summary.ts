import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryError {
  /** The id of the control to move to: a field's own id (first box or option for groups). */
  readonly targetId: string;
  readonly message: string;
}

export interface ErrorSummaryOptions {
  /** `There is a problem` / `Mae problem wedi codi`. */
  readonly title: string;
  readonly errors: readonly SummaryError[];
}

/**
 * Moves focus to a field from an error summary link. Fragment links cannot
 * reach into a shadow root, so the link looks the id up in its own root; the
 * field's label or legend is scrolled into view so the question shows too.
 */
export function focusField(from: Node, targetId: string): boolean {
  const root = from.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(targetId);
  if (!(target instanceof HTMLElement)) return false;
  const fieldset = target.closest('fieldset');
  const label =
    fieldset?.querySelector('legend') ??
    (root.querySelector(`label[for="${CSS.escape(targetId)}"]`) as HTMLElement | null);
  (label ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * The GOV.UK error summary: a `role="alert"` box listing every error as a link
 * to its field. The component focuses it when it appears (`focusErrorSummary`).
 */
export function errorSummary(options: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (options.errors.length === 0) return nothing;
  return html`<div
    class="lw-error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="lw-error-summary-title"
  >
    <h2 id="lw-error-summary-title" class="lw-error-summary__title">${options.title}</h2>
    <ul class="lw-error-summary__list">
      ${options.errors.map(
        (error) =>
          html`<li>
            <a
              href=${`#${error.targetId}`}
              @click=${(event: MouseEvent) => {
                if (focusField(event.currentTarget as Node, error.targetId)) event.preventDefault();
              }}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Focuses the error summary in `root`, if one is shown; call after the render that shows it. */
export function focusErrorSummary(root: ParentNode): boolean {
  const summary = root.querySelector<HTMLElement>('.lw-error-summary');
  if (!summary) return false;
  summary.focus();
  return true;
}
