import type { commonEn } from './common.en.js';

/** Welsh words of every Linkwork component's shared words: exactly the keys of the English file. */
export const commonCy: { readonly [K in keyof typeof commonEn]: string } = {
  'common.error-prefix': 'Gwall',
  'common.continue': 'Parhau',
  'common.back': 'Yn ôl',
  'common.change': 'Newid',
  'common.optional': '(dewisol)',
  'common.yes': 'Ie',
  'common.no': 'Na',
  'common.day': 'Diwrnod',
  'common.month': 'Mis',
  'common.year': 'Blwyddyn',
  'common.characters-remaining': 'Mae gennych {count} nod ar ôl',
  'common.characters-too-many': 'Mae gennych {count} nod yn ormod',
  'common.print': 'Argraffu’r dudalen hon',
};
