import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../data/schema.js';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../domain.js';
import { toRows } from '../store/graph-writer.js';
import { encodeRow, headerLine, LAYOUT, type Column } from './csv.js';
import { MANIFEST, MANIFEST_FORMAT, relationFile, type CsvManifest } from './manifest.js';

export interface CsvSource {
  articles: Iterable<ArticleRecord>;
  /** Read after every relation, so that degrees are known. */
  entities: Iterable<EntityRecord>;
  relations: Iterable<RelationRecord>;
  origin: CsvManifest['origin'];
}

// Small batches: 20k in flight made objects survive young-generation GCs and the old generation churn.
const CHUNK = 5_000;

/**
 * Writes a graph as bulk CSV files plus `manifest.json`, written last: a directory without a manifest is incomplete.
 * Rows come from graph-writer's `toRows`, so a bulk import stores exactly what `npm run load` stores.
 */
export async function writeCsv(dir: string, source: CsvSource, onRelations?: (done: number) => void): Promise<CsvManifest> {
  await mkdir(dir, { recursive: true });
  await rm(path.join(dir, MANIFEST), { force: true });
  const files = new Map<string, CsvFile>();
  const open = (name: string, layout: readonly Column[]) => {
    const file = new CsvFile(path.join(dir, name), layout);
    files.set(name, file);
    return file;
  };

  const articles = open('articles.csv', LAYOUT.articles);
  for (const batch of chunked(source.articles)) await articles.write(toRows({ articles: batch, entities: [], relations: [] }).articles);

  const byType = new Map(RELATION_TYPES.map((t) => [t, open(relationFile(t), LAYOUT.relations)]));
  const degree = new Map<string, number>();
  let relations = 0;
  for (const batch of chunked(source.relations)) {
    for (const r of batch) {
      degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    }
    const rows = toRows({ articles: [], entities: [], relations: batch }).relations;
    for (const type of RELATION_TYPES) {
      const ofType = rows.filter((row) => row.type === type);
      if (ofType.length > 0) await byType.get(type)!.write(ofType);
    }
    relations += batch.length;
    onRelations?.(relations);
  }

  const entities = open('entities.csv', LAYOUT.entities);
  const byKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  for (const batch of chunked(source.entities)) {
    for (const e of batch) byKind[e.kind]++;
    const rows = toRows({ articles: [], entities: batch, relations: [] }).entities;
    await entities.write(rows.map((row) => ({ ...row, degree: degree.get(row.slug) ?? 0 })));
  }

  for (const file of files.values()) await file.close();
  const manifest: CsvManifest = {
    format: MANIFEST_FORMAT,
    origin: source.origin,
    // One digest over every file, so a server can tell two imports of the same graph apart from different ones.
    dataHash: [...files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .reduce((h, [name, file]) => h.update(`${name}:${file.digest}\n`), createHash('sha256'))
      .digest('hex')
      .slice(0, 16),
    articles: articles.rows,
    entities: entities.rows,
    relations,
    entitiesByKind: byKind,
    relationsByType: Object.fromEntries(RELATION_TYPES.map((t) => [t, byType.get(t)!.rows])) as Record<RelationType, number>,
  };
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function* chunked<T>(items: Iterable<T>): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= CHUNK) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A CSV file written in large chunks, hashed as it goes, honouring the stream's back-pressure. */
class CsvFile {
  rows = 0;
  digest = '';
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash('sha256');

  constructor(
    file: string,
    private readonly layout: readonly Column[],
  ) {
    this.stream = createWriteStream(file, { encoding: 'utf8', highWaterMark: 8 << 20 });
    this.push(headerLine(layout));
  }

  async write(rows: readonly Record<string, unknown>[]): Promise<void> {
    const lines = rows.map((row) => encodeRow(this.layout, row));
    this.rows += rows.length;
    if (!this.push(lines.join(''))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.digest = this.hash.digest('hex');
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private push(text: string): boolean {
    const bytes = Buffer.from(text, 'utf8');
    this.hash.update(bytes);
    return this.stream.write(bytes);
  }
}
