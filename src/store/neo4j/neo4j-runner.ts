import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { StoreTimeoutError, StoreUnavailableError } from '../../errors.js';
import { CypherBook, type QueryDef, type QueryParams, type TemplateSlots } from '../cypher-registry.js';
import { applySchema as schemaQuery } from '../queries.js';
import { splitStatements, type CypherRunner, type WriteTransaction } from '../runner.js';
import { fromNeo4j, toNeo4jParams } from './values.js';

export interface Neo4jOptions {
  database?: string;
  /** Server-side transaction timeout. */
  transactionTimeoutMs?: number;
}

/** The production backend: one driver per process, a session per call, managed transactions that retry. */
export class Neo4jRunner implements CypherRunner {
  readonly backend = 'neo4j' as const;
  private readonly book = new CypherBook('neo4j');

  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jOptions = {},
  ) {}

  async read<P extends QueryParams, R>(query: QueryDef<P, R>, params: P, slots?: TemplateSlots): Promise<R[]> {
    const text = this.book.text(query, slots);
    return this.session('READ', (session) =>
      session.executeRead((tx) => runOn<R>(tx, text, params), this.txConfig(query.name)),
    );
  }

  async write(work: (tx: WriteTransaction) => Promise<void>): Promise<void> {
    await this.session('WRITE', (session) =>
      // executeWrite retries the whole unit on transient errors, so `work` must be safe to run again.
      session.executeWrite(
        (tx) => work({ run: (query, params, slots) => runOn(tx, this.book.text(query, slots), params) }),
        this.txConfig('write-unit'),
      ),
    );
  }

  async applySchema(): Promise<void> {
    // Schema commands cannot share a transaction with writes: each runs in its own auto-commit transaction.
    for (const statement of splitStatements(this.book.text(schemaQuery)))
      await this.session('WRITE', (session) => session.run(statement, {}, this.txConfig(schemaQuery.name)));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private txConfig(name: string) {
    return { timeout: this.options.transactionTimeoutMs, metadata: { app: 'ecosystem-graph', query: name } };
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    fn: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await fn(session);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}

async function runOn<R>(tx: ManagedTransaction, text: string, params: QueryParams): Promise<R[]> {
  const result = await tx.run(text, toNeo4jParams(params) as Record<string, unknown>);
  return result.records.map((record) => fromNeo4j(record.toObject()) as R);
}

/** Driver failures the client may be told about become typed store errors; query bugs stay as they are (masked). */
export function mapNeo4jError(error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = error instanceof Error ? error.message : '';
  // A pool acquisition timeout (a database that accepts connections but never answers) has no code of its own:
  // the driver raises it with code 'N/A', so it is known by its message.
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /^Connection acquisition timed out/.test(message))
    return new StoreUnavailableError('The graph database is unreachable; try again shortly.', { cause: error });
  if (/TransactionTimedOut|Transaction\.TransactionTimedOut/.test(code))
    return new StoreTimeoutError('The graph store took too long to answer.', { cause: error });
  // Still transient after the driver's retries (e.g. Neo.TransientError.General.DatabaseUnavailable): worth retrying.
  if (code.startsWith('Neo.TransientError.'))
    return new StoreUnavailableError('The graph database is temporarily unavailable; try again shortly.', { cause: error });
  return error;
}
