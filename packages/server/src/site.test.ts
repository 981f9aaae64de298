import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { Hono } from 'hono';
import { createSite, PAGE_CONTENT_SECURITY_POLICY } from './site.js';

describe('the static site beside the API', () => {
  let pages: string;
  let bundle: string;
  let outside: string;
  const seen: { path: string; query: string }[] = [];

  /** A stand-in API that says which path and query it was given. */
  const api = new Hono();
  api.get('/referrals', (c) => {
    seen.push({ path: c.req.path, query: c.req.query('page') ?? '' });
    return c.json({ items: [] }, 200, { 'Content-Security-Policy': "default-src 'none'" });
  });
  api.post('/referrals', async (c) => c.json(await c.req.json(), 201));

  before(() => {
    const root = mkdtempSync(join(tmpdir(), 'linkwork-site-'));
    pages = join(root, 'pages');
    bundle = join(root, 'bundle');
    outside = join(root, 'secret.txt');
    mkdirSync(join(pages, 'practice'), { recursive: true });
    mkdirSync(bundle);
    writeFileSync(join(pages, 'index.html'), '<!doctype html><title>Index</title>');
    writeFileSync(join(pages, 'practice/index.html'), '<!doctype html><title>Practice</title>');
    writeFileSync(join(pages, 'style.css'), 'body { margin: 0 }');
    writeFileSync(join(bundle, 'linkwork.js'), 'export const VERSION = "0.1.0";');
    writeFileSync(outside, 'not for the web');
  });

  after(() => rmSync(join(pages, '..'), { recursive: true, force: true }));

  const site = () => createSite(api, { root: pages, mounts: { '/dist': bundle } });

  it('serves pages with the strict policy and the other page headers', async () => {
    const response = await site().request('/practice/');
    expect(response.status).to.equal(200);
    expect(await response.text()).to.equal('<!doctype html><title>Practice</title>');
    expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    expect(PAGE_CONTENT_SECURITY_POLICY).not.to.match(/unsafe|data:/);
    expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(response.headers.get('x-frame-options')).to.equal('DENY');
    expect(response.headers.get('referrer-policy')).to.equal('no-referrer');
    expect(response.headers.get('cache-control')).to.equal('no-cache');
  });

  it('serves the index at / and redirects a folder asked for without its slash', async () => {
    expect(await (await site().request('/')).text()).to.equal(
      '<!doctype html><title>Index</title>',
    );
    const redirect = await site().request('/practice');
    expect(redirect.status).to.equal(301);
    expect(redirect.headers.get('location')).to.equal('/practice/');
  });

  it('serves a mounted folder under its prefix', async () => {
    const response = await site().request('/dist/linkwork.js');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/javascript/);
    expect(await response.text()).to.equal('export const VERSION = "0.1.0";');
    expect((await site().request('/dist/index.html')).status).to.equal(404);
  });

  it('hands /api/… to the API without the prefix, keeping its query, body and headers', async () => {
    const response = await site().request('/api/referrals?page=2');
    expect(response.status).to.equal(200);
    expect(seen.at(-1)).to.deep.equal({ path: '/referrals', query: '2' });
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'none'");
    const posted = await site().request('/api/referrals', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ source: 'self' }),
    });
    expect(posted.status).to.equal(201);
    expect(await posted.json()).to.deep.equal({ source: 'self' });
  });

  it('answers 404 for missing files and never serves outside its folders', async () => {
    for (const path of [
      '/missing.html',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/dist/..%2fsecret.txt',
      '/practice/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const response = await site().request(path);
      expect(response.status, path).to.equal(404);
      expect(await response.text(), path).to.equal('Not found');
      expect(response.headers.get('content-security-policy'), path).to.equal(
        PAGE_CONTENT_SECURITY_POLICY,
      );
    }
  });

  it('refuses a mount at the API prefix or at the root', () => {
    expect(() => createSite(api, { root: pages, mounts: { '/api': bundle } })).to.throw(
      RangeError,
      "/api is the API's prefix",
    );
    expect(() => createSite(api, { root: pages, mounts: { '/': bundle } })).to.throw(
      RangeError,
      'Not a usable URL prefix: /',
    );
  });
});
