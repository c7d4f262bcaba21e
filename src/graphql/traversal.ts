import { RELATION_TYPES, type RelationType } from '../domain.js';
import type { Context } from '../context.js';
import type { EntityRow, RelationRow } from '../store/rows.js';
import type { PathShape, SubgraphShape } from './refs.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

/**
 * The shortest chain between two entities. The store finds it (its native shortest-path search); the steps'
 * full relations then come from the relations loader, one batched query for every node on the chain.
 */
export async function findPath(
  ctx: Context,
  from: string,
  to: string,
  maxHops: number,
  types: readonly RelationType[],
): Promise<PathShape | null> {
  const [start, end] = await ctx.loaders.entity.loadMany([from, to]);
  if (!isEntity(start) || !isEntity(end)) return null;
  if (from === to) return { nodes: [start], steps: [] };
  const found = await ctx.store.shortestPath(from, to, maxHops, types);
  if (!found) return null;
  const [nodes, relations] = await Promise.all([
    Promise.all(found.slugs.map((slug) => ctx.loaders.entity.load(slug))),
    Promise.all(found.slugs.map((slug) => ctx.loaders.relations.load({ slug, types, direction: 'BOTH' }))),
  ]);
  const byId = new Map(relations.flat().map((r) => [r.id, r]));
  const steps = found.ids.map((id, i) => {
    const step = byId.get(id);
    const ends = [found.slugs[i], found.slugs[i + 1]];
    if (!step || !ends.includes(step.from) || !ends.includes(step.to)) throw new Error(`Path step ${id} not found`);
    return step;
  });
  return { nodes: nodes.filter(isEntity), steps };
}

/**
 * Breadth-first from `centre`, one batched relations query per level, so its cost is bounded by `depth`.
 * Stops adding entities at `limit` and says so; a last query per frontier adds the edges among kept entities.
 */
export async function neighbourhood(ctx: Context, centre: string, depth: number, limit: number): Promise<SubgraphShape> {
  const root = await ctx.loaders.entity.load(centre);
  if (!root) return { nodes: [], edges: [], truncated: false };
  const order: string[] = [centre];
  const kept = new Set(order);
  const edges = new Map<string, RelationRow>();
  let frontier = [centre];
  let truncated = false;
  for (let level = 0; level <= depth && frontier.length > 0; level++) {
    const lists = await Promise.all(
      frontier.map((slug) => ctx.loaders.relations.load({ slug, types: RELATION_TYPES, direction: 'BOTH' })),
    );
    const next: string[] = [];
    frontier.forEach((slug, i) => {
      for (const relation of lists[i]!) {
        const other = relation.from === slug ? relation.to : relation.from;
        if (!kept.has(other)) {
          // The last pass only collects edges among entities already kept.
          if (level === depth) continue;
          if (kept.size >= limit) {
            truncated = true;
            continue;
          }
          kept.add(other);
          order.push(other);
          next.push(other);
        }
        edges.set(relation.id, relation);
      }
    });
    frontier = next;
  }
  const nodes = await Promise.all(order.map((slug) => ctx.loaders.entity.load(slug)));
  return { nodes: nodes.filter(isEntity), edges: [...edges.values()], truncated };
}

function isEntity(value: EntityRow | Error | null | undefined): value is EntityRow {
  return value !== null && value !== undefined && !(value instanceof Error);
}
