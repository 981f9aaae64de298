/**
 * "Find something near you": the activity picker over the council's Open
 * Referral UK v3 directory (the demo server's /api/oruk/v3), and the
 * shortlist summarised by the page from the picker's events.
 */
import '@linkwork/elements/define/lw-activity-picker.js';
import type { ActivityPicker } from '@linkwork/elements';
import { orukDirectory } from '../../shared/api.js';
import { byId, h, show } from '../../shared/dom.js';

const picker = byId<ActivityPicker>('picker');
picker.backend = orukDirectory();
picker.addEventListener('lw-selection-change', (event) => {
  const { activities } = event.detail;
  const section = byId('shortlist');
  section.hidden = activities.length === 0;
  show(byId('shortlist-items'), ...activities.map((activity) => h('li', {}, activity.name)));
});
