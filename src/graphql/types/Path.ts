import { RELATION_TYPES } from '../../domain.js';
import { badInput } from '../../errors.js';
import { MAX_PATH_HOPS } from '../../store/cypher-registry.js';
import { ENTITY_REFERENCE } from '../args.js';
import { builder } from '../builder.js';
import { slugFromReference } from '../global-id.js';
import { EntityRef, PathRef, RelationRef } from '../refs.js';
import { RelationTypeEnum } from './RelationType.js';
import { findPath } from '../traversal.js';

PathRef.implement({
  description: 'The shortest chain of relations between two entities.',
  fields: (t) => ({
    length: t.int({ description: 'Number of relations in the chain.', resolve: (path) => path.steps.length }),
    nodes: t.expose('nodes', { type: [EntityRef], complexity: { field: 1, multiplier: 1 }, description: 'The entities along the chain, from start to end.' }),
    steps: t.expose('steps', {
      type: [RelationRef],
      complexity: { field: 1, multiplier: 1 },
      description: 'The relations along the chain, in order; each keeps its own direction and sources.',
    }),
  }),
});

builder.queryField('path', (t) =>
  t.field({
    type: PathRef,
    nullable: true,
    description: 'from/to take a slug or an id. Null when no chain of at most maxHops relations exists.',
    // A chain of n steps has n + 1 nodes; Path's own lists do not multiply again.
    complexity: (args) => ({ field: 5, multiplier: Math.max(1, (args.maxHops ?? 4) + 1) }),
    args: {
      from: t.arg.string({ required: true, description: `Where the chain starts. ${ENTITY_REFERENCE}` }),
      to: t.arg.string({ required: true, description: `Where the chain ends. ${ENTITY_REFERENCE}` }),
      maxHops: t.arg.int({ defaultValue: 4, description: `Longest chain to look for, 1 to ${MAX_PATH_HOPS}.` }),
      types: t.arg({ type: [RelationTypeEnum], description: 'Only walk these relation types (all when omitted).' }),
    },
    resolve: (_, args, ctx) => {
      const maxHops = args.maxHops ?? 4;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS)
        throw badInput(`\`maxHops\` must be between 1 and ${MAX_PATH_HOPS} (got ${maxHops}).`, { max: MAX_PATH_HOPS });
      const types = args.types && args.types.length > 0 ? args.types : RELATION_TYPES;
      return findPath(ctx, slugFromReference(args.from), slugFromReference(args.to), maxHops, types);
    },
  }),
);
