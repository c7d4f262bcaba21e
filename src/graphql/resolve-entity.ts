import type { Context } from '../context.js';
import type { EntityRow } from '../store/rows.js';

/** The entity at the end of a relation; the graph guarantees it exists, so a miss is a bug, not user error. */
export async function entityAt({ loaders }: Context, slug: string): Promise<EntityRow> {
  const entity = await loaders.entity.load(slug);
  if (!entity) throw new Error(`Relation points at missing entity ${slug}`);
  return entity;
}

/** The entities at the far end of `relations` seen from `slug`, in relation order, without repeats. */
export async function otherEnds(ctx: Context, slug: string, relations: { from: string; to: string }[]): Promise<EntityRow[]> {
  const slugs = [...new Set(relations.map((r) => (r.from === slug ? r.to : r.from)))];
  return Promise.all(slugs.map((s) => entityAt(ctx, s)));
}
