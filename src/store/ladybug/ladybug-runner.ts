import lbug from '@ladybugdb/core';
import { Mutex } from 'async-mutex';
import { StoreTimeoutError, StoreUnavailableError } from '../../errors.js';
import { CypherBook, type QueryDef, type QueryParams, type TemplateSlots } from '../cypher-registry.js';
import { applySchema as schemaQuery } from '../queries.js';
import { splitStatements, type CypherRunner, type WriteTransaction } from '../runner.js';
import { ConnectionPool } from './connection-pool.js';
import { fromLadybug } from './values.js';

type Connection = InstanceType<typeof lbug.Connection>;
type PreparedStatement = Awaited<ReturnType<Connection['prepare']>>;
type Database = InstanceType<typeof lbug.Database>;

export interface LadybugOptions {
  /** A database file, or ':memory:'. */
  path: string;
  /** Reader connections; reads run concurrently on them while the single writer works alone. */
  readers?: number;
  queryTimeoutMs?: number;
  /** LadybugDB's page cache; its own default is 80% of the machine's memory. */
  bufferPoolBytes?: number;
}

/**
 * The buffer pool unless told otherwise: LadybugDB's default (80% of memory) let a server on the 1M-relationship graph
 * grow to 2.4 GB. The 1M graph's file is 475 MB; queries' hash tables and path searches draw on the pool too.
 */
export const DEFAULT_BUFFER_POOL_BYTES = 640 * 2 ** 20;

/** The embedded backend: LadybugDB in-process, one writer behind a lock and a small pool of readers. */
export class LadybugRunner implements CypherRunner {
  readonly backend = 'embedded' as const;
  private readonly book = new CypherBook('ladybug');
  private readonly statements = new WeakMap<Connection, Map<string, PreparedStatement>>();
  private readonly writeLock = new Mutex();
  private closed = false;

  private constructor(
    private readonly db: Database,
    private readonly writer: Connection,
    private readonly readers: ConnectionPool<Connection>,
    private readonly all: Connection[],
  ) {}

  /** Opens (or creates) the database file; a lock held by another process becomes a clear error. */
  static async open(options: LadybugOptions): Promise<LadybugRunner> {
    const db = new lbug.Database(options.path, options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES);
    try {
      await db.init();
    } catch (error) {
      throw describeOpenError(options.path, error);
    }
    const connect = async () => {
      const conn = new lbug.Connection(db);
      await conn.init();
      if (options.queryTimeoutMs) conn.setQueryTimeout(options.queryTimeoutMs);
      return conn;
    };
    const writer = await connect();
    const readers = await Promise.all(Array.from({ length: options.readers ?? 3 }, connect));
    return new LadybugRunner(db, writer, new ConnectionPool(readers), [writer, ...readers]);
  }

  async read<P extends QueryParams, R>(query: QueryDef<P, R>, params: P, slots?: TemplateSlots): Promise<R[]> {
    const text = this.book.text(query, slots);
    return this.readers.use((conn) => this.execute<R>(conn, text, params));
  }

  async write(work: (tx: WriteTransaction) => Promise<void>): Promise<void> {
    await this.writeLock.runExclusive(async () => {
      // An error inside a LadybugDB transaction rolls it back silently and later statements would autocommit:
      // stop the whole unit at the first error.
      await this.execute(this.writer, 'BEGIN TRANSACTION', {});
      try {
        await work({
          run: (query, params, slots) => this.execute(this.writer, this.book.text(query, slots), params),
        });
        await this.execute(this.writer, 'COMMIT', {});
      } catch (error) {
        await this.execute(this.writer, 'ROLLBACK', {}).catch(() => undefined);
        throw error;
      }
    });
  }

  async applySchema(): Promise<void> {
    await this.writeLock.runExclusive(async () => {
      for (const statement of splitStatements(this.book.text(schemaQuery)))
        await this.execute(this.writer, statement, {});
    });
  }

  /** Prepares without executing: how tests check every LadybugDB query binds against the schema. */
  async check(text: string): Promise<void> {
    await this.prepare(this.writer, text);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeLock.waitForUnlock();
    for (const conn of this.all) await conn.close();
    await this.db.close();
  }

  private async execute<R>(conn: Connection, text: string, params: QueryParams): Promise<R[]> {
    if (this.closed) throw new StoreUnavailableError('The graph store is closed.');
    const statement = await this.prepare(conn, text);
    let result;
    try {
      result = await conn.execute(statement, params as Record<string, never>);
    } catch (error) {
      throw mapExecuteError(error);
    }
    const results = Array.isArray(result) ? result : [result];
    try {
      const rows = results.flatMap((r) => r.getAllSync());
      return rows.map((row) => fromLadybug(row) as R);
    } finally {
      for (const r of results) r.close();
    }
  }

  private async prepare(conn: Connection, text: string): Promise<PreparedStatement> {
    let cache = this.statements.get(conn);
    if (!cache) this.statements.set(conn, (cache = new Map()));
    const cached = cache.get(text);
    if (cached) return cached;
    const statement = await conn.prepare(text);
    if (!statement.isSuccess()) throw new Error(`LadybugDB could not prepare a query: ${statement.getErrorMessage()}`);
    // Transaction control is cheap to prepare and not worth a cache slot per connection.
    if (!/^(BEGIN|COMMIT|ROLLBACK)/.test(text)) cache.set(text, statement);
    return statement;
  }
}

function mapExecuteError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/interrupt|timeout/i.test(message)) return new StoreTimeoutError('The graph store took too long to answer.', { cause: error });
  return error instanceof Error ? error : new Error(message);
}

function describeOpenError(path: string, error: unknown): StoreUnavailableError {
  const message = error instanceof Error ? error.message : String(error);
  if (/lock/i.test(message))
    return new StoreUnavailableError(
      `The graph database ${path} is in use by another process (a running server or load?). ` +
        'Stop that process, or set GRAPH_DATA_DIR to another directory.',
      { cause: error },
    );
  return new StoreUnavailableError(
    `The graph database ${path} could not be opened (${message}). ` +
      'Run `npm run load` to rebuild it from data/ (the broken version is left in place until the new one is complete).',
    { cause: error },
  );
}
