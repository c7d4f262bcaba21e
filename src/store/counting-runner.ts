import type { CypherRunner } from './runner.js';

export interface StoreStats {
  queries: number;
  ms: number;
}

/** Wraps a runner so every read adds one round trip and its duration to `stats`. */
export function countingRunner(runner: CypherRunner, stats: StoreStats): CypherRunner {
  return {
    backend: runner.backend,
    async read(query, params, slots) {
      const started = performance.now();
      stats.queries += 1;
      try {
        return await runner.read(query, params, slots);
      } finally {
        stats.ms += performance.now() - started;
      }
    },
    write: (work) => runner.write(work),
    applySchema: () => runner.applySchema(),
    close: () => runner.close(),
  };
}
