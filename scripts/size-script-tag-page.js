// A script-tag page's modules as one graph, for .size-limit.js: linkwork.js with the backend
// modules the demo's script-tag page uses, so the chunks they share are counted once.
export * from '../dist/linkwork.js';
export * from '../dist/linkwork-rest.js';
export * from '../dist/linkwork-oruk.js';
