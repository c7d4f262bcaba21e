import type { EntityKind, RelationType, RoleKind } from '../domain.js';

/** Rows as they leave the store: plain JS values, already converted from driver types. */

export interface CitationRow {
  article: string;
  quote: string;
}

export interface FactRow {
  key: string;
  value: string;
  asOf: string | null;
  inferred: boolean;
  note: string | null;
  sources: CitationRow[];
}

export interface EntityRow {
  slug: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  date: string | null;
  facts: FactRow[];
  /** Number of relations touching the entity, precomputed at load: ranks search ties. */
  degree: number;
}

export interface ArticleRow {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  dateInferredFrom: string | null;
}

export interface RelationRow {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  label: string;
  title: string | null;
  roleKind: RoleKind | null;
  since: string | null;
  until: string | null;
  asOf: string | null;
  announced: string | null;
  effective: string | null;
  amount: string | null;
  outcome: string | null;
  inferred: boolean;
  note: string | null;
  sources: CitationRow[];
}

export interface GraphMeta {
  loadedAt: string;
  dataHash: string;
  articles: number;
  entities: number;
  relations: number;
}

/** What the entity and relation queries return before JSON columns are parsed. */
export type StoredEntity = Omit<EntityRow, 'facts'> & { facts: string };
export type StoredRelation = Omit<RelationRow, 'sources'> & { sources: string };

/** Parses the JSON columns once, where rows leave the store. */
export function toEntityRow(row: StoredEntity): EntityRow {
  return { ...row, aliases: row.aliases ?? [], facts: JSON.parse(row.facts) as FactRow[] };
}

export function toRelationRow(row: StoredRelation): RelationRow {
  return relationRow(row, row.from, row.to);
}

/**
 * A relation from its stored columns and its two ends, built in one object. `sources` is parsed when first read:
 * relation lists are mostly walked for their ends (a neighbourhood reads a hub's thousands of relations and shows
 * none of their citations), and parsing and copying them all was a third of the server's time there.
 */
export function relationRow(row: Omit<StoredRelation, 'from' | 'to'>, from: string, to: string): RelationRow {
  const json = row.sources;
  let sources: CitationRow[] | undefined;
  return {
    id: row.id,
    type: row.type,
    from,
    to,
    label: row.label,
    title: row.title,
    roleKind: row.roleKind,
    since: row.since,
    until: row.until,
    asOf: row.asOf,
    announced: row.announced,
    effective: row.effective,
    amount: row.amount,
    outcome: row.outcome,
    inferred: row.inferred,
    note: row.note,
    get sources() {
      return (sources ??= JSON.parse(json) as CitationRow[]);
    },
  };
}
