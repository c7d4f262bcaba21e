import { loadConfig } from '../config.js';
import { DataValidationError, loadDataset } from '../data/dataset.js';
import { loadEmbedded } from '../store/embedded-store.js';
import { replaceGraph } from '../store/graph-writer.js';
import { openNeo4j } from '../store/neo4j-store.js';
import type { GraphMeta } from '../store/rows.js';

// npm run load: validates data/ first (nothing is written when it is invalid), then replaces the graph as one unit.
async function main(): Promise<void> {
  const config = loadConfig();
  const dataset = await loadDataset(config.curatedDataDir);
  let meta: GraphMeta;
  let target: string;
  if (config.store.backend === 'embedded') {
    meta = await loadEmbedded(config.store.dataDir, dataset);
    target = `the embedded store in ${config.store.dataDir}`;
  } else {
    const store = await openNeo4j({ ...config.store, queryTimeoutMs: undefined });
    try {
      await store.runner.applySchema();
      meta = await replaceGraph(store.runner, dataset);
    } finally {
      await store.runner.close();
    }
    target = `Neo4j at ${config.store.uri}`;
  }
  const byKind = countBy(dataset.entities.map((e) => e.kind));
  const byType = countBy(dataset.relations.map((r) => r.type));
  console.log(`Loaded into ${target}: ${meta.articles} articles, ${meta.entities} entities, ${meta.relations} relations.`);
  console.log(`  entities:  ${format(byKind)}`);
  console.log(`  relations: ${format(byType)}`);
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

function format(counts: Map<string, number>): string {
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

main().catch((error: unknown) => {
  if (error instanceof DataValidationError) console.error(`${error.message}\nNothing was written.`);
  else console.error(`Load failed, the previous graph is unchanged: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
