import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { StoreStats } from '../store/counting-runner.js';

interface Entry {
  id: string;
  started: number;
  operation?: string;
  stats?: StoreStats;
}

/**
 * One structured line per request: request id (the client's `x-request-id` when sane, else a new one, echoed back),
 * operation name, status, duration, store round trips. Never variables, headers or query text: they may hold
 * personal data or secrets.
 */
export function requestLog(logger: Logger): Plugin<Context> {
  const entries = new WeakMap<Request, Entry>();
  return {
    onRequest: ({ request }) => {
      const given = request.headers.get('x-request-id');
      entries.set(request, { id: given && /^[\w-]{1,64}$/.test(given) ? given : randomUUID(), started: performance.now() });
    },
    onParams: ({ request, params }) => {
      const entry = entries.get(request);
      if (entry && typeof params.operationName === 'string') entry.operation = params.operationName.slice(0, 100);
    },
    onExecute: ({ args }) => {
      const entry = entries.get(args.contextValue.request as Request);
      if (!entry) return;
      entry.stats = args.contextValue.stats;
      entry.operation ??= args.operationName ?? undefined;
    },
    onResponse: ({ request, response }) => {
      const entry = entries.get(request);
      if (!entry) return;
      response.headers.set('x-request-id', entry.id);
      const url = new URL(request.url);
      logger.info(
        {
          reqId: entry.id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          operation: entry.operation,
          ms: Math.round((performance.now() - entry.started) * 100) / 100,
          storeQueries: entry.stats?.queries,
          storeMs: entry.stats ? Math.round(entry.stats.ms * 100) / 100 : undefined,
        },
        'request',
      );
    },
  };
}
