import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/app.js';
import { GraphStore } from '../../src/store/graph-store.js';
import type { CypherRunner } from '../../src/store/runner.js';
import { existsSync, readFileSync } from 'node:fs';
import { documentHash, EXPLORER_DOCUMENTS, loadTrustedDocuments } from '../../src/trusted-documents.js';
import { execute, seedStore } from '../helpers/seed-app.js';

let store: GraphStore;
beforeAll(async () => {
  store = await seedStore();
});
afterAll(() => store.runner.close());
const appWith = (options: Partial<AppOptions> = {}) => createApp({ store, ...options });

const post = (app: App, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  app.fetch('http://test/graphql', { method: 'POST', headers, body, duplex: 'half' } as RequestInit);

describe('operation limits', () => {
  const refused = async (app: App, query: string, limit: string) => {
    const { status, errors } = await execute(app, query);
    expect(status).toBe(400);
    expect(errors![0]!.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit });
    return errors![0]!.message;
  };

  it('refuses an operation deeper than 6, not counting Relay edges/node wrappers', async () => {
    const app = appWith();
    // 6 deep: passes although Armor's own count would say 10.
    const six = `{ roles(first: 2) { edges { node { person { roles(first: 2) { edges { node { organisation { mergedFrom { announced } } } } } } } } } }`;
    expect((await execute(app, six)).errors).toBeUndefined();
    const seven = six.replace('mergedFrom { announced }', 'mergedFrom { from { name } }');
    expect(await refused(app, seven, 'depth')).toMatch(/7.*6/);
  });

  it('refuses more than 15 aliases, 50 directives or 1000 tokens', async () => {
    const app = appWith();
    await refused(app, `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: graph { entities }`).join(' ')} }`, 'aliases');
    await refused(app, `{ graph { entities ${'@include(if: true) '.repeat(51)} } }`, 'directives');
    await refused(app, `{ graph { ${'entities '.repeat(1000)} } }`, 'tokens');
  });

  it('prices lists by their size: first multiplies, hub lists count as large', async () => {
    const app = appWith();
    const small = await execute(app, `{ organisations(first: 5) { edges { node { relations(first: 5) { edges { node { label } } } } } } }`);
    expect(small.errors).toBeUndefined();
    await refused(app, `{ organisations(first: 100) { edges { node { relations(first: 100) { edges { node { label } } } } } } }`, 'cost');
    await refused(app, `{ organisations(first: 100) { edges { node { sponsors { from { name } } members { from { name } } } } } }`, 'cost');
  });

  it('names the limit but hides the numbers in production', async () => {
    const app = appWith({ limits: { maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxTokens: 1000, exposeLimits: false } });
    const { errors } = await execute(app, `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: graph { entities }`).join(' ')} }`);
    expect(errors![0]!.message).toMatch(/aliases limit/);
    expect(errors![0]!.message).not.toMatch(/\d/);
    const cost = await execute(app, `{ organisations(first: 100) { edges { node { relations(first: 100) { edges { node { label } } } } } } }`);
    expect(cost.errors![0]!.message).toMatch(/cost limit/);
    expect(cost.errors![0]!.message).not.toMatch(/\d/);
  });

  it('suggests no field names (they would reveal the schema)', async () => {
    const { errors } = await execute(appWith(), `{ entiti(slug: "x") { name } }`);
    expect(errors![0]!.message).not.toMatch(/Did you mean/);
  });
});

