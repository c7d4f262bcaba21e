import { createHash } from 'node:crypto';
import type { Dataset } from '../data/dataset.js';
import { RELATION_LABELS, RELATION_TYPES } from '../domain.js';
import { lowerBound, upperBound } from '../partial-date.js';
import {
  clearGraph,
  createArticles,
  createEntities,
  createRelations,
  setGraphMeta,
} from './queries.js';
import type { CypherRunner } from './runner.js';
import type { GraphMeta } from './rows.js';
import { buildSearchText, normalizeText } from './search-text.js';

const BATCH = 2000;

/** Replaces the whole graph with `dataset` as one write unit: readers see the old graph or the new, never a mix. */
export async function replaceGraph(runner: CypherRunner, dataset: Dataset): Promise<GraphMeta> {
  const rows = toRows(dataset);
  const meta: GraphMeta = {
    loadedAt: new Date().toISOString(),
    dataHash: hashDataset(dataset),
    articles: dataset.articles.length,
    entities: dataset.entities.length,
    relations: dataset.relations.length,
  };
  await runner.write(async (tx) => {
    await tx.run(clearGraph, {});
    for (const batch of chunks(rows.articles)) await tx.run(createArticles, { rows: batch });
    for (const batch of chunks(rows.entities)) await tx.run(createEntities, { rows: batch });
    for (const type of RELATION_TYPES) {
      const ofType = rows.relations.filter((r) => r.type === type);
      for (const batch of chunks(ofType)) await tx.run(createRelations, { rows: batch }, { relationTypes: [type] });
    }
    await tx.run(setGraphMeta, { ...meta });
  });
  return meta;
}

/** A digest of the curated data, stored with the graph so a server can tell whether it is current. */
export function hashDataset(dataset: Dataset): string {
  return createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);
}

/** Dataset records -> the flat rows the create queries take; every row of a batch has the same keys. */
export function toRows(dataset: Dataset) {
  const degree = new Map<string, number>();
  for (const r of dataset.relations)
    for (const slug of [r.from, r.to]) degree.set(slug, (degree.get(slug) ?? 0) + 1);

  const articles = dataset.articles.map((a) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    publishedOn: a.publishedOn,
    dateInferredFrom: a.dateInferredFrom ?? null,
  }));
  const entities = dataset.entities.map((e) => ({
    slug: e.slug,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    description: e.description ?? null,
    date: e.date ?? null,
    facts: JSON.stringify(
      e.facts.map((f) => ({ key: f.key, value: f.value, asOf: f.asOf, inferred: f.inferred, note: f.note ?? null, sources: f.sources })),
    ),
    searchText: buildSearchText([e.name, ...e.aliases]),
    degree: degree.get(e.slug) ?? 0,
  }));
  const relations = dataset.relations.map((r) => ({
    type: r.type,
    id: r.id,
    from: r.from,
    to: r.to,
    label: r.label ?? (r.type === 'HOLDS_ROLE' && r.title ? r.title : RELATION_LABELS[r.type]),
    title: r.title ?? null,
    titleKey: r.title ? normalizeText(r.title) : '',
    roleKind: r.roleKind ?? null,
    since: r.since,
    until: r.until,
    asOf: r.asOf,
    startsOn: lowerBound(r.since),
    endsOn: upperBound(r.until),
    announced: r.announced,
    effective: r.effective,
    amount: r.amount ?? null,
    outcome: r.outcome ?? null,
    inferred: r.inferred,
    note: r.note ?? null,
    sources: JSON.stringify(r.sources),
  }));
  return { articles, entities, relations };
}

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}
