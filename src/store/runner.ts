import type { QueryDef, QueryParams, TemplateSlots } from './cypher-registry.js';

/** Runs named queries inside one write transaction; the unit of work stops at its first error. */
export interface WriteTransaction {
  run<P extends QueryParams, R>(query: QueryDef<P, R>, params: P, slots?: TemplateSlots): Promise<R[]>;
}

/**
 * The one thing each backend implements: run named queries and hand back plain rows.
 * Everything above it (GraphStore, the loader, the API) is shared by both backends.
 */
export interface CypherRunner {
  readonly backend: 'embedded' | 'neo4j';
  read<P extends QueryParams, R>(query: QueryDef<P, R>, params: P, slots?: TemplateSlots): Promise<R[]>;
  /** One atomic unit: all of it is committed, or none of it. */
  write(work: (tx: WriteTransaction) => Promise<void>): Promise<void>;
  /** Applies the dialect's DDL; idempotent. */
  applySchema(): Promise<void>;
  close(): Promise<void>;
}

/** Splits a DDL file into statements, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
