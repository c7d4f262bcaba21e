import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreTimeoutError, StoreUnavailableError } from '../../src/errors.js';
import { CYPHER_DIR } from '../../src/store/cypher-registry.js';
import { GraphStore } from '../../src/store/graph-store.js';
import { Neo4jRunner } from '../../src/store/neo4j/neo4j-runner.js';
import { fromNeo4j, toNeo4jParams } from '../../src/store/neo4j/values.js';
import { openNeo4j, type Neo4jConnection } from '../../src/store/neo4j-store.js';
import * as q from '../../src/store/queries.js';
import { splitStatements, type WriteTransaction } from '../../src/store/runner.js';
import { byName, FakeNeo4jDriver, neo4jError } from '../helpers/fake-neo4j-driver.js';

// The Neo4j adapter against a recording fake driver: no server. The same GraphStore runs against a real Neo4j in the
// integration suite when NEO4J_URI is set.

const options = { database: 'graph', transactionTimeoutMs: 2_500 };

function setup(fake = new FakeNeo4jDriver()) {
  const runner = new Neo4jRunner(fake.asDriver(), options);
  return { fake, runner, store: new GraphStore(runner) };
}

const storedEntity = {
  slug: 'rennes',
  kind: 'CITY',
  name: 'Rennes',
  aliases: ['Roazhon'],
  description: null,
  date: null,
  facts: JSON.stringify([{ key: 'population', value: '222k', asOf: '2021', inferred: false, note: null, sources: [] }]),
  degree: neo4j.int(12),
};

const storedRelation = {
  type: 'HOLDS_ROLE',
  id: 'r-2',
  from: 'jane-doe',
  to: 'french-tech-rennes',
  label: 'présidente',
  title: 'Présidente',
  roleKind: 'PRESIDENT',
  since: '2019-02',
  until: null,
  asOf: null,
  announced: null,
  effective: null,
  amount: null,
  outcome: null,
  inferred: false,
  note: null,
  sources: JSON.stringify([{ article: 'a-1', quote: 'élue présidente' }]),
};

describe('reads', () => {
  it('run in executeRead on the configured database, naming the query, with the timeout', async () => {
    const { fake, store } = setup();
    fake.respond(byName('entities-by-slug'), [storedEntity]);
    await store.entitiesBySlug(['rennes']);
    expect(fake.calls).toEqual([
      {
        query: expect.stringContaining('UNWIND $slugs AS s'),
        params: { slugs: ['rennes'] },
        accessMode: 'READ',
        database: 'graph',
        txConfig: { timeout: 2_500, metadata: { app: 'ecosystem-graph', query: 'entities-by-slug' } },
        via: 'executeRead',
        tx: 0,
      },
    ]);
    expect(fake.sessions).toEqual([{ database: 'graph', defaultAccessMode: 'READ', closed: true }]);
    expect(fake.transactions.map((t) => t.outcome)).toEqual(['committed']);
  });

  it('close the session after a failure too', async () => {
    const { fake, store } = setup();
    const error = neo4jError('Neo.ClientError.Statement.SyntaxError');
    fake.failWith(error);
    await expect(store.entityCount(['CITY'])).rejects.toBe(error);
    expect(fake.sessions).toEqual([{ database: 'graph', defaultAccessMode: 'READ', closed: true }]);
    expect(fake.transactions.map((t) => t.outcome)).toEqual(['rolled back']);
  });
});

