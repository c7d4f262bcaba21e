import DataLoader from 'dataloader';
import type { Direction, RelationType } from '../domain.js';
import type { GraphStore } from '../store/graph-store.js';
import type { ArticleRow, EntityRow, RelationRow } from '../store/rows.js';

export interface RelationsKey {
  slug: string;
  types: readonly RelationType[];
  direction: Direction;
}

/** Per-request batchers: each turns the loads of one tick into a single store query. */
export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  article: DataLoader<string, ArticleRow | null>;
  /** Relations touching a slug, by type set and direction, in id order. */
  relations: DataLoader<RelationsKey, RelationRow[], string>;
  eventsInCity: DataLoader<string, string[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader(async (slugs) => {
      const found = await store.entitiesBySlug(slugs);
      return slugs.map((slug) => found.get(slug) ?? null);
    }),
    article: new DataLoader(async (ids) => {
      const found = await store.articlesById(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    relations: new DataLoader(loadRelations(store), { cacheKeyFn: relationsCacheKey }),
    eventsInCity: new DataLoader(async (slugs) => {
      const found = await store.eventsInCity(slugs);
      return slugs.map((slug) => found.get(slug) ?? []);
    }),
  };
}

function relationsCacheKey(key: RelationsKey): string {
  return `${key.slug}|${key.direction}|${[...key.types].sort().join(',')}`;
}

/** Keys asking for the same types and direction share one query; a batch costs one query per distinct shape. */
function loadRelations(store: GraphStore) {
  return async (keys: readonly RelationsKey[]): Promise<RelationRow[][]> => {
    const groups = new Map<string, RelationsKey[]>();
    for (const key of keys) {
      const shape = `${key.direction}|${[...key.types].sort().join(',')}`;
      groups.set(shape, [...(groups.get(shape) ?? []), key]);
    }
    const results = new Map<string, RelationRow[]>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const first = group[0]!;
        const slugs = [...new Set(group.map((k) => k.slug))];
        const bySlug = await store.relationsOf(slugs, first.types, first.direction);
        for (const key of group) results.set(relationsCacheKey(key), bySlug.get(key.slug) ?? []);
      }),
    );
    return keys.map((key) => results.get(relationsCacheKey(key)) ?? []);
  };
}
