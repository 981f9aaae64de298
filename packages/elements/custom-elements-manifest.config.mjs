/**
 * Keeps only the public API in the manifest: private and protected members, static fields
 * (`formAssociated`), the form lifecycle callbacks the browser calls (`formResetCallback`, …) and
 * attributes reflecting private fields are implementation, and Storybook's
 * docs, IDEs and the React wrappers read the manifest as what they may use.
 */
function publicApiOnly() {
  return {
    name: 'linkwork-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          const hidden = new Set(
            declaration.members
              .filter(
                (member) =>
                  member.privacy === 'private' ||
                  member.privacy === 'protected' ||
                  member.static ||
                  /^form\w+Callback$/.test(member.name) ||
                  member.name.startsWith('#'),
              )
              .map((member) => member.name),
          );
          declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !attribute.fieldName || !hidden.has(attribute.fieldName),
            );
          }
        }
      }
    },
  };
}

/** Custom Elements Manifest for @linkwork/elements: read by IDEs, Storybook and the React wrappers. */
export default {
  globs: ['src/**/*.ts'],
  // Tests, benchmarks and their helpers (testing/: sample patients, hostile directories) are not
  // API: the manifest is published in the package.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.bench.ts', 'src/**/testing/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
