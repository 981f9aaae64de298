export { describedBy, errorId, hintId, type FieldText } from './field.js';
export { textInput, type TextInputOptions } from './text-input.js';
export { textarea, countId, type TextareaOptions } from './textarea.js';
export {
  dateInput,
  datePartId,
  type DateInputOptions,
  type DatePart,
  type DateParts,
} from './date-input.js';
export {
  checkboxes,
  optionId,
  radios,
  type CheckboxesOptions,
  type ChoiceOption,
  type RadiosOptions,
} from './choice.js';
export { select, type SelectOptions } from './select.js';
export {
  errorSummary,
  focusErrorSummary,
  focusField,
  type ErrorSummaryOptions,
  type SummaryError,
} from './error-summary.js';
export { FieldInteractions, shouldShowError, type InteractionState } from './interaction.js';
export { fieldStyles } from './fields.styles.js';
export { choiceStyles } from './styles/choice.styles.js';
export { dateInputStyles } from './styles/date-input.styles.js';
export { errorSummaryStyles } from './styles/error-summary.styles.js';
export { fieldsetStyles } from './styles/fieldset.styles.js';
export { fieldFrameStyles } from './styles/frame.styles.js';
export { inputWidthStyles } from './styles/input-width.styles.js';
export { selectStyles } from './styles/select.styles.js';
export { textareaStyles } from './styles/textarea.styles.js';
export { textControlStyles } from './styles/text-control.styles.js';
