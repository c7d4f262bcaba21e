import http from 'node:http';
import net from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedded, openEmbedded } from '../../src/store/embedded-store.js';
import { seedDataset } from '../helpers/seed-app.js';
import { startServer, within } from '../helpers/processes.js';

// Graceful shutdown of the real server process (src/server.ts) on SIGTERM: the request in flight is answered, new
// connections are refused, the process exits 0 within its grace period (SHUTDOWN_GRACE_MS, after which it would cut
// the remaining connections) and releases the data directory. The request in flight is made slow without any hook:
// its body is held back until after the signal (the server has already accepted it: it answered 100 Continue).

const QUERY = JSON.stringify({ query: '{ entity(slug: "digital113") { name } }' });
const GRACE_MS = 10_000;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function collect(response: http.IncomingMessage): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (body += chunk));
    response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    response.on('error', reject);
  });
}

/** A POST whose body is held back: the server has the request (it answered 100 Continue) and waits for the body. */
function slowUpload(port: number) {
  const request = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/graphql',
    agent: false,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'content-length': Buffer.byteLength(QUERY),
      expect: '100-continue',
    },
  });
  const reply = new Promise<Reply>((resolve, reject) => {
    request.on('response', (response) => collect(response).then(resolve, reject));
    request.on('error', reject);
  });
  // Sent by Node's HTTP server once it has parsed the headers and handed the request to the app.
  const accepted = new Promise<void>((resolve) => request.once('continue', resolve));
  request.flushHeaders();
  return { accepted, reply, finish: () => request.end(QUERY) };
}

/** One ordinary request on a fresh connection (`agent` to reuse one). */
function post(port: number, agent: http.Agent | false = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/graphql',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      },
      (response) => collect(response).then(resolve, reject),
    );
    request.on('error', reject);
    request.end(QUERY);
  });
}

/** Resolves with the error code of a TCP connection attempt, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('SIGTERM on a running server (embedded)', () => {
  let root: string;
  let graphDir: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shutdown-test-'));
    graphDir = path.join(root, 'graph');
    await loadEmbedded(graphDir, await seedDataset());
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('answers the request in flight, refuses new connections, exits 0 and releases the store', async () => {
    const server = await startServer(graphDir, { SHUTDOWN_GRACE_MS: String(GRACE_MS) });
    // A client that keeps its connection open between requests: an idle keep-alive socket must not delay the exit.
    const keepAlive = new http.Agent({ keepAlive: true });
    try {
      const warm = await post(server.port, keepAlive);
      expect(warm.status).toBe(200);
      expect(JSON.parse(warm.body)).toEqual({ data: { entity: { name: expect.any(String) } } });

      const inFlight = slowUpload(server.port);
      await within(inFlight.accepted, 10_000, 'waiting for the server to accept the slow request');

      const signalledAt = performance.now();
      server.child.kill('SIGTERM');

      // New connections are refused once the server has stopped listening (it does so as soon as it handles SIGTERM).
      let refused = '';
      while (performance.now() - signalledAt < 5_000) {
        refused = await tryConnect(server.port);
        if (refused !== 'connected') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(refused).toBe('ECONNREFUSED');
      expect(server.child.exitCode, 'the server must wait for the request in flight').toBeNull();

      // The request in flight still gets its full answer, from a store that is still open.
      inFlight.finish();
      const reply = await within(inFlight.reply, 10_000, 'waiting for the answer to the request in flight');
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toEqual(JSON.parse(warm.body));

      const exit = await within(server.exited, GRACE_MS + 2_000, 'waiting for the server to exit');
      const ms = performance.now() - signalledAt;
      console.log(`SIGTERM -> exit ${exit.code} in ${Math.round(ms)} ms (refused: ${refused})`);
      expect(exit).toEqual({ code: 0, signal: null });
      // Well inside the grace period: nothing had to be cut.
      expect(ms).toBeLessThan(GRACE_MS);
      expect(server.stderr()).toBe('');
    } finally {
      keepAlive.destroy();
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }

    // The directory lock was released: another process (here, this one) opens the store.
    const store = await openEmbedded({ dataDir: graphDir });
    expect(store).not.toBeNull();
    try {
      expect(await store!.meta()).toMatchObject({ entities: (await seedDataset()).entities.length });
    } finally {
      await store!.runner.close();
    }
  }, 45_000);
});
