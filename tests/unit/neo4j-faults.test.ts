import { createRequire } from 'node:module';
import net from 'node:net';
import neo4j, { type Config as DriverConfig } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import { GraphStore } from '../../src/store/graph-store.js';
import { Neo4jRunner } from '../../src/store/neo4j/neo4j-runner.js';
import { createDriver, type Neo4jConnection } from '../../src/store/neo4j-store.js';
import { byName, FakeNeo4jDriver, neo4jError } from '../helpers/fake-neo4j-driver.js';
import { execute } from '../helpers/seed-app.js';

// Faults on the Neo4j side, end to end through the GraphQL app: transient errors are retried by the managed
// transaction, an unreachable or hung database gives STORE_UNAVAILABLE quickly, and the same app answers again once
// the database is back. The fake driver stands in for the server; the driver's own retry loop and timeouts are
// checked against the real neo4j-driver (its TransactionExecutor, and a real driver on dead loopback ports).
// Adapter-level behaviour (sessions closed, error mapping of single calls, openNeo4j backoff, the real driver at
// connect time) is in neo4j-runner.test.ts.

const connection: Neo4jConnection = { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'pw', database: 'graph' };
const QUERY = '{ entity(slug: "rennes") { name } }';

const storedEntity = {
  slug: 'rennes',
  kind: 'CITY',
  name: 'Rennes',
  aliases: [],
  description: null,
  date: null,
  facts: '[]',
  degree: neo4j.int(1),
};
const storedMeta = { loadedAt: '2026-01-01T00:00:00Z', dataHash: 'h', articles: neo4j.int(1), entities: neo4j.int(1), relations: neo4j.int(0) };

function appOn(fake: FakeNeo4jDriver) {
  fake.respond(byName('entities-by-slug'), [storedEntity]).respond(byName('graph-meta'), [storedMeta]);
  return createApp({ store: new GraphStore(new Neo4jRunner(fake.asDriver(), { database: 'graph' })) });
}

/** The driver config createDriver passes to neo4j.driver. */
function driverConfig(): DriverConfig {
  const spy = vi.spyOn(neo4j, 'driver');
  const driver = createDriver(connection);
  const config = spy.mock.calls[0]![2]!;
  void driver.close();
  return config;
}

afterEach(() => vi.restoreAllMocks());

describe('transient errors', () => {
  it('are retried by the managed transaction, and the request succeeds', async () => {
    const fake = new FakeNeo4jDriver({ managedRetries: 2 });
    const app = appOn(fake);
    fake.failWith(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'), { times: 2, on: byName('entities-by-slug') });
    const { status, data, errors } = await execute(app, QUERY);
    expect(errors).toBeUndefined();
    expect({ status, data }).toEqual({ status: 200, data: { entity: { name: 'Rennes' } } });
    expect(fake.transactions.map((t) => [t.via, t.outcome])).toEqual([
      ['executeRead', 'rolled back'],
      ['executeRead', 'rolled back'],
      ['executeRead', 'committed'],
    ]);
  });

  it('still failing once the driver gives up: STORE_UNAVAILABLE ("try again"), not a masked internal error', async () => {
    const fake = new FakeNeo4jDriver({ managedRetries: 2 });
    const app = appOn(fake);
    fake.failWith(neo4jError('Neo.TransientError.General.DatabaseUnavailable'), { times: 3 });
    const { errors } = await execute(app, QUERY);
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/try again/), extensions: { code: 'STORE_UNAVAILABLE' } })]);
    expect(fake.transactions).toHaveLength(3);
  });

  it('a client error is neither retried nor shown', async () => {
    const fake = new FakeNeo4jDriver({ managedRetries: 2 });
    const app = appOn(fake);
    fake.failWith(neo4jError('Neo.ClientError.Statement.SyntaxError'));
    const { errors } = await execute(app, QUERY);
    expect(errors?.[0]?.message).toBe('Unexpected error.');
    expect(fake.transactions).toHaveLength(1);
  });
});

