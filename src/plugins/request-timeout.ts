import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Bounds the execution of one operation. Store queries have their own timeout (QUERY_TIMEOUT_MS); this one covers
 * an operation made of many of them. The client gets a clear 504 instead of a connection left hanging.
 */
export function requestTimeout(ms: number): Plugin {
  return {
    onExecute: ({ executeFn, setExecuteFn }) => {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(`The operation took longer than ${ms} ms and was stopped. Ask for less, or try again.`, {
                    extensions: { code: 'REQUEST_TIMEOUT', http: { status: 504 } },
                  }),
                ],
              }),
            ms,
          );
        });
        try {
          return await Promise.race([executeFn(args), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
