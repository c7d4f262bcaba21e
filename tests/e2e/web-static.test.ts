import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webStatic } from '../../src/plugins/web-static.js';

// The plugin that serves the built Explorer, on a Yoga server of its own over a throwaway dist/ directory.
let dist: string;
let empty: string;

const INDEX = '<!doctype html><title>Explorer</title><script type="module" src="/assets/index-abc123.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

function yoga(distDir: string) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    plugins: [webStatic(distDir)],
  });
}

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'web-static-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
  writeFileSync(path.join(dist, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(path.join(dist, '.secret'), 'no');
  empty = mkdtempSync(path.join(tmpdir(), 'web-static-empty-'));
});
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

describe('webStatic', () => {
  const get = (p: string, headers: Record<string, string> = {}, method = 'GET') =>
    yoga(dist).fetch(`http://test${p}`, { method, headers: { accept: 'text/html', ...headers } });

  it('serves index.html at / with a strict policy and no long cache', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'.*connect-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(INDEX);
  });

  it('answers client routes with index.html, so shared URLs open the right view', async () => {
    for (const route of ['/entity/daniel-benchimol', '/graph/digital113?depth=2&expand=digitalplace', '/path?from=a&to=b', '/roles?kind=all', '/roles/']) {
      const response = await get(route);
      expect(response.status, route).toBe(200);
      expect(await response.text(), route).toBe(INDEX);
    }
  });

  it('serves hashed assets with their type, immutable, pre-compressed when accepted', async () => {
    const plain = await get('/assets/index-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);

    const gzip = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gzip.headers.get('etag')).not.toBe(plain.headers.get('etag'));

    const css = await get('/assets/index-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const svg = await get('/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 304 to a matching If-None-Match, and HEAD without a body', async () => {
    const first = await get('/assets/index-abc123.css');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/assets/index-abc123.css', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(INDEX.length));
    expect(await head.text()).toBe('');
  });

  it('gives missing assets, files and hidden or escaping paths a 404, never index.html', async () => {
    for (const p of ['/assets/index-gone.js', '/assets/', '/robots.txt', '/package.json', '/.secret', '/assets/../.secret', '/%2e%2e/%2e%2e/etc/passwd.txt', '/%00.js']) {
      const response = await get(p);
      expect(response.status, p).toBe(404);
      expect(await response.text(), p).not.toContain('<!doctype html>');
    }
  });

  it('never shadows /graphql, /health or /ready, nor other methods', async () => {
    const graphiql = await get('/graphql');
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/graphiql/i);
    const query = await yoga(dist).fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(await query.json()).toEqual({ data: { hello: 'world' } });
    expect((await get('/graphql?query=%7Bhello%7D', { accept: 'application/json' })).headers.get('content-type')).toMatch(/json/);
    expect((await get('/health')).headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await (await get('/ready')).text()).not.toBe(INDEX);
    const post = await get('/', { 'content-type': 'application/json' }, 'POST');
    expect(await post.text()).not.toBe(INDEX);
  });

  it('passes everything through when the page is not built (no index.html)', async () => {
    const app = yoga(empty);
    expect((await app.fetch('http://test/', { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await app.fetch('http://test/entity/x', { headers: { accept: 'text/html' } })).status).toBe(404);
    const query = await app.fetch('http://test/graphql?query=%7Bhello%7D', { headers: { accept: 'application/json' } });
    expect(await query.json()).toEqual({ data: { hello: 'world' } });
  });
});
