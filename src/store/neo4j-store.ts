import neo4j, { type Driver } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors.js';
import { GraphStore } from './graph-store.js';
import { Neo4jRunner } from './neo4j/neo4j-runner.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs?: number;
}

export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
}

/** Creates the process's one driver. `neo4j://` URIs route across a cluster; `bolt://` talks to one server. */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Fail fast when the database is gone instead of waiting the default 60 s for a pooled connection.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    // executeRead/executeWrite retry ServiceUnavailable and transient errors with backoff (1 s, 2 s, ...) for this
    // long: the default 30 s held every request of an outage for 31 s. 2 s gives three attempts (~3 s) instead.
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    userAgent: 'ecosystem-graph',
  });
}

/** Connects with exponential backoff; after the last attempt, a clear error naming the URI. */
export async function openNeo4j(
  connection: Neo4jConnection,
  retry: RetryPolicy = { attempts: 6, firstDelayMs: 500 },
  driverFactory: (c: Neo4jConnection) => Driver = createDriver,
): Promise<GraphStore> {
  const driver = driverFactory(connection);
  let lastError: unknown;
  for (let attempt = 0; attempt < retry.attempts; attempt++) {
    try {
      await driver.getServerInfo({ database: connection.database });
      const runner = new Neo4jRunner(driver, {
        database: connection.database,
        transactionTimeoutMs: connection.queryTimeoutMs,
      });
      return new GraphStore(runner);
    } catch (error) {
      lastError = error;
      if (attempt < retry.attempts - 1)
        await new Promise((resolve) => setTimeout(resolve, retry.firstDelayMs * 2 ** attempt));
    }
  }
  await driver.close();
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new StoreUnavailableError(
    `Neo4j at ${connection.uri} is unreachable after ${retry.attempts} attempts (${reason}). ` +
      'Check NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or start it with `docker compose up -d neo4j`.',
    { cause: lastError },
  );
}
