import type { Config } from '../config.js';
import { loadDataset } from '../data/dataset.js';
import { loadEmbedded, openEmbedded } from './embedded-store.js';
import type { GraphStore } from './graph-store.js';
import { replaceGraph } from './graph-writer.js';
import { openNeo4j } from './neo4j-store.js';

export interface OpenedStore {
  store: GraphStore;
  /** Set when the graph was empty and was loaded from the curated data on this start. */
  loadedOnStart: boolean;
}

/** Opens the configured backend; an empty graph is loaded from `data/` so a fresh machine needs no extra step. */
export async function openStore(config: Config): Promise<OpenedStore> {
  if (config.store.backend === 'embedded') {
    const options = { dataDir: config.store.dataDir, queryTimeoutMs: config.queryTimeoutMs };
    const existing = await openEmbedded(options);
    if (existing) return { store: existing, loadedOnStart: false };
    await loadEmbedded(config.store.dataDir, await loadDataset(config.curatedDataDir));
    const store = await openEmbedded(options);
    if (!store) throw new Error(`The graph was loaded into ${config.store.dataDir} but cannot be found there`);
    return { store, loadedOnStart: true };
  }
  const store = await openNeo4j({ ...config.store, queryTimeoutMs: config.queryTimeoutMs });
  await store.runner.applySchema();
  if (await store.meta()) return { store, loadedOnStart: false };
  await replaceGraph(store.runner, await loadDataset(config.curatedDataDir));
  return { store, loadedOnStart: true };
}
