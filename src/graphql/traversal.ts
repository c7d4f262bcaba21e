import { RELATION_TYPES, type RelationType } from '../domain.js';
import type { Context } from '../context.js';
import type { EntityRow } from '../store/rows.js';
import type { PathShape, SubgraphShape } from './refs.js';

export const MAX_DEPTH = 3;
export const MAX_NODES = 500;

/**
 * The shortest chain between two entities. The store finds it (its native shortest-path search); the steps'
 * full relations then come from one query for the relations among the chain's entities.
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
  // Only the relations among the chain's entities: a hub on the chain would otherwise bring all of its own.
  const [nodes, relations] = await Promise.all([
    Promise.all(found.slugs.map((slug) => ctx.loaders.entity.load(slug))),
    ctx.store.relationsAmong(found.slugs, types),
  ]);
  const byId = new Map(relations.map((r) => [r.id, r]));
  const steps = found.ids.map((id, i) => {
    const step = byId.get(id);
    const ends = [found.slugs[i], found.slugs[i + 1]];
    if (!step || !ends.includes(step.from) || !ends.includes(step.to)) throw new Error(`Path step ${id} not found`);
    return step;
  });
  return { nodes: nodes.filter(isEntity), steps };
}

/**
 * Breadth-first from `centre`, one query per level that returns only the next entities (best connected first, at most
 * what `limit` leaves room for, plus one to tell truncation), then one query for every relation among those kept.
 * Its cost is bounded by `depth` and `limit`, not by the relations of the hubs it meets: a national label's 17,000
 * relations are never read, only counted past by the store.
 */
export async function neighbourhood(ctx: Context, centre: string, depth: number, limit: number): Promise<SubgraphShape> {
  const root = await ctx.loaders.entity.load(centre);
  if (!root) return { nodes: [], edges: [], truncated: false };
  const order: string[] = [centre];
  let frontier = [centre];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    // With no room left, the one entity asked for only tells whether anything further out was left out.
    const room = limit - order.length;
    const found = await ctx.store.neighbours(frontier, order, RELATION_TYPES, room + 1);
    if (found.length > room) truncated = true;
    frontier = found.slice(0, room);
    order.push(...frontier);
  }
  const [nodes, edges] = await Promise.all([
    Promise.all(order.map((slug) => ctx.loaders.entity.load(slug))),
    ctx.store.relationsAmong(order, RELATION_TYPES),
  ]);
  return { nodes: nodes.filter(isEntity), edges, truncated };
}

function isEntity(value: EntityRow | Error | null | undefined): value is EntityRow {
  return value !== null && value !== undefined && !(value instanceof Error);
}
