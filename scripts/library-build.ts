/**
 * One Vite library-mode configuration for every publishable package: each
 * source module becomes its own ES module in dist/ (so bundlers can tree-shake
 * and `sideEffects` can name the define modules exactly), dependencies stay
 * external, and nothing is minified (the consumer's bundler does that) but
 * the CSS inside Lit's `css` templates, which bundlers leave as written
 * (`minify-css-templates.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { minifyCssTemplates } from './minify-css-templates.js';

/** Minifies the CSS of every `*.styles.ts` module (the only modules with `css` templates). */
function minifyStyles(): Plugin {
  return {
    name: 'linkwork-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      return id.endsWith('.styles.ts') ? { code: minifyCssTemplates(code), map: null } : undefined;
    },
  };
}

function sourceModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // `testing/` folders hold test support (fakes, fault injection): never published.
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceModules(path);
    const isSource =
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.d.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.bench.ts') &&
      !entry.name.endsWith('.stories.ts');
    return isSource ? [path] : [];
  });
}

export function libraryBuild(packageDir: string): UserConfig {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const src = join(packageDir, 'src');
  const entry = Object.fromEntries(
    sourceModules(src).map((file) => [
      relative(src, file).split(sep).join('/').replace(/\.ts$/, ''),
      file,
    ]),
  );
  return {
    root: packageDir,
    // Library builds must not pick up the root demo configuration.
    configFile: false,
    publicDir: false,
    plugins: [minifyStyles()],
    build: {
      outDir: join(packageDir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  } as UserConfig;
}
