import type { Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/graph-store.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });

/**
 * `/ready`: the store answers and holds a loaded graph (200), else 503 with the reason — what a load balancer or
 * orchestrator probes before sending traffic. Liveness (`/health`, 200 while the process serves) is Yoga's own.
 */
export function healthEndpoints(store: GraphStore, isShuttingDown: () => boolean = () => false): Plugin {
  return {
    onRequest: async ({ url, endResponse }) => {
      if (url.pathname !== '/ready') return;
      if (isShuttingDown()) return endResponse(json(503, { status: 'unavailable', reason: 'shutting down' }));
      try {
        const meta = await store.meta();
        if (!meta) return endResponse(json(503, { status: 'unavailable', reason: 'no graph loaded' }));
        return endResponse(json(200, { status: 'ready', backend: store.backend, entities: meta.entities, relations: meta.relations }));
      } catch {
        return endResponse(json(503, { status: 'unavailable', reason: 'store unreachable' }));
      }
    },
  };
}
