/** Custom Elements Manifest for @linkwork/elements: read by IDEs, Storybook and the React wrappers. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
