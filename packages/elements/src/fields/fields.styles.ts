import { css } from 'lit';
import { choiceStyles } from './styles/choice.styles.js';
import { dateInputStyles } from './styles/date-input.styles.js';
import { errorSummaryStyles } from './styles/error-summary.styles.js';
import { fieldsetStyles } from './styles/fieldset.styles.js';
import { fieldFrameStyles } from './styles/frame.styles.js';
import { inputWidthStyles } from './styles/input-width.styles.js';
import { selectStyles } from './styles/select.styles.js';
import { textareaStyles } from './styles/textarea.styles.js';
import { textControlStyles } from './styles/text-control.styles.js';

/**
 * Styles of the field primitives, NHS.UK frontend's look, from tokens only.
 * Each primitive's are a sheet of their own in `styles/`, one module each, so
 * a component carries only the CSS of the fields it renders: list the ones it
 * uses in its `static styles`, after `baseStyles`, in the order below (a sheet
 * may refine the ones before it, as `selectStyles` does the text controls').
 * This is all of them, for components and galleries that use every primitive.
 */
export const fieldStyles = css`
  ${fieldFrameStyles}
  ${fieldsetStyles}
  ${textControlStyles}
  ${selectStyles}
  ${textareaStyles}
  ${inputWidthStyles}
  ${dateInputStyles}
  ${choiceStyles}
  ${errorSummaryStyles}
`;
