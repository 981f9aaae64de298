/** Custom Elements Manifest for @linkwork/elements: read by IDEs, Storybook and the React wrappers. */
export default {
  globs: ['src/**/*.ts'],
  // Tests, benchmarks and their helpers (testing/: sample patients, hostile directories) are not
  // API: the manifest is published in the package.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.bench.ts', 'src/**/testing/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