// The retry the fake emulates is the real driver's: session.executeRead/executeWrite run the work through
// neo4j-driver-core's TransactionExecutor, built with the driver's maxTransactionRetryTime (session.js,
// _createTransactionExecutor). Its loop is exercised here directly, on a virtual clock.
describe("neo4j-driver's managed-transaction retry (TransactionExecutor)", () => {
  interface Tx {
    isOpen(): boolean;
    commit(): Promise<void>;
    rollback(): Promise<void>;
  }
  type Executor = { execute<T>(create: () => Promise<Tx>, work: (tx: Tx) => Promise<T>): Promise<T> };
  type ExecutorClass = new (
    maxRetryTimeMs?: number,
    initialRetryDelayMs?: number,
    multiplier?: number,
    jitterFactor?: number,
    dependencies?: { setTimeout: (callback: () => void, ms: number) => unknown; clearTimeout: (id: unknown) => void },
  ) => Executor;
  // Resolved from neo4j-driver itself, so it is the core it really runs with.
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  const { TransactionExecutor } = fromDriver('neo4j-driver-core/lib/internal/transaction-executor.js') as {
    TransactionExecutor: ExecutorClass;
  };

  /** Runs `work` as executeRead would, with `maxRetryTimeMs`; delays pass on a virtual clock, instantly. */
  async function run(maxRetryTimeMs: number | undefined, failures: (attempt: number) => unknown) {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const attemptsAt: number[] = [];
    const executor = new TransactionExecutor(maxRetryTimeMs, undefined, undefined, undefined, {
      setTimeout: (callback, ms) => {
        now += ms;
        return setTimeout(callback, 0);
      },
      clearTimeout: (id) => clearTimeout(id as NodeJS.Timeout),
    });
    const create = async (): Promise<Tx> => {
      let open = true;
      return { isOpen: () => open, commit: async () => void (open = false), rollback: async () => void (open = false) };
    };
    const outcome = await executor
      .execute(create, async () => {
        attemptsAt.push(now);
        const error = failures(attemptsAt.length);
        if (error) throw error;
        return 'ok';
      })
      .catch((error: unknown) => error);
    return { outcome, attemptsAt, elapsed: now };
  }

  it('reruns the work after a transient error (deadlock) and succeeds', async () => {
    const deadlock = neo4jError('Neo.TransientError.Transaction.DeadlockDetected');
    const { outcome, attemptsAt } = await run(driverConfig().maxTransactionRetryTime, (n) => (n <= 2 ? deadlock : null));
    expect(outcome).toBe('ok');
    expect(attemptsAt).toHaveLength(3);
  });

  it.each([
    'Neo.ClientError.Statement.SyntaxError',
    'Neo.ClientError.Transaction.TransactionTimedOut',
    // A connection acquisition timeout has no code of its own, so it is not retried either.
    'N/A',
  ])('does not retry %s', async (code) => {
    const error = neo4jError(code);
    const { outcome, attemptsAt } = await run(undefined, () => error);
    expect(outcome).toBe(error);
    expect(attemptsAt).toEqual([0]);
  });

  it('retries ServiceUnavailable with backoff for maxTransactionRetryTime: ~31 s by default, ~3 s as configured', async () => {
    const down = neo4jError(neo4j.error.SERVICE_UNAVAILABLE);
    const byDefault = await run(undefined, () => down);
    expect(byDefault.outcome).toBe(down);
    // Delays of 1 s, 2 s, 4 s, 8 s, 16 s (±20% jitter; a 32 s one when they add up to under 30 s): what every
    // request of an outage used to wait.
    expect(byDefault.attemptsAt.length).toBeGreaterThanOrEqual(6);
    expect(byDefault.elapsed).toBeGreaterThan(24_000);

    const configured = driverConfig().maxTransactionRetryTime;
    const ours = await run(configured, () => down);
    expect(ours.outcome).toBe(down);
    expect(ours.attemptsAt).toHaveLength(3);
    expect(ours.elapsed).toBeLessThanOrEqual(3_600);
  });
});

