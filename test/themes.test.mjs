/**
 * The shipped themes (packages/elements/themes/*.css) and the default theme in
 * tokens.ts meet WCAG 2.2 AA for every pair of colour tokens the elements draw
 * on top of each other (themes/contrast-pairs.json). Each theme is one rule,
 * `.lw-theme-<file name>`, that sets only known `--lw-*` tokens; nhs.css
 * repeats the defaults of tokens.ts exactly; the package exports the files.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const elements = join(root, 'packages', 'elements');
const themesDir = join(elements, 'themes');

/** `defaultTheme` of tokens.ts, read from its syntax tree (no build needed). */
function defaultTheme() {
  const path = join(elements, 'src', 'base', 'tokens.ts');
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022);
  let theme;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'defaultTheme') {
      let value = node.initializer;
      while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value)))
        value = value.expression;
      assert.ok(value && ts.isObjectLiteralExpression(value), 'defaultTheme is an object literal');
      theme = Object.fromEntries(
        value.properties.map((property) => {
          assert.ok(ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer));
          return [property.name.text, property.initializer.text];
        }),
      );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  assert.ok(theme, 'tokens.ts declares defaultTheme');
  return theme;
}

/** The rules of a theme file: `[{ selector, declarations: [[name, value]] }]`. */
export function parseRules(css) {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [];
  for (const match of withoutComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = match[2]
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => {
        const colon = declaration.indexOf(':');
        return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
      });
    rules.push({ selector: match[1].trim(), declarations });
  }
  const leftover = withoutComments.replace(/([^{}]+)\{([^{}]*)\}/g, '').trim();
  assert.equal(leftover, '', 'a theme file holds only plain rules');
  return rules;
}

/** WCAG 2 relative luminance of `#rgb` or `#rrggbb`. */
export function luminance(hex) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Not a hex colour: ${hex}`);
  const digits =
    match[1].length === 3 ? [...match[1]].map((digit) => digit + digit) : match[1].match(/../g);
  const [r, g, b] = digits.map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two hex colours, from 1 to 21. */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const defaults = defaultTheme();
const { pairs } = JSON.parse(readFileSync(join(themesDir, 'contrast-pairs.json'), 'utf8'));
const themeFiles = readdirSync(themesDir)
  .filter((file) => file.endsWith('.css'))
  .sort();

/** Every theme's tokens as a page would see them: its own values over the defaults. */
const themes = [
  { name: 'default (tokens.ts)', own: {}, tokens: defaults },
  ...themeFiles.map((file) => {
    const rules = parseRules(readFileSync(join(themesDir, file), 'utf8'));
    const own = Object.fromEntries(rules.flatMap((rule) => rule.declarations));
    return { name: file, file, rules, own, tokens: { ...defaults, ...own } };
  }),
];

describe('contrast arithmetic', () => {
  it('matches WCAG reference values', () => {
    assert.equal(contrast('#000000', '#ffffff'), 21);
    assert.equal(contrast('#fff', '#ffffff'), 1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 fails.
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
    assert.throws(() => luminance('teal'), /Not a hex colour: teal/);
  });
});

describe('contrast pairs', () => {
  it('name only tokens of tokens.ts, with AA minimums', () => {
    assert.ok(pairs.length >= 20);
    for (const pair of pairs) {
      assert.ok(pair.foreground in defaults, pair.foreground);
      assert.ok(pair.background in defaults, pair.background);
      assert.ok([3, 4.5].includes(pair.minimum), `${pair.foreground}: minimum ${pair.minimum}`);
    }
  });

  it('cover every colour token the elements draw with', () => {
    const paired = new Set(pairs.flatMap((pair) => [pair.foreground, pair.background]));
    const colours = Object.keys(defaults).filter((name) => name.startsWith('--lw-color-'));
    // Decorative dividers carry no information, so WCAG sets them no minimum.
    const decorative = ['--lw-color-border-subtle'];
    assert.deepEqual(
      colours.filter((name) => !paired.has(name) && !decorative.includes(name)),
      [],
    );
  });
});

for (const theme of themes) {
  describe(`theme ${theme.name}`, () => {
    if (theme.file) {
      it(`is one rule, .lw-theme-${theme.file.replace(/\.css$/, '')}, of known tokens`, () => {
        assert.deepEqual(
          theme.rules.map((rule) => rule.selector),
          [`.lw-theme-${theme.file.replace(/\.css$/, '')}`],
        );
        const names = theme.rules[0].declarations.map(([name]) => name);
        assert.deepEqual(
          names.filter((name) => !(name in defaults)),
          [],
          'unknown tokens',
        );
        assert.equal(new Set(names).size, names.length, 'a token set twice');
      });
    }

    it('gives every colour token a hex colour', () => {
      for (const [name, value] of Object.entries(theme.tokens)) {
        if (name.startsWith('--lw-color-')) assert.doesNotThrow(() => luminance(value), name);
      }
    });

    for (const pair of pairs) {
      it(`${pair.foreground} on ${pair.background} ≥ ${pair.minimum}:1 (${pair.use})`, () => {
        const ratio = contrast(theme.tokens[pair.foreground], theme.tokens[pair.background]);
        assert.ok(
          ratio >= pair.minimum,
          `${theme.tokens[pair.foreground]} on ${theme.tokens[pair.background]} is ${ratio.toFixed(2)}:1`,
        );
      });
    }
  });
}

describe('nhs.css', () => {
  it('repeats every default of tokens.ts exactly', () => {
    const nhs = themes.find((theme) => theme.file === 'nhs.css');
    assert.ok(nhs, 'themes/nhs.css exists');
    assert.deepEqual(nhs.own, defaults);
  });
});

describe('@linkwork/elements package.json', () => {
  const pkg = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8'));
  it('exports the themes and the contrast pairs, and publishes them', () => {
    assert.equal(pkg.exports['./themes/*.css'], './themes/*.css');
    assert.equal(pkg.exports['./themes/contrast-pairs.json'], './themes/contrast-pairs.json');
    assert.ok(pkg.files.includes('themes'), 'files lists themes');
    // Bundlers must keep a CSS import that nothing else references.
    assert.ok(pkg.sideEffects.includes('./themes/*.css'), 'sideEffects lists the themes');
  });
  it('has the three shipped themes', () => {
    assert.deepEqual(themeFiles, ['council.css', 'govuk.css', 'nhs.css']);
  });
});
