import { defineQuery } from './cypher-registry.js';

/**
 * The bulk-import statements (src/bulk/). Each does the same thing in both dialects by each engine's fastest means:
 * LadybugDB COPYs the CSV file named by the {{csvFile}} slot and ignores `rows`; Neo4j takes the file's rows in
 * batches as `rows`, one bounded transaction each. Kept apart from queries.ts: the server never runs them.
 */

type Row = Record<string, unknown>;
interface Rows extends Row {
  /** Neo4j only: one batch of CSV rows. */
  rows?: Row[];
}
/** LadybugDB answers COPY's summary ("3 tuples have been copied to the Entity table."). */
export interface BulkResult {
  result?: string;
  /** Neo4j, relations: how many of the batch's rows found both endpoints. */
  created?: number;
}

export const bulkArticles = defineQuery<Rows, BulkResult>('bulk-articles', 'write');
export const bulkEntities = defineQuery<Rows, BulkResult>('bulk-entities', 'write');
/** Template: {{relationTypes}} holds exactly one relation type. Neo4j rows: `{ from, to, properties }`. */
export const bulkRelations = defineQuery<Rows, BulkResult>('bulk-relations', 'write');
/** Deletes at most `limit` nodes (GraphMeta first) and says how many; run until it answers 0. */
export const bulkClear = defineQuery<{ limit: number }, { deleted: number }>('bulk-clear', 'write');
