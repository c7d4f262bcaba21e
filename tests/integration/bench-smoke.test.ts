import lbug from '@ladybugdb/core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBenchmark, type BenchResult } from '../../bench/harness.js';
import { OPERATION_NAMES } from '../../bench/operations.js';
import { prepareGraph, type PreparedGraph } from '../../bench/pipeline.js';
import { renderTables } from '../../bench/report.js';
import { importEmbedded } from '../../src/bulk/embedded-import.js';
import { generateEcosystem } from '../../src/bulk/generator.js';
import { importNeo4j } from '../../src/bulk/neo4j-import.js';
import { writeCsv } from '../../src/bulk/write-csv.js';
import { writeYaml } from '../../src/bulk/write-yaml.js';
import { loadDataset, type Dataset } from '../../src/data/dataset.js';
import { RELATION_TYPES } from '../../src/domain.js';
import { loadEmbedded, openEmbedded } from '../../src/store/embedded-store.js';
import { toRows } from '../../src/store/graph-writer.js';
import { currentVersion } from '../../src/store/ladybug/data-dir.js';
import { Neo4jRunner } from '../../src/store/neo4j/neo4j-runner.js';
import { fromNeo4j } from '../../src/store/neo4j/values.js';
import { byName, FakeNeo4jDriver } from '../helpers/fake-neo4j-driver.js';
import { DATA_DIR } from '../helpers/seed-app.js';

/** Every row of every table of an embedded data directory's live version, in a stable order. */
async function dump(dataDir: string) {
  const db = new lbug.Database((await currentVersion(dataDir))!);
  const conn = new lbug.Connection(db);
  const all = async (query: string) => {
    const result = await conn.query(query);
    const rows = (Array.isArray(result) ? result : [result]).flatMap((r) => r.getAllSync());
    return rows;
  };
  try {
    const tables: Record<string, unknown[]> = {
      Article: await all('MATCH (a:Article) RETURN a.* ORDER BY a.id'),
      Entity: await all('MATCH (e:Entity) RETURN e.* ORDER BY e.slug'),
      // loadedAt and dataHash say when and from what it was loaded: they differ by design.
      GraphMeta: await all('MATCH (m:GraphMeta) RETURN m.key, m.articles, m.entities, m.relations'),
    };
    for (const type of RELATION_TYPES)
      tables[type] = await all(`MATCH (a:Entity)-[r:${type}]->(b:Entity) RETURN a.slug, b.slug, r.* ORDER BY r.id`);
    return tables;
  } finally {
    await conn.close();
    await db.close();
  }
}

// The bulk path must store exactly what `npm run load` stores: same tables, columns and values (searchText, degree,
// facts/sources JSON, startsOn/endsOn/titleKey, empty strings and nulls, aliases with commas).
describe('a bulk import stores what npm run load stores', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bulk-identity-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function compare(name: string, dataset: Dataset) {
    const csv = path.join(root, name, 'csv');
    await writeCsv(csv, { ...dataset, origin: { curated: name } });
    await importEmbedded(path.join(root, name, 'bulk'), csv);
    await loadEmbedded(path.join(root, name, 'load'), dataset);
    const [bulk, loaded] = [await dump(path.join(root, name, 'bulk')), await dump(path.join(root, name, 'load'))];
    expect(bulk.Entity!.length).toBe(dataset.entities.length);
    expect(Object.values(bulk).flat().length).toBe(dataset.articles.length + dataset.entities.length + 1 + dataset.relations.length);
    expect(bulk).toEqual(loaded);
  }

  it('on the curated data', async () => compare('curated', await loadDataset(DATA_DIR)));

  it('on a generated graph, which passes the data/ validation', async () => {
    const ecosystem = generateEcosystem({ relationships: 2_000, seed: 3 });
    const yaml = path.join(root, 'generated-yaml');
    await writeYaml(yaml, ecosystem);
    const dataset = await loadDataset(yaml);
    expect(dataset.relations.length).toBe(2_000);
    // Deterministic: the same seed gives the same records.
    const again = generateEcosystem({ relationships: 2_000, seed: 3 });
    expect([...again.relations].map((r) => r.id)).toEqual(dataset.relations.map((r) => r.id));
    await compare('generated', dataset);
  });
});

