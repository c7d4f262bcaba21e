import type { EntityKind, RoleKind } from '../domain.js';
import { defineQuery } from './cypher-registry.js';
import type { ArticleRow, GraphMeta, StoredEntity, StoredRelation } from './rows.js';

/** Every named query of the store. Text: cypher/<dialect or shared>/<name>.cypher. */

type Row = Record<string, unknown>;

// Writes: the schema, then a graph replaced as one unit.
export const applySchema = defineQuery<Row, Row>('schema', 'write');
export const clearGraph = defineQuery<Row, Row>('clear-graph', 'write');
export const createArticles = defineQuery<{ rows: Row[] }, Row>('create-articles', 'write');
export const createEntities = defineQuery<{ rows: Row[] }, Row>('create-entities', 'write');
/** Template: {{relationTypes}} holds exactly one relation type. */
export const createRelations = defineQuery<{ rows: Row[] }, Row>('create-relations', 'write');
export const setGraphMeta = defineQuery<GraphMeta & Row, Row>('set-graph-meta', 'write');

// Reads.
export const ping = defineQuery<Row, { ok: number }>('ping');
export const graphMeta = defineQuery<Row, GraphMeta>('graph-meta');
export const entitiesBySlug = defineQuery<{ slugs: string[] }, StoredEntity>('entities-by-slug');
export const articlesById = defineQuery<{ ids: string[] }, ArticleRow>('articles-by-id');
export const entityPage = defineQuery<{ kinds: EntityKind[]; after: string; limit: number }, StoredEntity>('entity-page');
export const entityCount = defineQuery<{ kinds: EntityKind[] }, { count: number }>('entity-count');
export const articlePage = defineQuery<{ after: string; limit: number }, ArticleRow>('article-page');
export const articleCount = defineQuery<Row, { count: number }>('article-count');
/** A relation seen from the slug asked for (`key`): `other` is its far end, `outgoing` whether it starts at `key`. */
export type RelationEnd = Omit<StoredRelation, 'from' | 'to'> & { key: string; other: string; outgoing: boolean };
/**
 * An opaque key per entity for the batched queries below: LadybugDB's internal offset (its `IN` on integers is 7x
 * faster than on slugs), Neo4j's element id (unused: Neo4j seeks slugs through its index).
 */
export const entityKeys = defineQuery<{ slugs: string[] }, { slug: string; key: EntityKey }>('entity-keys');
export type EntityKey = number | string;
/**
 * Template: {{relationTypes}}. The entities are given once per direction wanted ([] for none), as slugs (Neo4j's
 * text) and as keys (LadybugDB's).
 */
export const relationsOf = defineQuery<
  { outSlugs: string[]; inSlugs: string[]; outKeys: EntityKey[]; inKeys: EntityKey[] },
  RelationEnd
>('relations-of');
/** relations-of for one slug and both directions, which LadybugDB seeks by its index. */
export const relationsOfOne = defineQuery<{ slug: string }, RelationEnd>('relations-of-one');
/** relations-of-one for one direction: no second UNION ALL branch to run. */
export const relationsOutOfOne = defineQuery<{ slug: string }, RelationEnd>('relations-out-of-one');
export const relationsIntoOne = defineQuery<{ slug: string }, RelationEnd>('relations-into-one');
/** Template: {{relationTypes}}. Entities next to `slugs`/`keys`, not in `exclude`/`excludeKeys`; best connected first. */
export const neighbours = defineQuery<
  { slugs: string[]; keys: EntityKey[]; exclude: string[]; excludeKeys: EntityKey[]; limit: number },
  { slug: string; degree: number }
>('neighbours');
/** Template: {{relationTypes}}. The relations between two of the given entities. */
export const relationsAmong = defineQuery<{ slugs: string[]; keys: EntityKey[] }, StoredRelation>('relations-among');
export const eventsInCity = defineQuery<{ slugs: string[] }, { key: string; slug: string }>('events-in-city');

export interface RoleFilterParams extends Row {
  kinds: RoleKind[];
  title: string;
  person: string;
  organisation: string;
  activeFrom: string;
  activeTo: string;
}
export const rolePage = defineQuery<RoleFilterParams & { after: string; limit: number }, StoredRelation>('role-page');
export const roleCount = defineQuery<RoleFilterParams, { count: number }>('role-count');

export const searchEntities = defineQuery<
  { normalized: string; compact: string; kinds: EntityKind[]; limit: number },
  StoredEntity & { score: number }
>('search-entities');

/** Template: {{relationTypes}} and {{maxHops}}; engines take neither as a parameter. */
export const shortestPath = defineQuery<{ from: string; to: string }, { slugs: string[]; ids: string[] }>('shortest-path');
