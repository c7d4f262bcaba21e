import { fileURLToPath } from 'node:url';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, maskError as defaultMask, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import pino, { type Logger } from 'pino';
import { createContext, type Context } from './context.js';
import { toClientError } from './errors.js';
import { DEFAULT_PLAYGROUND_QUERY } from './graphql/default-query.js';
import { schema } from './graphql/index.js';
import { bodyLimit } from './plugins/body-limit.js';
import { closeOnUnreadBody } from './plugins/close-unread-body.js';
import { healthEndpoints } from './plugins/health.js';
import { inputErrorCodes } from './plugins/input-error-codes.js';
import { DEFAULT_LIMITS, operationLimits, type OperationLimits } from './plugins/operation-limits.js';
import { requestLog } from './plugins/request-log.js';
import { requestParseErrors } from './plugins/request-parse-errors.js';
import { requestTimeout } from './plugins/request-timeout.js';
import { trustedDocuments } from './plugins/trusted-documents.js';
import { webStatic } from './plugins/web-static.js';
import type { GraphStore } from './store/graph-store.js';
import { loadTrustedDocuments } from './trusted-documents.js';

export interface AppOptions {
  store: GraphStore;
  /** Add `extensions.store = { queries, ms }` to every response. */
  trace?: boolean;
  /** Show internal error messages (development only). */
  exposeErrors?: boolean;
  limits?: OperationLimits;
  introspection?: boolean;
  corsOrigins?: string[];
  maxBodyBytes?: number;
  requestTimeoutMs?: number;
  trustedDocumentsOnly?: boolean;
  logger?: Logger;
  /** /ready answers 503 once shutdown has begun, so load balancers stop sending traffic. */
  isShuttingDown?: () => boolean;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** The GraphQL server, not listening: tests call `app.fetch`, server.ts mounts it on HTTP. */
export function createApp(options: AppOptions): App {
  const { store, trace = false, exposeErrors = false, introspection = true } = options;
  const logger = options.logger ?? pino({ level: 'silent' });
  // Yoga's plugin type is invariant in its context; these plugins read no context or only Context's own fields.
  const plugins = [
    healthEndpoints(store, options.isShuttingDown),
    requestLog(logger),
    // The Explorer page (web/dist, built at install) at / ; passes through when it is not built.
    webStatic(fileURLToPath(new URL('../web/dist/', import.meta.url))),
    closeOnUnreadBody(),
    bodyLimit(options.maxBodyBytes ?? 100_000),
    requestParseErrors(),
    csrfPreventionForPosts(),
    trustedDocuments(loadTrustedDocuments(), options.trustedDocumentsOnly ?? false),
    ...(introspection ? [] : [useDisableIntrospection()]),
    ...operationLimits(options.limits ?? DEFAULT_LIMITS),
    inputErrorCodes(),
    requestTimeout(options.requestTimeoutMs ?? 15_000),
    ...(trace ? [storeTrace()] : []),
  ] as Plugin<Context>[];
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    context: () => createContext(store),
    graphiql: introspection ? { title: 'ecosystem-graph', defaultQuery: DEFAULT_PLAYGROUND_QUERY } : false,
    cors: corsOptions(options.corsOrigins ?? []),
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, 'unexpected error'),
    },
    maskedErrors: {
      isDev: exposeErrors,
      // Store failures are safe and useful to show (STORE_UNAVAILABLE); everything else unexpected stays masked.
      maskError: (error, message, isDev) => {
        const original = (error as GraphQLError).originalError;
        const client = original ? toClientError(original) : null;
        return client ?? defaultMask(error, message, isDev);
      },
    },
    plugins,
  });
}

/**
 * Yoga's CSRF prevention, for POSTs: a browser may send a "simple" cross-site POST (form or text/plain) with the
 * user's cookies and no preflight; those need the `x-graphql-yoga-csrf` header. GETs run queries only (the API has
 * no mutation), and GraphQL-over-HTTP clients send them without custom headers.
 */
function csrfPreventionForPosts(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] });
  return {
    onRequestParse: (payload) => {
      if (payload.request.method === 'GET') return;
      try {
        return csrf.onRequestParse?.(payload);
      } catch {
        throw new GraphQLError(
          'Cross-site request refused: send the operation as application/json, or add the x-graphql-yoga-csrf header.',
          { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
        );
      }
    },
  };
}

/** Same-origin only unless CORS_ORIGINS lists origins ("*" for any). */
function corsOptions(origins: string[]) {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'x-request-id', 'x-graphql-yoga-csrf'],
    credentials: false,
    maxAge: 600,
  };
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
