import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { stringify } from 'yaml';
import { DATA_FILES, deriveRelationId } from '../data/dataset.js';
import type { ArticleRecord, EntityRecord, FactRecord, RelationRecord } from '../data/schema.js';

/**
 * Writes a graph in the format of `data/` (what `npm run load` reads, with CURATED_DATA_DIR pointing here): defaults
 * are left out as the curated files leave them out. Meant for small graphs; bulk CSV is for large ones.
 */
export async function writeYaml(
  dir: string,
  graph: { articles: Iterable<ArticleRecord>; entities: Iterable<EntityRecord>; relations: Iterable<RelationRecord> },
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeList(path.join(dir, DATA_FILES.articles), graph.articles, (a) => a);
  await writeList(path.join(dir, DATA_FILES.relations), graph.relations, relationYaml);
  await writeList(path.join(dir, DATA_FILES.entities), graph.entities, (e) =>
    compact({ ...e, aliases: e.aliases.length > 0 ? e.aliases : undefined, facts: e.facts.length > 0 ? e.facts.map(factYaml) : undefined }),
  );
}

function relationYaml(r: RelationRecord) {
  const { id, ...rest } = r;
  return compact({ ...(id === deriveRelationId(r) ? {} : { id }), ...rest, inferred: r.inferred || undefined });
}

function factYaml(f: FactRecord) {
  return compact({ ...f, inferred: f.inferred || undefined });
}

/** Drops null and undefined fields: the schema's defaults stand for them. */
function compact<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined)) as Partial<T>;
}

async function writeList<T>(file: string, items: Iterable<T>, shape: (item: T) => object): Promise<void> {
  const stream = createWriteStream(file, 'utf8');
  let text = '';
  let empty = true;
  for (const item of items) {
    empty = false;
    text += stringify([shape(item)], { lineWidth: 0 });
    if (text.length > 1 << 20) {
      if (!stream.write(text)) await once(stream, 'drain');
      text = '';
    }
  }
  stream.end(empty ? '[]\n' : text);
  await once(stream, 'finish');
}
