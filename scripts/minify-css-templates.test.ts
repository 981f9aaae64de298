import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifyCssTemplates } from './minify-css-templates.js';

describe('minifyCssTemplates', () => {
  it('drops comments and the whitespace CSS ignores, keeping interpolations and strings', () => {
    const source = [
      'export const a = css`',
      '  /* a comment */',
      '  .lw-a,',
      '  .lw-b > .lw-c {',
      "    padding: ${token('--lw-space-2')} ${token('--lw-space-3')};",
      "    margin-block: 0 ${token('--lw-space-4')};",
      "    content: '  two  spaces  ';",
      '    font-family: Arial, sans-serif;',
      '  }',
      '  @media (forced-colors: active) {',
      '    .lw-a :focus-visible {',
      '      outline-color: Highlight;',
      '    }',
      '  }',
      '`;',
    ].join('\n');
    expect(minifyCssTemplates(source)).toBe(
      "export const a = css`.lw-a,.lw-b > .lw-c{padding:${token('--lw-space-2')} ${token('--lw-space-3')};" +
        "margin-block:0 ${token('--lw-space-4')};content:'  two  spaces  ';font-family:Arial,sans-serif}" +
        '@media (forced-colors:active){.lw-a :focus-visible{outline-color:Highlight}}`;',
    );
  });

  it('leaves code outside css templates alone, and nested braces inside interpolations', () => {
    const source =
      'const x = html`<p>  a  </p>`;\nconst y = css`.a {  color: ${pick({ a: 1 })}; }`;';
    expect(minifyCssTemplates(source)).toBe(
      'const x = html`<p>  a  </p>`;\nconst y = css`.a{color:${pick({ a: 1 })}}`;',
    );
  });

  it('keeps every rule of every style sheet the elements ship (only whitespace and comments change)', () => {
    const dir = join(import.meta.dirname, '../packages/elements/src');
    const sheets = (readdirSync(dir, { recursive: true }) as string[]).filter((file) =>
      file.endsWith('.styles.ts'),
    );
    expect(sheets.length).toBeGreaterThan(10);
    for (const file of sheets) {
      const source = readFileSync(join(dir, file), 'utf8');
      const minified = minifyCssTemplates(source);
      expect(minified.length, file).toBeLessThan(source.length);
      // Outside the templates nothing changed, and inside them only whitespace, comments and
      // the `;` before a `}` went: the non-space characters are the same, in order.
      const strip = (text: string) =>
        text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/;\s*}/g, '}')
          .replace(/\s+/g, '');
      expect(strip(minified), file).toBe(strip(source));
    }
  });
});