describe('an unreachable database', () => {
  it('createDriver bounds every wait: connection, pool acquisition, retries', () => {
    const config = driverConfig();
    expect(config.connectionAcquisitionTimeout).toBeLessThanOrEqual(5_000);
    expect(config.connectionTimeout).toBeLessThanOrEqual(5_000);
    expect(config.maxTransactionRetryTime).toBeLessThanOrEqual(5_000);
  });

  it('gives STORE_UNAVAILABLE at once, and the same app answers again when the database is back', async () => {
    const fake = new FakeNeo4jDriver();
    const app = appOn(fake);
    expect((await execute(app, QUERY)).data).toEqual({ entity: { name: 'Rennes' } });

    let down = true;
    fake.failWith(neo4jError(neo4j.error.SERVICE_UNAVAILABLE, 'connect ECONNREFUSED 127.0.0.1:7687'), {
      times: Number.POSITIVE_INFINITY,
      on: () => down,
    });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const { status, data, errors } = await execute(app, QUERY);
      times.push(performance.now() - started);
      expect(status).toBe(200);
      expect(data).toEqual({ entity: null });
      expect(errors).toEqual([
        expect.objectContaining({
          message: 'The graph database is unreachable; try again shortly.',
          extensions: { code: 'STORE_UNAVAILABLE' },
        }),
      ]);
      expect(JSON.stringify(errors)).not.toMatch(/ECONNREFUSED|7687/);
    }
    // No wait of its own between the driver's error and the client (a few ms here); the bound leaves room for a busy
    // CI machine. The real driver's waits are bounded by createDriver, checked above and below.
    console.log(`STORE_UNAVAILABLE answered in ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
    expect(Math.max(...times)).toBeLessThan(100);
    expect((await app.fetch('http://test/ready')).status).toBe(503);

    down = false;
    expect(await execute(app, QUERY)).toMatchObject({ status: 200, data: { entity: { name: 'Rennes' } } });
    expect((await execute(app, QUERY)).errors).toBeUndefined();
    expect((await app.fetch('http://test/ready')).status).toBe(200);
    expect(fake.sessions.every((s) => s.closed)).toBe(true);
  });

  it('a pool acquisition timeout (a database that never answers) is STORE_UNAVAILABLE too', async () => {
    const fake = new FakeNeo4jDriver();
    const app = appOn(fake);
    // As neo4j-driver-core's Pool raises it: code 'N/A', known only by its message.
    fake.failWith(neo4jError('N/A', 'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 0, Idle conn count = 0.'));
    const { errors } = await execute(app, QUERY);
    expect(errors?.[0]?.extensions).toEqual({ code: 'STORE_UNAVAILABLE' });
  });

  // With the real driver and createDriver's settings: the failure reaches the client well under a minute.
  describe.concurrent('with the real driver', () => {
    async function timedRequest(uri: string) {
      const driver = createDriver({ ...connection, uri });
      const app = createApp({ store: new GraphStore(new Neo4jRunner(driver, { database: 'graph' })) });
      const started = performance.now();
      try {
        const { errors } = await execute(app, QUERY);
        return { errors, seconds: (performance.now() - started) / 1000 };
      } finally {
        await driver.close();
      }
    }

    it('a closed port (127.0.0.1:1): STORE_UNAVAILABLE after the retry budget, ~3 s', async () => {
      const { errors, seconds } = await timedRequest('bolt://127.0.0.1:1');
      console.log(`closed port: STORE_UNAVAILABLE after ${seconds.toFixed(1)} s`);
      expect(errors?.[0]?.extensions).toEqual({ code: 'STORE_UNAVAILABLE' });
      // It retried (first delay ~1 s), and stopped long before the driver's default 30 s.
      expect(seconds).toBeGreaterThan(0.5);
      expect(seconds).toBeLessThan(10);
    }, 20_000);

    it('a port that accepts and never answers: STORE_UNAVAILABLE after the 5 s acquisition timeout', async () => {
      const sockets: net.Socket[] = [];
      const silent = net.createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = silent.address() as net.AddressInfo;
        const { errors, seconds } = await timedRequest(`bolt://127.0.0.1:${port}`);
        console.log(`silent port: STORE_UNAVAILABLE after ${seconds.toFixed(1)} s`);
        expect(errors?.[0]?.extensions).toEqual({ code: 'STORE_UNAVAILABLE' });
        expect(seconds).toBeLessThan(10);
      } finally {
        for (const socket of sockets) socket.destroy();
        silent.close();
      }
    }, 20_000);
  });
});
