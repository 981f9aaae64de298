/**
 * Static pages beside the API on one origin, as the demo serves them: the
 * API under a prefix (`/api` by default) and built pages everywhere else,
 * each page under a strict Content Security Policy. The pages call the API
 * on their own origin, so no CORS is needed.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { mount, type ApplicationHandler } from 'hono/mount';

/**
 * The pages' policy: scripts, styles, images, fonts and API calls from the
 * same origin only; no inline script or style, no eval; strings never reach
 * script sinks unless a Trusted Types policy made them (Lit's is `lit-html`).
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Headers on every page and asset the site serves. */
export function pageHeaders(contentSecurityPolicy: string): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // The activity picker may ask for the position ("use my location"), on this origin only.
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=()',
    // Pages change with every build: revalidate rather than cache.
    'Cache-Control': 'no-cache',
  };
}

/** What the site serves. */
export interface SiteOptions {
  /** The folder of built pages, served at `/` (`index.html` for a folder). */
  readonly root: string;
  /** More folders, each at a URL prefix: `{ '/dist': '/repo/dist' }` serves `/dist/linkwork.js`. */
  readonly mounts?: Readonly<Record<string, string>>;
  /** Where the API answers. Default `/api`. */
  readonly apiPrefix?: string;
  /** Default {@link PAGE_CONTENT_SECURITY_POLICY}. */
  readonly contentSecurityPolicy?: string;
}

/** Paths serveStatic refuses too: dot segments, doubled or back slashes. */
const UNSAFE_PATH = /(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\/;

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** A URL prefix: one leading slash, no trailing one (`/api`, `/dist`). */
function prefixOf(value: string): string {
  const prefix = `/${value.replace(/^\/+|\/+$/g, '')}`;
  if (prefix === '/' || UNSAFE_PATH.test(prefix))
    throw new RangeError(`Not a usable URL prefix: ${value}`);
  return prefix;
}

/** Files under `folder` at `prefix` (`/` for the site's root). */
function files(folder: string, prefix: string): MiddlewareHandler {
  const strip =
    prefix === '/' ? (path: string) => path : (path: string) => path.slice(prefix.length) || '/';
  const serve = serveStatic({ root: folder, rewriteRequestPath: strip });
  return async (c, next) => {
    const path = strip(c.req.path);
    // A folder asked for without its slash: redirect, so the page's relative links resolve.
    if (!path.endsWith('/') && !UNSAFE_PATH.test(path) && isDirectory(join(folder, path)))
      return c.redirect(`${c.req.path}/`, 301);
    return serve(c, next);
  };
}

/**
 * The API (any fetch handler, normally `createApp(…)`) under `apiPrefix`,
 * and static files everywhere else, with {@link pageHeaders} on each.
 */
export function createSite(api: { fetch: ApplicationHandler }, options: SiteOptions): Hono {
  const apiPrefix = prefixOf(options.apiPrefix ?? '/api');
  const headers = pageHeaders(options.contentSecurityPolicy ?? PAGE_CONTENT_SECURITY_POLICY);
  const site = new Hono();

  // The API keeps its own headers (its policy is `default-src 'none'`).
  site.all(`${apiPrefix}/*`, mount(api.fetch));

  site.use(async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });
  for (const [prefix, folder] of Object.entries(options.mounts ?? {})) {
    const at = prefixOf(prefix);
    if (at === apiPrefix) throw new RangeError(`${at} is the API's prefix`);
    site.get(`${at}/*`, files(folder, at));
  }
  site.get('*', files(options.root, '/'));
  site.notFound((c) => c.text('Not found', 404));
  return site;
}
