import type { EntityKind } from '../domain.js';
import { countedConnection } from './connections.js';
import { pagedComplexity } from './complexity.js';
import type { Context } from '../context.js';
import type { EntityRow } from '../store/rows.js';
import { pageArgs } from './args.js';
import { builder } from './builder.js';
import { readPage, toConnection } from './pagination.js';
import { EntityRef } from './refs.js';

type EntityObjectRef = typeof import('./refs.js').PersonRef;

/** What every entity object type shares as a Relay node: id from the slug, loaded through the entity loader. */
export function entityNodeOptions(kind: EntityKind) {
  return {
    interfaces: [EntityRef],
    id: { resolve: (entity: EntityRow) => entity.slug },
    isTypeOf: (value: unknown) =>
      typeof value === 'object' && value !== null && (value as Partial<EntityRow>).kind === kind,
    // An id whose type does not match the entity's kind resolves to null, as an unknown id does.
    loadMany: (slugs: readonly string[], { loaders }: Context) =>
      Promise.all(slugs.map(async (slug) => ((await loaders.entity.load(slug))?.kind === kind ? loaders.entity.load(slug) : null))),
  };
}

/** The `XConnection`/`XEdge` pair of an entity type and its root list field, paged by slug. */
export function entityListField(ref: EntityObjectRef, kind: EntityKind, field: string, plural: string) {
  const connection = countedConnection(ref, ref.name, plural);
  builder.queryField(field, (t) =>
    t.field({
      type: connection,
      description: `All ${plural}, by slug.`,
      args: pageArgs(t.arg),
      complexity: pagedComplexity,
      resolve: async (_, args, { store }) => {
        const page = readPage(args);
        const rows = await store.entityPage([kind], page.afterKey, page.size + 1);
        return toConnection(rows, (e) => e.slug, page, () => store.entityCount([kind]));
      },
    }),
  );
  return connection;
}
