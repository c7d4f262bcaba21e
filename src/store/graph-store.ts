import type { Direction, EntityKind, RelationType, RoleKind } from '../domain.js';
import { lowerBound, upperBound } from '../partial-date.js';
import * as q from './queries.js';
import {
  relationRow,
  toEntityRow,
  toRelationRow,
  type ArticleRow,
  type EntityRow,
  type GraphMeta,
  type RelationRow,
} from './rows.js';
import type { CypherRunner } from './runner.js';
import { compactText, normalizeText } from './search-text.js';

export interface RoleFilter {
  kinds: readonly RoleKind[];
  /** Substring of the title, compared case- and accent-insensitively. */
  title?: string;
  person?: string;
  organisation?: string;
  /** Partial date the role must overlap. */
  activeAt?: string;
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
}

/** The store's read API, the same for both backends: the adapters differ only in the runner and the dialect files. */
export class GraphStore {
  constructor(readonly runner: CypherRunner) {}

  get backend() {
    return this.runner.backend;
  }

  async ping(): Promise<void> {
    await this.runner.read(q.ping, {});
  }

  /** What was loaded and when; null when the store holds no graph yet. */
  async meta(): Promise<GraphMeta | null> {
    const [row] = await this.runner.read(q.graphMeta, {});
    return row ?? null;
  }

  async entitiesBySlug(slugs: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await this.runner.read(q.entitiesBySlug, { slugs: [...slugs] });
    return new Map(rows.map((row) => [row.slug, toEntityRow(row)]));
  }

