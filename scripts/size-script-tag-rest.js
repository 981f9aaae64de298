// A script-tag page that refers to a REST API, for .size-limit.js: linkwork.js and
// linkwork-rest.js as one graph, so the chunks they share are counted once.
export * from '../dist/linkwork.js';
export * from '../dist/linkwork-rest.js';
