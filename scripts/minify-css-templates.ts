/**
 * Minifies the CSS in Lit `css` tagged templates of a module's source: the
 * library build runs it on `*.styles.ts`, so every consumer downloads less
 * (their bundlers minify JavaScript, not the CSS inside template literals).
 *
 * Only what cannot change the CSS's meaning: comments go, runs of whitespace
 * become one space, and the spaces around `{ } ; ,` and after `:` go, as
 * does the `;` before a `}`. Interpolations (`${token('--lw-space-3')}`) and
 * quoted strings are kept exactly, and a space next to an interpolation stays
 * unless the punctuation beside it makes it meaningless.
 */
export function minifyCssTemplates(source: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = source.indexOf('css`', at);
    if (start === -1) return out + source.slice(at);
    out += source.slice(at, start + 4);
    const { css, end } = readTemplate(source, start + 4);
    out += `${css}\``;
    at = end + 1;
  }
}

/** Reads a template from `from` to its closing backtick, minifying its text and keeping `${…}` as is. */
function readTemplate(source: string, from: number): { css: string; end: number } {
  let css = '';
  let text = '';
  let i = from;
  while (i < source.length) {
    const char = source[i];
    // Whitespace at the very start and end of a template means nothing either.
    if (char === '`') return { css: (css + minifyText(text).trimEnd()).trimStart(), end: i };
    if (char === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (char === '$' && source[i + 1] === '{') {
      const close = closingBrace(source, i + 2);
      css += minifyText(text) + source.slice(i, close + 1);
      text = '';
      i = close + 1;
    } else if (char === '"' || char === "'") {
      const close = source.indexOf(char, i + 1);
      if (close === -1) throw new Error(`unterminated string in a css template at ${i}`);
      // A quoted string is kept as written: mark it so minifyText leaves it alone.
      text += `\u0000${source.slice(i, close + 1)}\u0000`;
      i = close + 1;
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error('unterminated css template');
}

function closingBrace(source: string, from: number): number {
  let depth = 1;
  for (let i = from; i < source.length; i++) {
    if (source[i] === '{') depth += 1;
    if (source[i] === '}' && --depth === 0) return i;
  }
  throw new Error('unterminated interpolation in a css template');
}

function minifyText(text: string): string {
  return text
    .split('\u0000')
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}
