import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import { COST_LIMIT, limitError } from './complexity.js';
import { decodeNodeId } from './global-id.js';

/** Builder configuration only: plugins, scalar shapes, context type. Types live in ./types/. */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { PartialDate: { Input: string; Output: string } };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** Every connection carries a lazy count, resolved only when `totalCount` is selected. */
  Connection: { totalCount: () => Promise<number> | number };
}>({
  // Non-null unless a field says otherwise, as the public contract is written.
  defaultFieldNullability: false,
  plugins: [RelayPlugin, ComplexityPlugin],
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // Depth is limited by the operation-limits plugin, which does not count Relay's edges/node wrappers.
    limit: { complexity: COST_LIMIT, depth: 100, breadth: 1000 },
    complexityError: (kind, result) => {
      const name = kind === 'Complexity' ? 'cost' : kind.toLowerCase();
      const key = kind === 'Complexity' ? 'complexity' : kind === 'Depth' ? 'depth' : 'breadth';
      const max = kind === 'Complexity' ? result.maxComplexity : kind === 'Depth' ? result.maxDepth : result.maxBreadth;
      return limitError(name, `its ${name} is ${result[key]}, the limit is ${max}.`);
    },
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // The connection field multiplies by `first`; its edges list must not multiply again.
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.', complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist.' },
    cursorFieldOptions: { description: 'Opaque cursor: pass it as `after` to continue after this edge.' },
    idFieldOptions: { description: 'Opaque global id, stable across restarts and backends.' },
    hasNextPageFieldOptions: { description: 'True when `after: endCursor` would return more items.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first edge of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last edge of the page.' },
    nodeTypeOptions: { description: 'An object with a stable global id, fetchable with `node(id:)`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
    nodeQueryOptions: {
      description: 'Any object by its global id; null when nothing has that id.',
      args: { id: { description: 'A global id, as returned in any `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Objects by global ids, in the same order; null where nothing has that id.',
      args: { ids: { description: 'Global ids, as returned in `id` fields.' } },
    },
    decodeGlobalID: (globalID) => decodeNodeId(globalID),
  },
});

/** The builder's resolved schema types, for helpers that take a field builder. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
