import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'reports/**',
      'storybook-static/**',
      '.tmp/**',
      // Copies of the shared fixtures, kept byte-for-byte.
      'test/fixtures/**/*.mjs',
      'packages/elements/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Tests assert on the non-null results of queries they just made.
    files: ['**/*.test.ts', '**/testing/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**', '*.config.*', 'test/**/*.mjs', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Core is plain TypeScript that runs in Node and browsers: no DOM, no Lit.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Core uses zod/mini (decision 0003).' }],
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', '@linkwork/elements'],
              message: 'Core has no Lit: views live in @linkwork/elements.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='zod/mini'] > ImportSpecifier[imported.name='z'], ImportDeclaration[source.value='zod/mini'] > ImportDefaultSpecifier",
          message:
            "Write `import '../zod.js'` then `import * as z from 'zod/mini'`: jitless and tree-shakable (decision 0003).",
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'HTMLElement',
          'Element',
          'Node',
          'customElements',
          'location',
        ].map((name) => ({ name, message: 'Core has no DOM: take what you need as a parameter.' })),
      ],
    },
  },
);
