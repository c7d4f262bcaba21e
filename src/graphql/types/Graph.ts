import { builder } from '../builder.js';

interface GraphInfo {
  backend: string;
  loadedAt: string | null;
  dataHash: string | null;
  entities: number;
  relations: number;
  articles: number;
}

const GraphInfoRef = builder.objectRef<GraphInfo>('GraphInfo').implement({
  description: 'What the server holds and where.',
  fields: (t) => ({
    backend: t.exposeString('backend', { description: '"embedded" (LadybugDB) or "neo4j".' }),
    loadedAt: t.exposeString('loadedAt', { nullable: true, description: 'When the graph was loaded (ISO timestamp).' }),
    dataHash: t.exposeString('dataHash', { nullable: true, description: 'Digest of the curated data it was loaded from.' }),
    entities: t.exposeInt('entities', { description: 'Number of entities.' }),
    relations: t.exposeInt('relations', { description: 'Number of relations.' }),
    articles: t.exposeInt('articles', { description: 'Number of source articles.' }),
  }),
});

builder.queryField('graph', (t) =>
  t.field({
    type: GraphInfoRef,
    description: 'Size and provenance of the loaded graph.',
    resolve: async (_, __, { store }) => {
      const meta = await store.meta();
      return {
        backend: store.backend,
        loadedAt: meta?.loadedAt ?? null,
        dataHash: meta?.dataHash ?? null,
        entities: meta?.entities ?? 0,
        relations: meta?.relations ?? 0,
        articles: meta?.articles ?? 0,
      };
    },
  }),
);
