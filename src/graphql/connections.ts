import type { ObjectRef } from '@pothos/core';
import { builder, type BuilderTypes } from './builder.js';

/** `<Name>Connection` and `<Name>Edge` for a type, with the lazy `totalCount` every connection of the API has. */
export function countedConnection<T>(ref: ObjectRef<BuilderTypes, T>, name: string, plural: string) {
  return builder.connectionObject(
    {
      type: ref,
      name: `${name}Connection`,
      description: `A page of ${plural}.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${plural} in all pages.`,
          resolve: (connection) => connection.totalCount(),
        }),
      }),
    },
    { name: `${name}Edge`, description: `One of the ${plural} and its cursor.` },
  );
}
