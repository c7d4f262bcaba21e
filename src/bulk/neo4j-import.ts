import { bulkArticles, bulkClear, bulkEntities, bulkRelations } from '../store/bulk-queries.js';
import { setGraphMeta } from '../store/queries.js';
import type { GraphMeta } from '../store/rows.js';
import type { CypherRunner } from '../store/runner.js';
import { LAYOUT, readRows } from './csv.js';
import { graphMetaOf, readCsvDirectory } from './manifest.js';
import type { Progress } from './progress.js';

export const DEFAULT_BATCH = 5_000;

/**
 * Imports a bulk CSV directory into Neo4j as batched UNWIND statements, one bounded transaction per batch (a million
 * relationships in one transaction would need gigabytes of server heap). Not atomic, so it is ordered to be safe:
 * GraphMeta goes first when the graph is emptied and comes back last, so an interrupted import leaves a graph
 * without GraphMeta (the server then reloads data/ at start) and running the import again starts over cleanly.
 */
export async function importNeo4j(
  runner: CypherRunner,
  csvDir: string,
  { batchSize = DEFAULT_BATCH, progress }: { batchSize?: number; progress?: Progress } = {},
): Promise<GraphMeta> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`The batch size must be a positive integer (got ${batchSize})`);
  const { manifest, files } = await readCsvDirectory(csvDir);

  for (let deleted = batchSize; deleted > 0; ) {
    await runner.write(async (tx) => {
      const [row] = await tx.run(bulkClear, { limit: batchSize });
      deleted = row?.deleted ?? 0;
    });
  }

  progress?.start('import', manifest.articles + manifest.entities + manifest.relations);
  let done = 0;
  const send = async (query: typeof bulkArticles, rows: Record<string, unknown>[], slots = {}) => {
    await runner.write(async (tx) => {
      const [row] = await tx.run(query, { rows }, slots);
      if (row?.created !== undefined && row.created !== rows.length)
        throw new Error(`${rows.length - row.created} relations of a batch name an entity that is not in ${csvDir}`);
    });
    done += rows.length;
    progress?.update(done);
  };
  try {
    for await (const rows of readRows(files.articles, LAYOUT.articles, batchSize)) await send(bulkArticles, rows);
    for await (const rows of readRows(files.entities, LAYOUT.entities, batchSize)) await send(bulkEntities, rows);
    for (const [type, file] of files.relations) {
      if (manifest.relationsByType[type] === 0) continue;
      for await (const rows of readRows(file, LAYOUT.relations, batchSize))
        await send(bulkRelations, rows.map(({ from, to, ...properties }) => ({ from, to, properties })), { relationTypes: [type] });
    }
  } finally {
    progress?.stop();
  }
  if (done !== manifest.articles + manifest.entities + manifest.relations)
    throw new Error(`${csvDir}: read ${done} rows, the manifest says ${manifest.articles + manifest.entities + manifest.relations}`);
  const meta = graphMetaOf(manifest);
  await runner.write(async (tx) => void (await tx.run(setGraphMeta, { ...meta })));
  return meta;
}

