import type { ArticleRecord, EntityRecord, RelationRecord } from '../data/schema.js';
import type { RelationType } from '../domain.js';
import { generateRelations, quotas } from './relations.js';
import { buildWorld, MIN_RELATIONSHIPS } from './world.js';

export interface GenerateOptions {
  relationships: number;
  seed: number;
}

/** A synthetic ecosystem in the records of `data/`: same seed and size, same graph, byte for byte. */
export interface Ecosystem {
  articles: ArticleRecord[];
  entities: EntityRecord[];
  /** Made lazily, type after type, so a million of them are never held at once. Iterate once. */
  relations: Iterable<RelationRecord>;
  /** How many relations of each type `relations` yields. */
  counts: Record<RelationType, number>;
}

export function generateEcosystem({ relationships, seed }: GenerateOptions): Ecosystem {
  if (!Number.isInteger(relationships) || relationships < MIN_RELATIONSHIPS)
    throw new Error(`--relationships must be an integer of at least ${MIN_RELATIONSHIPS} (got ${relationships})`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer (got ${seed})`);
  const world = buildWorld(relationships, seed);
  return {
    articles: world.articles,
    entities: world.nodes.map((n) => n.record),
    relations: generateRelations(world, relationships),
    counts: quotas(world, relationships),
  };
}
