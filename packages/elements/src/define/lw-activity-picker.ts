import { define } from '../base/define.js';
import { ActivityPicker } from '../activity-picker/activity-picker.js';

define('lw-activity-picker', ActivityPicker);

declare global {
  interface HTMLElementTagNameMap {
    'lw-activity-picker': ActivityPicker;
  }
}

export { ActivityPicker };
