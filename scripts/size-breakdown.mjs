// Where the bytes of a size-limit entry go: bundles an entry as .size-limit.js does and prints minified bytes per package folder.
// Usage: node scripts/size-breakdown.mjs packages/elements/dist/define/lw-referral-form.js
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
// --initial: what loads first; every dynamic import() stays out, as a browser fetches it later.
const initial = process.argv.includes('--initial');
const r = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  logLevel: 'error',
  tsconfig: 'scripts/tsconfig.size.json',
  plugins: [
    {
      name: 'lw',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (a) =>
          a.kind === 'dynamic-import' && (initial || /\/cy\.js$/.test(a.path))
            ? { path: a.path, external: true }
            : undefined,
        );
      },
    },
  ],
});
const out = Object.values(r.metafile.outputs)[0];
const groups = {};
for (const [f, v] of Object.entries(out.inputs)) {
  let g = f.replace(/^node_modules\//, 'nm/').replace(/^packages\/(\w+)\/dist\//, '$1/');
  g = g
    .split('/')
    .slice(0, g.startsWith('nm/@') ? 3 : 2)
    .join('/');
  if (g.startsWith('core/') || g.startsWith('elements/'))
    g = f
      .replace(/^packages\//, '')
      .split('/')
      .slice(0, 4)
      .join('/');
  groups[g] = (groups[g] ?? 0) + v.bytesInOutput;
}
const total = r.outputFiles[0].contents.length;
console.log('total min', total, 'gz', gzipSync(r.outputFiles[0].contents).length);
for (const [g, b] of Object.entries(groups).sort((a, b) => b[1] - a[1]))
  console.log(String(b).padStart(7), g);
