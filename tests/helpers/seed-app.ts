import { loadDataset, type Dataset } from '../../src/data/dataset.js';
import { createApp, type App } from '../../src/app.js';
import { openInMemory } from '../../src/store/embedded-store.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openNeo4j } from '../../src/store/neo4j-store.js';
import { replaceGraph } from '../../src/store/graph-writer.js';

export const DATA_DIR = new URL('../../data/', import.meta.url).pathname;

let dataset: Promise<Dataset> | undefined;
/** The curated seed data, read once per test file. */
export function seedDataset(): Promise<Dataset> {
  return (dataset ??= loadDataset(DATA_DIR));
}

/** The backends a contract suite runs on: the embedded one always, Neo4j when NEO4J_URI is set. */
export const BACKENDS = ['embedded', ...(process.env.NEO4J_URI ? (['neo4j'] as const) : [])] as const;
export type Backend = (typeof BACKENDS)[number];

/** A store holding the seed graph on `backend` (Neo4j: the database at NEO4J_URI is replaced). */
export async function seedStore(backend: Backend = 'embedded'): Promise<GraphStore> {
  const data = await seedDataset();
  if (backend === 'embedded') return openInMemory(data);
  const store = await openNeo4j({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  await store.runner.applySchema();
  await replaceGraph(store.runner, data);
  return store;
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/** POSTs one operation through `app.fetch`, as a client would. */
export async function execute<T = Record<string, any>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export async function seedApp(backend: Backend = 'embedded', options: { trace?: boolean } = {}) {
  const store = await seedStore(backend);
  return { store, app: createApp({ store, trace: options.trace ?? true }) };
}
