import type { Dataset } from '../data/dataset.js';
import { StoreUnavailableError } from '../errors.js';
import { GraphStore } from './graph-store.js';
import { replaceGraph } from './graph-writer.js';
import { commitVersion, currentVersion, newVersionPath, removeStaleVersions } from './ladybug/data-dir.js';
import { LadybugRunner } from './ladybug/ladybug-runner.js';
import type { GraphMeta } from './rows.js';

export interface EmbeddedOptions {
  dataDir: string;
  queryTimeoutMs?: number;
}

/** Opens the live graph version of an embedded data directory, or null when none has been loaded. */
export async function openEmbedded(options: EmbeddedOptions): Promise<GraphStore | null> {
  const file = await currentVersion(options.dataDir).catch((error: Error) => {
    throw new StoreUnavailableError(`${error.message}. Run \`npm run load\` to rebuild the graph from data/.`);
  });
  if (!file) return null;
  const runner = await LadybugRunner.open({ path: file, queryTimeoutMs: options.queryTimeoutMs });
  return new GraphStore(runner);
}

/** An in-memory store holding `dataset`: what tests run on. */
export async function openInMemory(dataset: Dataset, queryTimeoutMs?: number): Promise<GraphStore> {
  const runner = await LadybugRunner.open({ path: ':memory:', queryTimeoutMs });
  await runner.applySchema();
  await replaceGraph(runner, dataset);
  return new GraphStore(runner);
}

/**
 * Builds `dataset` into a new version of the data directory and makes it live.
 * The live version is opened first: LadybugDB's file lock then refuses a load while a server holds the directory.
 * If anything fails, the half-built version is deleted and the live one is untouched.
 */
export async function loadEmbedded(dataDir: string, dataset: Dataset): Promise<GraphMeta> {
  const live = await openEmbedded({ dataDir }).catch((error: unknown) => {
    // A live version that is in use must stop the load; one that is broken is what the load will replace.
    if (error instanceof StoreUnavailableError && /in use/.test(error.message)) throw error;
    return null;
  });
  const file = await newVersionPath(dataDir);
  try {
    const runner = await LadybugRunner.open({ path: file, readers: 0 });
    let meta: GraphMeta;
    try {
      await runner.applySchema();
      meta = await replaceGraph(runner, dataset);
    } finally {
      await runner.close();
    }
    await commitVersion(dataDir, file);
    return meta;
  } finally {
    // Drops the replaced version, or the half-built one when the load failed, while the live version's lock still
    // keeps other loads out (a load starting in between could otherwise lose its half-built file).
    await removeStaleVersions(dataDir);
    await live?.runner.close();
  }
}
