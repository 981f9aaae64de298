/**
 * Size budgets (min + gzip, with Lit and everything imported), measured on the
 * built packages as a consumer bundles them: without the repository's source
 * path aliases, and without lazily loaded Welsh messages (a page in English never
 * downloads them; a Welsh page loads them as a chunk of their own).
 */
const lazyWelsh = {
  name: 'lazy-welsh',
  setup(build) {
    build.onResolve({ filter: /\/cy\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** What loads first: every `import()` (embedded components, submission, Welsh) is fetched later, on demand. */
const onDemand = {
  name: 'on-demand',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The script-tag bundle's Welsh chunk sits beside it and loads only on Welsh pages. */
const bundleWelshChunk = {
  name: 'bundle-welsh-chunk',
  setup(build) {
    build.onResolve({ filter: /\/linkwork-cy-[\w-]+\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

function firstLoad(config) {
  return { ...asAConsumerBuilds(config), plugins: [...(config.plugins ?? []), onDemand] };
}

function asAConsumerBuilds(config) {
  return {
    ...config,
    tsconfig: 'scripts/tsconfig.size.json',
    plugins: [...(config.plugins ?? []), lazyWelsh],
  };
}

export default [
  {
    // 59.47 before validateReferralStart (and its own messages section) was added: 59.78;
    // 59.95 with consentStartValidationEn (decision 0017).
    name: '@linkwork/core: everything',
    path: 'packages/core/dist/index.js',
    gzip: true,
    limit: '60 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    name: '@linkwork/core: validateReferral with English messages and the default taxonomy',
    path: 'packages/core/dist/index.js',
    import: '{ validateReferral }',
    gzip: true,
    limit: '11.5 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    name: '@linkwork/core: schedules in words',
    path: 'packages/core/dist/index.js',
    import: '{ describeSchedule, nextSessionOf, formatNextSession }',
    gzip: true,
    limit: '4 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    name: '@linkwork/core: REST backend + submission pipeline',
    path: 'packages/core/dist/index.js',
    import: '{ createRestBackend, ReferralSubmission }',
    gzip: true,
    limit: '16.5 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    name: '@linkwork/core: Open Referral UK backend',
    path: 'packages/core/dist/index.js',
    import: '{ createOrukBackend }',
    gzip: true,
    limit: '21.5 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    name: '@linkwork/core: memory backend and the search index',
    path: 'packages/core/dist/index.js',
    import: '{ createMemoryBackend }',
    gzip: true,
    limit: '10.5 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    name: '@linkwork/core: FHIR R4 backend',
    path: 'packages/core/dist/index.js',
    import: '{ createFhirBackend }',
    gzip: true,
    limit: '9 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    name: '@linkwork/elements base: LinkworkElement + define, with Lit and the English messages',
    path: 'packages/elements/dist/index.js',
    import: '{ LinkworkElement, define }',
    gzip: true,
    limit: '9 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    // Issue target 22 kB, met (35.4 before decision 0015: later steps, default taxonomy and their words
    // on demand; 28.75 before the first steps were judged on their own and prefill and drafts went on
    // demand; 22.85 before the later steps brought their styles and the form dropped decorators).
    name: '<lw-referral-form>: what loads first (its fields, core validation, Lit)',
    path: 'packages/elements/dist/define/lw-referral-form.js',
    gzip: true,
    limit: '22 kB',
    modifyEsbuildConfig: firstLoad,
  },
  {
    // 71.89 before its first steps were judged on their own (the start validator is extra): 72.62;
    // 72.95 once the picker's results view and the consent capture's later parts became chunks of
    // their own (each chunk's imports and exports cost a little when everything is loaded); 73.18
    // once the consent capture's steps moved to its chunk (decision 0017).
    name: '<lw-referral-form> with everything it loads on demand (picker, consent, submission)',
    path: 'packages/elements/dist/define/lw-referral-form.js',
    gzip: true,
    limit: '73.25 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    // Issue target 15 kB, met: 23.9 before the later chunk (decision 0015), 21.9 before its
    // answers were judged, and its second step drawn, by the chunk (decision 0017).
    name: '<lw-consent-capture>: what loads first (its first step in both modes; Lit and core)',
    path: 'packages/elements/dist/define/lw-consent-capture.js',
    gzip: true,
    limit: '14.9 kB',
    modifyEsbuildConfig: firstLoad,
  },
  {
    // 27.05 before the second step and every later step's drawing moved to the chunk: 27.61.
    name: '<lw-consent-capture> with what it loads on demand (judging, later steps, record, withdrawal, FHIR)',
    path: 'packages/elements/dist/define/lw-consent-capture.js',
    gzip: true,
    limit: '27.7 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    // Issue target 20 kB (27.1 before decision 0015: Welsh schedule wording moved to the Welsh chunk;
    // 25.84 before the filters' words, styles and field sheets moved to the filters chunk;
    // 24.67 before the results view (list window, cards, schedule wording) moved to its own chunk).
    name: '<lw-activity-picker>: first load (before its filters and Welsh), with Lit and core',
    path: 'packages/elements/dist/define/lw-activity-picker.js',
    gzip: true,
    limit: '16.85 kB',
    modifyEsbuildConfig: firstLoad,
  },
  {
    // 32.31 before the results view was its own chunk (its imports and exports): 32.63.
    name: '<lw-activity-picker>: with its filters and results view, loaded on demand',
    path: 'packages/elements/dist/define/lw-activity-picker.js',
    gzip: true,
    limit: '32.7 kB',
    modifyEsbuildConfig: asAConsumerBuilds,
  },
  {
    // What a page with all three components loads first when a bundler shares Lit, core and the
    // base between them (the 40 kB target for all three; see decision 0015). 52.8 before
    // the picker's filters took their words, styles and field sheets to their chunk; 38.94 once
    // the referral form's later rules, the consent capture's later parts and the picker's results
    // view loaded on demand; 33.16 once the consent capture judged its answers in its chunk.
    name: 'all three components together: what loads first (issue target 40 kB, met)',
    path: 'scripts/size-all-three.js',
    gzip: true,
    limit: '33.25 kB',
    modifyEsbuildConfig: firstLoad,
  },
  {
    // dist/linkwork.js and the chunks it imports statically: Lit, core and all three elements;
    // every import() (Welsh, later referral steps, filters, submission) is a chunk beside it, and
    // the backends are modules of their own (decision 0016).
    name: 'script-tag bundle: linkwork.js, what loads first (issue target 40 kB for all three, met)',
    path: 'dist/linkwork.js',
    gzip: true,
    limit: '33.4 kB',
    modifyEsbuildConfig: (config) => ({
      ...config,
      plugins: [...(config.plugins ?? []), onDemand],
    }),
  },
  {
    // A script-tag page that refers to a REST API: the elements and the REST backend.
    name: 'script-tag bundle: linkwork.js with linkwork-rest.js, what loads first',
    path: 'scripts/size-script-tag-rest.js',
    gzip: true,
    limit: '44.9 kB',
    modifyEsbuildConfig: (config) => ({
      ...config,
      plugins: [...(config.plugins ?? []), onDemand],
    }),
  },
  {
    // A script-tag page with an Open Referral UK directory and a REST API (the demo's script-tag page).
    name: 'script-tag bundle: linkwork.js with linkwork-rest.js and linkwork-oruk.js, what loads first',
    path: 'scripts/size-script-tag-page.js',
    gzip: true,
    limit: '59.4 kB',
    modifyEsbuildConfig: (config) => ({
      ...config,
      plugins: [...(config.plugins ?? []), onDemand],
    }),
  },
  {
    // linkwork.js with every chunk it loads on demand but Welsh (70.25 when the backends left it;
    // 72.95 once the referral form, consent capture and picker had more, smaller chunks).
    name: 'script-tag bundle: linkwork.js with everything it loads on demand (Welsh left out)',
    path: 'dist/linkwork.js',
    gzip: true,
    limit: '73.1 kB',
    modifyEsbuildConfig: (config) => ({
      ...config,
      plugins: [...(config.plugins ?? []), bundleWelshChunk],
    }),
  },
];
