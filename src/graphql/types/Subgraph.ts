import { badInput } from '../../errors.js';
import { ENTITY_REFERENCE } from '../args.js';
import { builder } from '../builder.js';
import { slugFromReference } from '../global-id.js';
import { EntityRef, RelationRef, SubgraphRef } from '../refs.js';
import { MAX_DEPTH, MAX_NODES, neighbourhood } from '../traversal.js';

SubgraphRef.implement({
  description: 'A neighbourhood shaped for graph-drawing libraries.',
  fields: (t) => ({
    nodes: t.expose('nodes', { type: [EntityRef], complexity: { field: 1, multiplier: 1 }, description: 'The entities, the centre first, then by distance.' }),
    edges: t.expose('edges', { type: [RelationRef], complexity: { field: 1, multiplier: 1 }, description: 'Every relation between two of the nodes.' }),
    truncated: t.exposeBoolean('truncated', { description: 'True when `limit` left out entities within `depth`.' }),
  }),
});

builder.queryField('neighbourhood', (t) =>
  t.field({
    type: SubgraphRef,
    description: 'The entities within `depth` relations of one entity, and the relations between them.',
    // `limit` bounds the nodes; Subgraph's own lists do not multiply again.
    complexity: (args) => ({ field: 5, multiplier: Math.max(1, args.limit ?? 100) }),
    args: {
      of: t.arg.string({ required: true, description: `The centre. ${ENTITY_REFERENCE}` }),
      depth: t.arg.int({ defaultValue: 1, description: `How many relations away, 1 to ${MAX_DEPTH}.` }),
      limit: t.arg.int({ defaultValue: 100, description: `Most entities to return, 1 to ${MAX_NODES}.` }),
    },
    resolve: (_, args, ctx) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 100;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
        throw badInput(`\`depth\` must be between 1 and ${MAX_DEPTH} (got ${depth}).`, { max: MAX_DEPTH });
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NODES)
        throw badInput(`\`limit\` must be between 1 and ${MAX_NODES} (got ${limit}).`, { max: MAX_NODES });
      return neighbourhood(ctx, slugFromReference(args.of), depth, limit);
    },
  }),
);
