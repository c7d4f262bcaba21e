import path from 'node:path';
import { parseArgs } from 'node:util';
import { importEmbedded } from '../bulk/embedded-import.js';
import { DEFAULT_BATCH, importNeo4j } from '../bulk/neo4j-import.js';
import { progressBar } from '../bulk/progress.js';
import { loadConfig } from '../config.js';
import { openNeo4j } from '../store/neo4j-store.js';
import type { GraphMeta } from '../store/rows.js';

const USAGE = `npm run import -- --from <dir> [--batch-size <n>] [--json]

Replaces the graph of the configured store (GRAPH_DATA_DIR, or Neo4j when NEO4J_URI is set) with a bulk CSV
directory written by \`npm run generate\`.
  --from        the directory holding manifest.json and the CSV files
  --batch-size  Neo4j: rows per transaction (default ${DEFAULT_BATCH})
  --json        print the summary as one JSON line (what the benchmark reads)`;

// npm run import: the bulk path. Embedded: COPY into a new version, then CURRENT swaps (the live graph stays intact if
// anything fails). Neo4j: batched UNWIND in bounded transactions.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH) },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (!values.from) throw new Error(`--from is required\n\n${USAGE}`);
  const from = path.resolve(values.from);
  const config = loadConfig();
  const progress = progressBar(!values.json && Boolean(process.stderr.isTTY));
  const started = performance.now();
  let meta: GraphMeta;
  let target: string;
  if (config.store.backend === 'embedded') {
    meta = await importEmbedded(config.store.dataDir, from, progress);
    target = `the embedded store in ${config.store.dataDir}`;
  } else {
    const store = await openNeo4j({ ...config.store, queryTimeoutMs: undefined });
    try {
      await store.runner.applySchema();
      meta = await importNeo4j(store.runner, from, { batchSize: Number(values['batch-size']), progress });
    } finally {
      await store.runner.close();
    }
    target = `Neo4j at ${config.store.uri}`;
  }
  const seconds = (performance.now() - started) / 1000;
  // ru_maxrss: the process's peak resident memory, native (LadybugDB) allocations included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  if (values.json) console.log(JSON.stringify({ backend: config.store.backend, ...meta, seconds, peakRssMb }));
  else
    console.log(
      `Imported into ${target}: ${meta.articles} articles, ${meta.entities} entities, ${meta.relations} relations ` +
        `in ${seconds.toFixed(1)} s (peak RSS ${Math.round(peakRssMb)} MB).`,
    );
}

main().catch((error: unknown) => {
  const outcome = process.env.NEO4J_URI
    ? 'Neo4j may hold part of the graph, without GraphMeta: run the import again'
    : 'the previous graph is unchanged';
  console.error(`Import failed, ${outcome}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