describe('introspection', () => {
  it('is on by default and off with introspection: false (GraphiQL too)', async () => {
    expect((await execute(appWith(), `{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const closed = appWith({ introspection: false });
    const { errors } = await execute(closed, `{ __schema { queryType { name } } }`);
    expect(errors?.length).toBeGreaterThan(0);
    const page = await closed.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});

describe('HTTP protections', () => {
  it('refuses a body over the cap with 413, by Content-Length or while a chunked body streams', async () => {
    const app = appWith({ maxBodyBytes: 1000 });
    const big = JSON.stringify({ query: `{ graph { entities } }`, variables: { pad: 'x'.repeat(2000) } });
    const declared = await post(app, big);
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const chunks = [big.slice(0, 800), big.slice(800)];
    const stream = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(new TextEncoder().encode(next));
        else controller.close();
      },
    });
    expect((await post(app, stream)).status).toBe(413);
    const small = await post(app, JSON.stringify({ query: `{ graph { entities } }` }));
    expect(small.status).toBe(200);
  });

  it('refuses a cross-site "simple" POST without the CSRF header', async () => {
    const response = await post(appWith(), JSON.stringify({ query: '{ graph { entities } }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(403);
    expect((await response.json()).errors[0].extensions.code).toBe('CSRF_HEADER_REQUIRED');
  });

  it('allows only the configured CORS origins', async () => {
    const preflight = (app: App, origin: string) =>
      app.fetch('http://test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const open = appWith({ corsOrigins: ['https://explorer.example'] });
    expect((await preflight(open, 'https://explorer.example')).headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect((await preflight(open, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect((await preflight(appWith(), 'https://explorer.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stops an operation that runs past the request timeout with 504 REQUEST_TIMEOUT', async () => {
    const slow: CypherRunner = { ...store.runner, read: async (...args) => { await new Promise((r) => setTimeout(r, 200)); return store.runner.read(...args); } };
    const app = createApp({ store: new GraphStore(slow), requestTimeoutMs: 50 });
    const { status, errors } = await execute(app, `{ entity(slug: "digital113") { name } }`);
    expect(status).toBe(504);
    expect(errors![0]!.extensions?.code).toBe('REQUEST_TIMEOUT');
  });
});

describe('trusted documents', () => {
  const documents = [...loadTrustedDocuments().values()];
  const byHash = (app: App, hash: string) =>
    post(app, JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));

  it('registers every example by its sha256', () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
    expect(documents.every((d) => /^[0-9a-f]{64}$/.test(d.hash))).toBe(true);
  });

  it('in trusted-only mode runs registered operations by hash and refuses any other text', async () => {
    const app = appWith({ trustedDocumentsOnly: true });
    const who = documents.find((d) => d.file === 'who-presides-what.graphql')!;
    const ok = await byHash(app, who.hash);
    expect(ok.status).toBe(200);
    expect((await ok.json()).data.roles.totalCount).toBeGreaterThan(5);
    const text = await execute(app, who.text);
    expect(text.errors![0]!.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const unknown = await byHash(app, 'f'.repeat(64));
    expect((await unknown.json()).errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
  });

  it('in the default mode accepts both hashes and texts', async () => {
    const app = appWith();
    expect((await byHash(app, documents[0]!.hash)).status).toBe(200);
    expect((await execute(app, '{ graph { entities } }')).errors).toBeUndefined();
  });
});

describe('health', () => {
  it('/health says alive; /ready says whether the store answers with a graph', async () => {
    expect((await appWith().fetch('http://test/health')).status).toBe(200);
    const ready = await appWith().fetch('http://test/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', entities: 123 });
    const broken = createApp({ store: new GraphStore({ ...store.runner, read: async () => { throw new Error('down'); } }) });
    expect((await broken.fetch('http://test/ready')).status).toBe(503);
    const stopping = appWith({ isShuttingDown: () => true });
    expect(await (await stopping.fetch('http://test/ready')).json()).toMatchObject({ reason: 'shutting down' });
  });
});

describe('request logs', () => {
  it('one JSON line per request with id, operation, status, duration and store queries; never variables', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk, _, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const app = appWith({ logger: pino({ level: 'info' }, sink) });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: 'query Lookup($slug: String!) { entity(slug: $slug) { name } }', variables: { slug: 'secret-token-123' }, operationName: 'Lookup' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-42');
    await new Promise((r) => setImmediate(r));
    const line = lines.find((l) => l.msg === 'request')!;
    expect(line).toMatchObject({ reqId: 'req-42', operation: 'Lookup', status: 200, storeQueries: 1, path: '/graphql' });
    expect(typeof line.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret-token-123');
  });
});

describe('trusted documents of the Explorer', () => {
  it.skipIf(!existsSync(EXPLORER_DOCUMENTS))('registers the built page operations too, under the hash the page sends', () => {
    const manifest = JSON.parse(readFileSync(EXPLORER_DOCUMENTS, 'utf8')) as Record<string, string>;
    const documents = loadTrustedDocuments();
    for (const [key, text] of Object.entries(manifest)) {
      expect(key).toBe(`sha256:${documentHash(text)}`);
      expect(documents.get(documentHash(text))?.text).toBe(text);
    }
  });
});