  async articlesById(ids: readonly string[]): Promise<Map<string, ArticleRow>> {
    const rows = await this.runner.read(q.articlesById, { ids: [...ids] });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Entities of some kinds in slug order, after the slug `after` (keyset pagination). */
  async entityPage(kinds: readonly EntityKind[], after: string, limit: number): Promise<EntityRow[]> {
    const rows = await this.runner.read(q.entityPage, { kinds: [...kinds], after, limit });
    return rows.map(toEntityRow);
  }

  async entityCount(kinds: readonly EntityKind[]): Promise<number> {
    const [row] = await this.runner.read(q.entityCount, { kinds: [...kinds] });
    return row?.count ?? 0;
  }

  async articlePage(after: string, limit: number): Promise<ArticleRow[]> {
    return this.runner.read(q.articlePage, { after, limit });
  }

  async articleCount(): Promise<number> {
    const [row] = await this.runner.read(q.articleCount, {});
    return row?.count ?? 0;
  }

  /** Relations touching each slug, filtered by type and direction, each list in id order. */
  async relationsOf(
    slugs: readonly string[],
    types: readonly RelationType[],
    direction: Direction,
  ): Promise<Map<string, RelationRow[]>> {
    const bySlug = new Map<string, RelationRow[]>(slugs.map((s) => [s, []]));
    if (slugs.length === 0 || types.length === 0) return bySlug;
    const slots = typeSlots(types);
    let rows: q.RelationEnd[];
    if (slugs.length === 1) {
      const slug = slugs[0]!;
      rows =
        direction === 'BOTH'
          ? await this.runner.read(q.relationsOfOne, { slug }, slots)
          : await this.runner.read(direction === 'OUT' ? q.relationsOutOfOne : q.relationsIntoOne, { slug }, slots);
    } else {
      const [out, into] = [direction !== 'IN', direction !== 'OUT'];
      const [keys] = await this.keysOf(slugs);
      rows = await this.runner.read(
        q.relationsOf,
        { outSlugs: out ? [...slugs] : [], inSlugs: into ? [...slugs] : [], outKeys: out ? keys : [], inKeys: into ? keys : [] },
        slots,
      );
    }
    for (const row of rows)
      bySlug.get(row.key)?.push(relationRow(row, row.outgoing ? row.key : row.other, row.outgoing ? row.other : row.key));
    for (const list of bySlug.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return bySlug;
  }

  /**
   * Up to `limit` entities one relation (of `types`) away from `slugs`, in either direction, none of `exclude`: the
   * best connected first, then by slug.
   */
  async neighbours(
    slugs: readonly string[],
    exclude: readonly string[],
    types: readonly RelationType[],
    limit: number,
  ): Promise<string[]> {
    if (slugs.length === 0 || types.length === 0 || limit <= 0) return [];
    const [keys, excludeKeys] = await this.keysOf(slugs, exclude);
    const rows = await this.runner.read(
      q.neighbours,
      { slugs: [...slugs], keys, exclude: [...exclude], excludeKeys, limit },
      typeSlots(types),
    );
    return rows.map((row) => row.slug);
  }

  /** The relations (of `types`) whose two ends are both among `slugs`, in id order. */
  async relationsAmong(slugs: readonly string[], types: readonly RelationType[]): Promise<RelationRow[]> {
    if (slugs.length === 0 || types.length === 0) return [];
    const [keys] = await this.keysOf(slugs);
    const rows = await this.runner.read(q.relationsAmong, { slugs: [...slugs], keys }, typeSlots(types));
    return rows.map(toRelationRow);
  }

  /**
   * Keys for the batched queries, for each list of slugs, in one round trip: LadybugDB compares its internal offsets
   * 7x faster than slugs (see entity-keys.cypher); Neo4j's queries seek the slugs through the index and need none, so
   * no round trip is spent on them there.
   */
  private async keysOf(...lists: (readonly string[])[]): Promise<q.EntityKey[][]> {
    const wanted = [...new Set(lists.flat())];
    if (this.runner.backend !== 'embedded' || wanted.length === 0) return lists.map(() => []);
    const rows = await this.runner.read(q.entityKeys, { slugs: wanted });
    const keyOf = new Map(rows.map((row) => [row.slug, row.key]));
    return lists.map((list) => [...new Set(list)].flatMap((slug) => (keyOf.has(slug) ? [keyOf.get(slug)!] : [])));
  }

  /** Slugs of the events held in each city, directly or at a place in it, in slug order. */
  async eventsInCity(slugs: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.runner.read(q.eventsInCity, { slugs: [...slugs] });
    const byCity = new Map<string, string[]>(slugs.map((s) => [s, []]));
    for (const row of rows) {
      const list = byCity.get(row.key);
      if (list && !list.includes(row.slug)) list.push(row.slug);
    }
    for (const list of byCity.values()) list.sort();
    return byCity;
  }

  async rolePage(filter: RoleFilter, after: string, limit: number): Promise<RelationRow[]> {
    const rows = await this.runner.read(q.rolePage, { ...roleParams(filter), after, limit });
    return rows.map(toRelationRow);
  }

  async roleCount(filter: RoleFilter): Promise<number> {
    const [row] = await this.runner.read(q.roleCount, roleParams(filter));
    return row?.count ?? 0;
  }

  /** Ranked: exact name or alias, then prefix, then word prefix, then substring; ties by number of relations. */
  async search(text: string, kinds: readonly EntityKind[], limit: number): Promise<SearchHitRow[]> {
    const normalized = normalizeText(text);
    if (normalized === '') return [];
    const rows = await this.runner.read(q.searchEntities, {
      normalized,
      compact: compactText(text),
      kinds: [...kinds],
      limit,
    });
    return rows.map(({ score, ...row }) => ({ entity: toEntityRow(row), score }));
  }

  /** The slugs and relation ids along one shortest chain, or null when none within `maxHops`. */
  async shortestPath(
    from: string,
    to: string,
    maxHops: number,
    types: readonly RelationType[],
  ): Promise<{ slugs: string[]; ids: string[] } | null> {
    const [row] = await this.runner.read(q.shortestPath, { from, to }, { ...typeSlots(types), maxHops });
    return row ?? null;
  }
}

/** The types sorted and once each: one query text, hence one prepared statement, per set of types. */
function typeSlots(types: readonly RelationType[]) {
  return { relationTypes: [...new Set(types)].sort() };
}

function roleParams(filter: RoleFilter): q.RoleFilterParams {
  return {
    kinds: [...filter.kinds],
    title: filter.title ? normalizeText(filter.title) : '',
    person: filter.person ?? '',
    organisation: filter.organisation ?? '',
    activeFrom: lowerBound(filter.activeAt ?? null),
    activeTo: upperBound(filter.activeAt ?? null),
  };
}