describe('writes', () => {
  async function unit(tx: WriteTransaction) {
    await tx.run(q.clearGraph, {});
    await tx.run(q.createEntities, { rows: [{ ...storedEntity, degree: 12 }] });
    await tx.run(q.createRelations, { rows: [storedRelation] }, { relationTypes: ['MEMBER_OF'] });
    await tx.run(q.setGraphMeta, { loadedAt: 'now', dataHash: 'h', articles: 1, entities: 1, relations: 1 });
  }

  it('run a unit of work in one executeWrite transaction', async () => {
    const { fake, runner } = setup();
    await runner.write(unit);
    expect(fake.calls).toHaveLength(4);
    for (const call of fake.calls)
      expect(call).toMatchObject({
        accessMode: 'WRITE',
        database: 'graph',
        via: 'executeWrite',
        tx: 0,
        txConfig: { timeout: 2_500, metadata: { query: 'write-unit' } },
      });
    expect(fake.calls[2]!.query).toContain('CREATE (a)-[:MEMBER_OF {');
    expect(fake.transactions.map((t) => t.outcome)).toEqual(['committed']);
    expect(fake.sessions).toEqual([{ database: 'graph', defaultAccessMode: 'WRITE', closed: true }]);
  });

  it('abort the unit at its first error, which passes through unchanged', async () => {
    const { fake, runner } = setup();
    const error = neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed');
    fake.failWith(error, { on: 'CREATE (:Entity' });
    await expect(runner.write(unit)).rejects.toBe(error);
    expect(fake.calls.map((c) => c.query.split('\n')[0])).toEqual([
      expect.stringContaining('DETACH DELETE'),
      'UNWIND $rows AS row',
    ]);
    expect(fake.transactions.map((t) => t.outcome)).toEqual(['rolled back']);
    expect(fake.sessions.every((s) => s.closed)).toBe(true);
  });

  it('are rerun whole when the driver retries a transient error', async () => {
    const { fake, runner } = setup(new FakeNeo4jDriver({ managedRetries: 2 }));
    fake.failWith(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'), { on: 'CREATE (:GraphMeta' });
    await runner.write(unit);
    expect(fake.transactions.map((t) => t.outcome)).toEqual(['rolled back', 'committed']);
    expect(fake.calls.map((c) => c.tx)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });
});

describe('values at the boundary', () => {
  it('whole numbers in parameters become Neo4j Integers, at any depth; floats stay floats', async () => {
    const { fake, store } = setup();
    await store.entityPage(['PERSON'], 'a', 20);
    const { limit } = fake.calls[0]!.params;
    expect(neo4j.isInt(limit)).toBe(true);
    expect((limit as { toNumber(): number }).toNumber()).toBe(20);
    expect(toNeo4jParams({ rows: [{ degree: 3, score: 1.5, tags: [1] }] })).toEqual({
      rows: [{ degree: neo4j.int(3), score: 1.5, tags: [neo4j.int(1)] }],
    });
  });

  it('Integers, temporal values and nodes come back as numbers, ISO strings and property maps', async () => {
    const { fake, runner } = setup();
    fake.enqueue([
      {
        count: neo4j.int(42),
        ints: [neo4j.int(1), neo4j.int(2)],
        day: new neo4j.types.Date(2019, 2, 5),
        at: new neo4j.types.DateTime(2024, 5, 6, 7, 8, 9, 0, 0),
        local: new neo4j.types.LocalDateTime(2024, 5, 6, 7, 8, 9, 500_000_000),
        node: new neo4j.types.Node(neo4j.int(7), ['Entity'], { slug: 'rennes', degree: neo4j.int(12) }),
        missing: null,
      },
    ]);
    expect(await runner.read(q.ping, {})).toEqual([
      {
        count: 42,
        ints: [1, 2],
        day: '2019-02-05',
        at: '2024-05-06T07:08:09Z',
        local: '2024-05-06T07:08:09.500000000',
        node: { slug: 'rennes', degree: 12 },
        missing: null,
      },
    ]);
  });
});

describe('driver errors', () => {
  it.each([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED])('%s becomes STORE_UNAVAILABLE', async (code) => {
    const { fake, store } = setup();
    const error = neo4jError(code);
    fake.failWith(error);
    const failure = await store.ping().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'STORE_UNAVAILABLE', cause: error });
    // The fake recovers, and so does the runner: nothing is stuck.
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it.each(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'])(
    '%s becomes STORE_TIMEOUT',
    async (code) => {
      const { fake, store } = setup();
      fake.failWith(neo4jError(code));
      const failure = await store.articleCount().catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StoreTimeoutError);
      expect(failure).toMatchObject({ code: 'STORE_TIMEOUT' });
    },
  );

  it('an unreachable server fails a write unit as STORE_UNAVAILABLE once the driver gives up', async () => {
    const { fake, runner } = setup(new FakeNeo4jDriver({ managedRetries: 2 }));
    fake.failWith(neo4jError(neo4j.error.SERVICE_UNAVAILABLE), { times: 3 });
    await expect(runner.write(async (tx) => void (await tx.run(q.clearGraph, {})))).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(fake.transactions.map((t) => t.outcome)).toEqual(['rolled back', 'rolled back', 'rolled back']);
  });

  it('other errors pass through unchanged', async () => {
    const { fake, store } = setup();
    const error = new TypeError('bug');
    fake.failWith(error);
    await expect(store.ping()).rejects.toBe(error);
  });
});

describe('applySchema', () => {
  it('runs each DDL statement of cypher/neo4j/schema.cypher in its own auto-commit transaction', async () => {
    const { fake, runner } = setup();
    await runner.applySchema();
    const ddl = splitStatements(readFileSync(path.join(CYPHER_DIR, 'neo4j', 'schema.cypher'), 'utf8'));
    expect(ddl.length).toBeGreaterThan(1);
    expect(fake.calls.map((c) => c.query)).toEqual(ddl);
    for (const call of fake.calls)
      expect(call).toMatchObject({ via: 'run', tx: null, accessMode: 'WRITE', database: 'graph', txConfig: { metadata: { query: 'schema' } } });
    expect(fake.sessions).toHaveLength(ddl.length);
    expect(fake.sessions.every((s) => s.closed)).toBe(true);
  });
});

describe('openNeo4j', () => {
  const connection: Neo4jConnection = { uri: 'bolt://neo4j.test:7687', user: 'neo4j', password: 'pw', database: 'graph', queryTimeoutMs: 900 };

  it('retries with growing delays and succeeds when the server comes up', async () => {
    const fake = new FakeNeo4jDriver().failWith(neo4jError(neo4j.error.SERVICE_UNAVAILABLE), { times: 2, on: 'connect' });
    const store = await openNeo4j(connection, { attempts: 4, firstDelayMs: 10 }, () => fake.asDriver());
    const at = fake.connectAttempts.map((a) => a.at);
    expect(fake.connectAttempts.map((a) => a.database)).toEqual(['graph', 'graph', 'graph']);
    // Timers may fire up to a millisecond early.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(9);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(19);
    expect(fake.closed).toBe(false);
    await store.ping();
    expect(fake.calls[0]).toMatchObject({ database: 'graph', txConfig: { timeout: 900 } });
  });

  it('after the last attempt, closes the driver and names the URI', async () => {
    const last = neo4jError(neo4j.error.SERVICE_UNAVAILABLE, 'connection refused');
    const fake = new FakeNeo4jDriver().failWith(last, { times: 99, on: 'connect' });
    const failure = await openNeo4j(connection, { attempts: 3, firstDelayMs: 1 }, () => fake.asDriver()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'STORE_UNAVAILABLE', cause: last });
    expect((failure as Error).message).toMatch(/bolt:\/\/neo4j\.test:7687 is unreachable after 3 attempts \(connection refused\)/);
    expect(fake.connectAttempts).toHaveLength(3);
    expect(fake.closed).toBe(true);
  });

  it('with the real driver, a closed port gives the same clear error', async () => {
    const failure = await openNeo4j({ ...connection, uri: 'bolt://127.0.0.1:1' }, { attempts: 2, firstDelayMs: 1 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toContain('bolt://127.0.0.1:1');
    expect((failure as Error).cause).toMatchObject({ code: neo4j.error.SERVICE_UNAVAILABLE });
  });
});

// Translation tests in the manner of neo4j/graphql: the exact Cypher and parameters each store call sends, and the
// rows it makes of what comes back.
describe('Cypher sent by GraphStore calls', () => {
  it('entitiesBySlug', async () => {
    const { fake, store } = setup();
    fake.respond(byName('entities-by-slug'), [storedEntity]);
    const found = await store.entitiesBySlug(['rennes', 'nowhere']);
    expect(fake.sent()).toMatchSnapshot();
    expect([...found.entries()]).toEqual([
      ['rennes', { ...storedEntity, degree: 12, facts: [{ key: 'population', value: '222k', asOf: '2021', inferred: false, note: null, sources: [] }] }],
    ]);
  });

  it.each(['BOTH', 'OUT'] as const)('relationsOf, direction %s', async (direction) => {
    const { fake, store } = setup();
    const { from, to, ...properties } = storedRelation;
    fake.respond(byName(direction === 'BOTH' ? 'relations-of-one' : 'relations-out-of-one'), [
      { key: from, other: to, outgoing: true, ...properties },
      { key: from, other: to, outgoing: true, ...properties, type: 'MEMBER_OF', id: 'r-1', roleKind: null },
    ]);
    const byslug = await store.relationsOf(['jane-doe'], ['HOLDS_ROLE', 'MEMBER_OF'], direction);
    expect(fake.sent()).toMatchSnapshot();
    // One direction asked: the query without the other direction's UNION ALL branch.
    expect(fake.calls.map((c) => c.txConfig?.metadata?.['query'])).toEqual([direction === 'BOTH' ? 'relations-of-one' : 'relations-out-of-one']);
    expect(fake.calls[0]!.params).toEqual({ slug: 'jane-doe' });
    expect(fake.calls[0]!.query.includes(')<-[r:')).toBe(direction === 'BOTH');
    expect(byslug.get('jane-doe')!.map((r) => [r.id, r.from, r.to, r.sources])).toEqual([
      ['r-1', from, to, [{ article: 'a-1', quote: 'élue présidente' }]],
      ['r-2', from, to, [{ article: 'a-1', quote: 'élue présidente' }]],
    ]);
  });

  it('rolePage with a filter', async () => {
    const { fake, store } = setup();
    fake.respond(byName('role-page'), [storedRelation]);
    const filter = { kinds: ['PRESIDENT'] as const, title: 'Présidente', organisation: 'french-tech-rennes', activeAt: '2019-02' };
    const rows = await store.rolePage(filter, 'r-1', 10);
    expect(fake.sent()).toMatchSnapshot();
    expect(fake.calls[0]!.params).toMatchObject({ title: 'presidente', person: '', activeFrom: '2019-02-01', activeTo: '2019-02-31' });
    expect(rows).toEqual([{ ...storedRelation, sources: [{ article: 'a-1', quote: 'élue présidente' }] }]);
  });

  it('search', async () => {
    const { fake, store } = setup();
    fake.respond(byName('search-entities'), [{ ...storedEntity, score: 4.0 }]);
    const hits = await store.search('  Saint-Étienne ', ['CITY', 'ORGANISATION'], 5);
    expect(fake.sent()).toMatchSnapshot();
    expect(hits).toEqual([{ entity: expect.objectContaining({ slug: 'rennes', degree: 12 }), score: 4 }]);
  });

  // LadybugDB's batched queries first look up internal keys (entity-keys); Neo4j seeks slugs and must not pay for that.
  it('relationsOf several slugs: one query, slugs per direction, no key lookup', async () => {
    const { fake, store } = setup();
    const { from, to, ...properties } = storedRelation;
    fake.respond(byName('relations-of'), [{ key: 'rennes', other: from, outgoing: false, ...properties }]);
    const bySlug = await store.relationsOf(['jane-doe', 'rennes'], ['HOLDS_ROLE'], 'IN');
    expect(fake.calls.map((c) => c.txConfig?.metadata?.['query'])).toEqual(['relations-of']);
    expect(fake.calls[0]!.params).toEqual({ outSlugs: [], inSlugs: ['jane-doe', 'rennes'], outKeys: [], inKeys: [] });
    expect(bySlug.get('rennes')!.map((r) => [r.id, r.from, r.to])).toEqual([[storedRelation.id, from, 'rennes']]);
    expect(bySlug.get('jane-doe')).toEqual([]);
  });

  it('neighbours and relationsAmong: slugs, the limit, the spliced types, no key lookup', async () => {
    const { fake, store } = setup();
    fake.respond(byName('neighbours'), [{ slug: 'rennes', degree: 12 }, { slug: 'jane-doe', degree: 3 }]);
    fake.respond(byName('relations-among'), [storedRelation]);
    const next = await store.neighbours(['french-tech-rennes'], ['french-tech-rennes'], ['MEMBER_OF', 'HOLDS_ROLE'], 2);
    const among = await store.relationsAmong(['jane-doe', 'french-tech-rennes'], ['HOLDS_ROLE']);
    expect(fake.calls.map((c) => c.txConfig?.metadata?.['query'])).toEqual(['neighbours', 'relations-among']);
    expect(fake.calls[0]!.query).toContain('[:HOLDS_ROLE|MEMBER_OF]-(b:Entity)');
    expect(fake.calls[0]!.params).toMatchObject({ slugs: ['french-tech-rennes'], exclude: ['french-tech-rennes'], keys: [], excludeKeys: [] });
    expect(fromNeo4j(fake.calls[0]!.params.limit)).toBe(2);
    expect(fake.calls[1]!.params).toEqual({ slugs: ['jane-doe', 'french-tech-rennes'], keys: [] });
    expect(next).toEqual(['rennes', 'jane-doe']);
    expect(among).toEqual([{ ...storedRelation, sources: [{ article: 'a-1', quote: 'élue présidente' }] }]);
  });

  it('shortestPath with types and maxHops', async () => {
    const { fake, store } = setup();
    fake.respond(byName('shortest-path'), [{ slugs: ['jane-doe', 'french-tech-rennes', 'rennes'], ids: ['r-2', 'r-9'] }]);
    const found = await store.shortestPath('jane-doe', 'rennes', 3, ['HOLDS_ROLE', 'LOCATED_IN']);
    expect(fake.calls[0]!.query).toContain('shortestPath((a)-[:HOLDS_ROLE|LOCATED_IN*1..3]-(b))');
    expect(fake.sent()).toMatchSnapshot();
    expect(found).toEqual({ slugs: ['jane-doe', 'french-tech-rennes', 'rennes'], ids: ['r-2', 'r-9'] });
  });
});
