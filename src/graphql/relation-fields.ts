import type { Direction, RelationType } from '../domain.js';
import type { Context } from '../context.js';
import type { EntityRow, RelationRow } from '../store/rows.js';

/** The relations of `entity` of the given types and direction (one batched store query per request tick). */
export function relationsOf(
  { loaders }: Context,
  entity: EntityRow,
  types: readonly RelationType[],
  direction: Direction,
): Promise<RelationRow[]> {
  return loaders.relations.load({ slug: entity.slug, types, direction });
}
