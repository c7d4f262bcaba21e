import { builder } from './builder.js';

type ArgBuilder = Parameters<Parameters<typeof builder.queryField>[1]>[0]['arg'];

/** The `first`/`after` pair every connection field takes (keyset pagination only: no `last`/`before`). */
export function pageArgs(arg: ArgBuilder) {
  return {
    first: arg.int({ description: 'Page size: 20 when omitted, at most 100.' }),
    after: arg.string({ description: 'Return items after this cursor (`pageInfo.endCursor` of the previous page).' }),
  };
}

/** Appended to the description of every argument that names an entity. */
export const ENTITY_REFERENCE = 'A slug ("daniel-benchimol") or a global id.';
