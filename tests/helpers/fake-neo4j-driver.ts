import neo4j, { isRetryableError, Neo4jError, Record as Neo4jRecord, type Driver } from 'neo4j-driver';

/**
 * A recording stand-in for the parts of neo4j-driver the adapter uses (Driver, Session, ManagedTransaction,
 * Result), in the spirit of neo4j/graphql's translation tests: no server, every statement recorded, canned
 * records answered. Answers are real driver values (`Record`, `neo4j.int`, temporal types), so the adapter's
 * conversion is exercised exactly as with a live server.
 */

type Params = { [name: string]: unknown };
export type AccessMode = 'READ' | 'WRITE';
/** One row of an answer: column -> value (any driver value), or a ready-made driver Record. */
export type Row = { [column: string]: unknown } | Neo4jRecord;

export interface TxConfig {
  timeout?: unknown;
  metadata?: { [key: string]: unknown };
}

export interface RecordedCall {
  query: string;
  params: Params;
  /** READ for executeRead, WRITE for executeWrite, the session's default mode for auto-commit `run`. */
  accessMode: AccessMode;
  database: string | undefined;
  txConfig: TxConfig | undefined;
  via: 'executeRead' | 'executeWrite' | 'run';
  /** Index into `transactions` of the managed transaction it ran in; null for an auto-commit statement. */
  tx: number | null;
}

export interface RecordedTransaction {
  via: 'executeRead' | 'executeWrite';
  database: string | undefined;
  txConfig: TxConfig | undefined;
  outcome: 'open' | 'committed' | 'rolled back';
}

export interface RecordedSession {
  database: string | undefined;
  defaultAccessMode: AccessMode;
  closed: boolean;
}

/** Chooses which calls an answer or a failure applies to: a substring of the query text, a pattern, or a test. */
export type Matcher = string | RegExp | ((call: RecordedCall) => boolean);

/** Matches the statements a named query sends (the adapter names each query in the tx metadata). */
export const byName =
  (name: string): Matcher =>
  (call) =>
    call.txConfig?.metadata?.['query'] === name;

/** A driver error as the server or the driver raises it; the code decides `retryable` as in the driver. */
export function neo4jError(code: string, message = `${code} (simulated)`): Neo4jError {
  return new Neo4jError(message, code, '50N42', `error: general processing exception - ${message}`);
}

export interface FakeDriverOptions {
  /**
   * How many times executeRead/executeWrite rerun the work after a retryable error, as the real driver does
   * (within its 30 s budget). 0 (the default) hands the first error to the adapter.
   */
  managedRetries?: number;
}

interface Failure {
  error: unknown;
  remaining: number;
  on: 'connect' | Matcher;
}

export class FakeNeo4jDriver {
  readonly calls: RecordedCall[] = [];
  readonly transactions: RecordedTransaction[] = [];
  readonly sessions: RecordedSession[] = [];
  /** Every `getServerInfo` call, with when it happened (ms, monotonic). */
  readonly connectAttempts: { database: string | undefined; at: number }[] = [];
  closed = false;

  private readonly answers: { matcher: Matcher; rows: (call: RecordedCall) => Row[] }[] = [];
  private readonly queue: Row[][] = [];
  private readonly failures: Failure[] = [];

  constructor(private readonly options: FakeDriverOptions = {}) {}

  /** Typed as the real driver for the code under test; only the parts the adapter uses exist. */
  asDriver(): Driver {
    return this as unknown as Driver;
  }

  /** Answers every statement `matcher` selects (first registered match wins), unless a queued answer is due. */
  respond(matcher: Matcher, rows: Row[] | ((call: RecordedCall) => Row[])): this {
    this.answers.push({ matcher, rows: typeof rows === 'function' ? rows : () => rows });
    return this;
  }

  /** One-shot answers for the next statements, in order, ahead of `respond` answers. */
  enqueue(...answers: Row[][]): this {
    this.queue.push(...answers);
    return this;
  }

  /**
   * Throws `error` on the next `times` statements `on` selects (every statement by default), or on the next
   * `times` connection checks with `on: 'connect'`; afterwards the fake recovers.
   */
  failWith(error: unknown, { times = 1, on = () => true }: { times?: number; on?: 'connect' | Matcher } = {}): this {
    this.failures.push({ error, remaining: times, on });
    return this;
  }