// Without a Neo4j server: the import against the recording fake driver.
describe('the Neo4j bulk import', () => {
  it('empties the graph, sends bounded batches in their own transactions, and writes GraphMeta last', async () => {
    const dataset = await loadDataset(DATA_DIR);
    const csv = mkdtempSync(path.join(os.tmpdir(), 'bulk-neo4j-'));
    try {
      await writeCsv(csv, { ...dataset, origin: { curated: 'data' } });
      const fake = new FakeNeo4jDriver();
      fake.enqueue([{ deleted: 40 }], [{ deleted: 0 }]);
      fake.respond(byName('write-unit'), (call) =>
        call.query.includes('CREATE (a)-[r:') ? [{ created: (call.params.rows as unknown[]).length }] : [],
      );
      const meta = await importNeo4j(new Neo4jRunner(fake.asDriver(), { database: 'graph' }), csv, { batchSize: 40 });
      expect(meta).toMatchObject({ articles: 5, entities: dataset.entities.length, relations: dataset.relations.length });

      // Parameters as the driver got them (whole numbers as Neo4j Integers), back to plain values.
      const sent = fake.calls.map((c) => ({ query: c.query, rows: (fromNeo4j(c.params.rows ?? []) as Record<string, unknown>[]) }));
      expect(sent[0]!.query).toContain('DETACH DELETE');
      expect(sent[1]!.query).toContain('DETACH DELETE');
      expect(sent.at(-1)!.query).toContain('CREATE (:GraphMeta');
      expect(fake.transactions.every((t) => t.via === 'executeWrite' && t.outcome === 'committed')).toBe(true);
      expect(new Set(fake.calls.map((c) => c.tx)).size).toBe(fake.calls.length);
      expect(Math.max(...sent.map((s) => s.rows.length))).toBeLessThanOrEqual(40);

      // The rows are what npm run load sends, as the CSV carried them: numbers, lists, nulls and empty strings intact.
      const expected = toRows(dataset);
      const of = (marker: string) => sent.filter((s) => s.query.includes(marker)).flatMap((s) => s.rows);
      expect(of('CREATE (e:Entity)')).toEqual(expected.entities);
      expect(of('CREATE (a:Article)')).toEqual(expected.articles);
      const relations = of('CREATE (a)-[r:');
      expect(relations.length).toBe(dataset.relations.length);
      const byId = new Map(expected.relations.map(({ type: _, from, to, ...properties }) => [properties.id, { from, to, properties }]));
      for (const row of relations) expect(row).toEqual(byId.get((row.properties as { id: string }).id));
    } finally {
      rmSync(csv, { recursive: true, force: true });
    }
  });
});

// Generator + import + a very short benchmark at 10k relationships, with the documented commands in child processes:
// keeps the scale tooling working. No timing is asserted: this machine's speed is the benchmark's business.
describe('bench smoke run at 10k relationships', () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
  let graph: PreparedGraph;
  let result: BenchResult;

  beforeAll(async () => {
    graph = await prepareGraph({ relationships: 10_000, seed: 7, workDir });
    result = await runBenchmark({
      dataDir: graph.dataDir,
      load: graph.load,
      seconds: 1,
      throughputSeconds: 1,
      warmupSeconds: 0.5,
      rawSamples: 3,
      seed: 7,
    });
  }, 120_000);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('generates and imports exactly what the manifest says', async () => {
    const manifest = JSON.parse(readFileSync(path.join(graph.csvDir, 'manifest.json'), 'utf8'));
    expect(manifest.relations).toBe(10_000);
    const store = (await openEmbedded({ dataDir: graph.dataDir }))!;
    try {
      expect(await store.meta()).toMatchObject({
        relations: 10_000,
        entities: manifest.entities,
        articles: manifest.articles,
        dataHash: manifest.dataHash,
      });
      expect(await store.entityCount(['PERSON', 'ORGANISATION', 'CITY', 'EVENT', 'PLACE'])).toBe(manifest.entities);
    } finally {
      await store.runner.close();
    }
    expect(graph.load.seconds).toBeGreaterThan(0);
    expect(graph.load.peakRssMb).toBeGreaterThan(0);
  });

  it('runs every operation against the server without an error', () => {
    expect(result.operations.map((o) => o.name)).toEqual([...OPERATION_NAMES]);
    for (const op of result.operations) {
      expect(op.errors, op.name).toBe(0);
      expect(op.storeQueries, op.name).toBeGreaterThanOrEqual(1);
      for (const field of ['p50Ms', 'p95Ms', 'p99Ms', 'rps', 'rawP50Ms', 'overhead'] as const)
        expect(Number.isFinite(op[field]) && op[field] > 0, `${op.name}.${field} = ${op[field]}`).toBe(true);
    }
  });

  it('produces a well-formed results object and its README table', () => {
    expect(result).toMatchObject({
      backend: 'embedded',
      scale: { relationships: 10_000, nodes: expect.any(Number) },
      load: { seconds: expect.any(Number), peakRssMb: expect.any(Number) },
      throughput: { operation: 'entityWithRoles', rps: expect.any(Number), p99Ms: expect.any(Number) },
      serverRssMb: expect.any(Number),
      machine: { cpus: expect.any(Number), node: process.version },
    });
    expect(new Date(result.date).toString()).not.toBe('Invalid Date');
    const table = renderTables([result]);
    for (const name of OPERATION_NAMES) expect(table).toContain(`| ${name} |`);
  });
});
