import { StoreUnavailableError } from '../errors.js';
import { bulkArticles, bulkEntities, bulkRelations } from '../store/bulk-queries.js';
import { openEmbedded } from '../store/embedded-store.js';
import { commitVersion, newVersionPath, removeStaleVersions } from '../store/ladybug/data-dir.js';
import { LadybugRunner } from '../store/ladybug/ladybug-runner.js';
import { setGraphMeta } from '../store/queries.js';
import type { GraphMeta } from '../store/rows.js';
import type { WriteTransaction } from '../store/runner.js';
import { graphMetaOf, readCsvDirectory } from './manifest.js';
import type { Progress } from './progress.js';

/**
 * COPY builds a relation table in the buffer pool: the largest of the 1M graph (313k rows) needs more than 512 MB, and
 * the server's pool is sized for reading. The import peaks near 1 GB at 1M relationships with this ceiling.
 */
const IMPORT_BUFFER_POOL_BYTES = 1.5 * 2 ** 30;

/**
 * Imports a bulk CSV directory into a new version of the embedded data directory with LadybugDB's COPY, then makes
 * it live by swapping CURRENT, as `loadEmbedded` does: the live version is opened first so that a running server's
 * lock refuses the import, and a failed or killed import leaves the previous graph live and its own files deleted.
 */
export async function importEmbedded(dataDir: string, csvDir: string, progress?: Progress): Promise<GraphMeta> {
  const { manifest, files } = await readCsvDirectory(csvDir);
  const live = await openEmbedded({ dataDir }).catch((error: unknown) => {
    if (error instanceof StoreUnavailableError && /in use/.test(error.message)) throw error;
    return null;
  });
  const file = await newVersionPath(dataDir);
  try {
    const runner = await LadybugRunner.open({ path: file, readers: 0, bufferPoolBytes: IMPORT_BUFFER_POOL_BYTES });
    const meta = graphMetaOf(manifest);
    try {
      await runner.applySchema();
      progress?.start('import', manifest.articles + manifest.entities + manifest.relations);
      let done = 0;
      // A transaction per table: one for the whole graph must hold every page it wrote in the buffer pool until it
      // commits (it failed with a 512 MB pool at 1M relationships). Nothing is visible before CURRENT names the
      // version, and a failure deletes it, so the import stays all or nothing.
      const copy = async (query: typeof bulkArticles, csvFile: string, expected: number, slots = {}) => {
        if (expected === 0) return;
        await runner.write((tx) => copied(tx, query, csvFile, expected, slots));
        done += expected;
        progress?.update(done);
      };
      await copy(bulkArticles, files.articles, manifest.articles);
      await copy(bulkEntities, files.entities, manifest.entities);
      for (const [type, csvFile] of files.relations)
        await copy(bulkRelations, csvFile, manifest.relationsByType[type], { relationTypes: [type] });
      await runner.write(async (tx) => void (await tx.run(setGraphMeta, { ...meta })));
    } finally {
      progress?.stop();
      await runner.close();
    }
    await commitVersion(dataDir, file);
    return meta;
  } finally {
    await live?.runner.close();
    // Drops the replaced version, or the half-built one when the import failed.
    await removeStaleVersions(dataDir);
  }
}

/** Runs one COPY and checks it stored as many rows as the manifest promises (a relation to an unknown slug fails). */
async function copied(tx: WriteTransaction, query: typeof bulkArticles, csvFile: string, expected: number, slots: object) {
  const [row] = await tx.run(query, {}, { ...slots, csvFile });
  const result = row?.result ?? '';
  const count = Number(/^(\d+) tuples? ha(?:ve|s) been copied/.exec(result)?.[1] ?? NaN);
  if (count !== expected) throw new Error(`${csvFile}: COPY stored ${result || 'nothing'}, the manifest says ${expected} rows`);
}