  /** The statements sent, without the bookkeeping: what a translation snapshot compares. */
  sent(): { query: string; params: Params }[] {
    return this.calls.map(({ query, params }) => ({ query, params }));
  }

  session({ database, defaultAccessMode = 'WRITE' }: { database?: string; defaultAccessMode?: AccessMode } = {}) {
    const state: RecordedSession = { database, defaultAccessMode, closed: false };
    this.sessions.push(state);
    const open = () => {
      if (state.closed) throw neo4jError('N/A', 'Cannot run query in this session, because it has already been closed.');
      if (this.closed) throw neo4jError(neo4j.error.SERVICE_UNAVAILABLE, 'The driver has been closed.');
    };
    return {
      run: async (query: string, params: Params = {}, txConfig?: TxConfig) => {
        open();
        return this.execute({ query, params, accessMode: defaultAccessMode, database, txConfig, via: 'run', tx: null });
      },
      executeRead: async <T>(work: (tx: FakeTransaction) => Promise<T>, txConfig?: TxConfig) => {
        open();
        return this.managed('executeRead', database, work, txConfig);
      },
      executeWrite: async <T>(work: (tx: FakeTransaction) => Promise<T>, txConfig?: TxConfig) => {
        open();
        return this.managed('executeWrite', database, work, txConfig);
      },
      close: async () => {
        state.closed = true;
      },
    };
  }

  async getServerInfo({ database }: { database?: string } = {}) {
    this.connectAttempts.push({ database, at: performance.now() });
    const failure = this.takeFailure((on) => on === 'connect');
    if (failure !== undefined) throw failure;
    return { address: 'fake:7687', agent: 'Neo4j/5.26.0', protocolVersion: 5.8 };
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private async managed<T>(
    via: 'executeRead' | 'executeWrite',
    database: string | undefined,
    work: (tx: FakeTransaction) => Promise<T>,
    txConfig: TxConfig | undefined,
  ): Promise<T> {
    const accessMode: AccessMode = via === 'executeRead' ? 'READ' : 'WRITE';
    for (let attempt = 0; ; attempt++) {
      const id = this.transactions.push({ via, database, txConfig, outcome: 'open' }) - 1;
      const record = this.transactions[id]!;
      let failed = false;
      const tx: FakeTransaction = {
        run: async (query, params = {}) => {
          // A failed transaction refuses further work, as on the server: nothing may continue after an error.
          if (failed || record.outcome !== 'open') throw neo4jError('N/A', 'Transaction is no longer open.');
          try {
            return await this.execute({ query, params, accessMode, database, txConfig, via, tx: id });
          } catch (error) {
            failed = true;
            throw error;
          }
        },
      };
      try {
        const result = await work(tx);
        record.outcome = 'committed';
        return result;
      } catch (error) {
        record.outcome = 'rolled back';
        if (attempt < (this.options.managedRetries ?? 0) && isRetryableError(error)) continue;
        throw error;
      }
    }
  }

  private async execute(call: RecordedCall) {
    this.calls.push(call);
    const failure = this.takeFailure((on) => on !== 'connect' && matches(on, call));
    if (failure !== undefined) throw failure;
    const rows = this.queue.shift() ?? this.answers.find((a) => matches(a.matcher, call))?.rows(call) ?? [];
    const records = rows.map(toRecord);
    return { records, keys: records[0]?.keys ?? [], summary: {} };
  }

  private takeFailure(applies: (on: Failure['on']) => boolean): unknown {
    const failure = this.failures.find((f) => f.remaining > 0 && applies(f.on));
    if (failure === undefined) return undefined;
    failure.remaining--;
    return failure.error;
  }
}

/** The slice of ManagedTransaction the adapter calls. */
export interface FakeTransaction {
  run(query: string, params?: Params): Promise<{ records: Neo4jRecord[]; keys: PropertyKey[]; summary: object }>;
}

function matches(matcher: Matcher, call: RecordedCall): boolean {
  if (typeof matcher === 'string') return call.query.includes(matcher);
  if (matcher instanceof RegExp) return matcher.test(call.query);
  return matcher(call);
}

function toRecord(row: Row): Neo4jRecord {
  return row instanceof Neo4jRecord ? row : new Neo4jRecord(Object.keys(row), Object.values(row));
}
