import { createYoga, maskError as defaultMask, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { createContext, type Context } from './context.js';
import { toClientError } from './errors.js';
import { DEFAULT_PLAYGROUND_QUERY } from './graphql/default-query.js';
import { schema } from './graphql/index.js';
import { inputErrorCodes } from './plugins/input-error-codes.js';
import type { GraphStore } from './store/graph-store.js';

export interface AppOptions {
  store: GraphStore;
  /** Add `extensions.store = { queries, ms }` to every response. */
  trace?: boolean;
  /** Show internal error messages (development only). */
  exposeErrors?: boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The GraphQL server, not listening: tests call `app.fetch`, server.ts mounts it on HTTP. */
export function createApp({ store, trace = false, exposeErrors = false }: AppOptions): App {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    context: () => createContext(store),
    graphiql: { title: 'ecosystem-graph', defaultQuery: DEFAULT_PLAYGROUND_QUERY },
    maskedErrors: {
      isDev: exposeErrors,
      // Store failures are safe and useful to show (STORE_UNAVAILABLE); everything else unexpected stays masked.
      maskError: (error, message, isDev) => {
        const original = (error as GraphQLError).originalError;
        const client = original ? toClientError(original) : null;
        if (client) return client;
        return defaultMask(error, message, isDev);
      },
    },
    plugins: [inputErrorCodes(), ...(trace ? [storeTrace()] : [])],
  });
}

/** Puts the request's store round trips and time into `extensions.store`. */
function storeTrace(): Plugin<Context> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result) return;
        const { queries, ms } = args.contextValue.stats;
        setResult({ ...result, extensions: { ...result.extensions, store: { queries, ms: Math.round(ms * 100) / 100 } } });
      },
    }),
  };
}
