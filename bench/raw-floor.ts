import type { QueryDef, QueryParams, TemplateSlots } from '../src/store/cypher-registry.js';
import type { CypherRunner } from '../src/store/runner.js';

/** One store round trip as the server made it: the query, its arguments, and when it started and ended. */
export interface StoreCall {
  query: QueryDef<QueryParams, unknown>;
  params: QueryParams;
  slots: TemplateSlots | undefined;
  start: number;
  end: number;
}

/** Wraps a runner and records every read, so a request's store work can be replayed without GraphQL or HTTP. */
export class RecordingRunner implements CypherRunner {
  readonly backend;
  calls: StoreCall[] = [];

  constructor(private readonly inner: CypherRunner) {
    this.backend = inner.backend;
  }

  async read<P extends QueryParams, R>(query: QueryDef<P, R>, params: P, slots?: TemplateSlots): Promise<R[]> {
    const call: StoreCall = { query: query as QueryDef<QueryParams, unknown>, params, slots, start: performance.now(), end: 0 };
    this.calls.push(call);
    try {
      return await this.inner.read(query, params, slots);
    } finally {
      call.end = performance.now();
    }
  }

  write: CypherRunner['write'] = (work) => this.inner.write(work);
  applySchema = () => this.inner.applySchema();
  close = () => this.inner.close();
}

/**
 * Runs the recorded calls of one request again, directly on the runner, keeping their order and overlap: a call
 * waits for the calls that had ended when it started (the DataLoader ticks it waited for), and no others. What
 * that costs is the floor a server cannot go under for this request.
 */
export async function replay(runner: CypherRunner, calls: readonly StoreCall[], timings?: Map<string, number>): Promise<number> {
  const started = performance.now();
  const done: Promise<unknown>[] = [];
  calls.forEach((call, i) => {
    const before = calls.slice(0, i).flatMap((other, j) => (other.end <= call.start ? [done[j]] : []));
    done.push(
      Promise.all(before).then(async () => {
        const t = performance.now();
        await runner.read(call.query, call.params, call.slots);
        timings?.set(call.query.name, (timings.get(call.query.name) ?? 0) + performance.now() - t);
      }),
    );
  });
  await Promise.all(done);
  return performance.now() - started;
}
