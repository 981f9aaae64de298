import { css } from 'lit';
import { actionStyles, linkButtonStyles } from './actions.styles.js';
import { summaryStyles } from './summary.styles.js';

/**
 * The pieces every Linkwork form shares: the step heading, buttons and actions
 * (`actions.styles.ts`, with the link-like button) and the summary list (`summary.styles.ts`). Each is a
 * module of its own, so a component that shows the summary list only later
 * (the referral form's check your answers) can load it then.
 */
export const controlStyles = css`
  ${actionStyles}
  ${linkButtonStyles}
  ${summaryStyles}
`;
