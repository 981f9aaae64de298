import type { ConsentItem } from '@linkwork/core';
import type { Translate } from './record.js';

/** A withdrawable part in words, the same for patients and staff (`Sharing details with Age UK`). */
export function partLabel(item: ConsentItem, t: Translate): string {
  switch (item.type) {
    case 'partner':
      return t('consent-capture.part.partner', { name: item.name });
    case 'contactBy':
      return t(`consent-capture.part.contactBy.${item.channel}`);
    default:
      return t(`consent-capture.part.${item.type}`);
  }
}
