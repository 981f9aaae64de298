export { LinkworkElement } from './base/linkwork-element.js';
export { define } from './base/define.js';
export { LocaleController, resolveLocale } from './base/locale.js';
export { baseStyles } from './base/base.styles.js';
export { defaultTheme, token, tokenNames } from './base/tokens.js';
export type { TokenName } from './base/tokens.js';
export { VERSION } from './base/version.js';
