import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ENTITY_KINDS, RELATION_TYPES, type RelationType } from '../domain.js';
import type { GraphMeta } from '../store/rows.js';

/** `manifest.json` of a bulk CSV directory: what it holds, written last so its presence means the files are complete. */
export const MANIFEST = 'manifest.json';
export const MANIFEST_FORMAT = 'ecosystem-graph-csv/1';

const count = z.number().int().nonnegative();
const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  origin: z.union([
    z.object({ generator: z.object({ relationships: count, seed: z.number().int() }) }),
    z.object({ curated: z.string() }),
  ]),
  dataHash: z.string().min(1),
  articles: count,
  entities: count,
  relations: count,
  entitiesByKind: z.record(z.enum(ENTITY_KINDS), count),
  relationsByType: z.record(z.enum(RELATION_TYPES), count),
});
export type CsvManifest = z.infer<typeof manifestSchema>;

export const relationFile = (type: RelationType) => `relations-${type}.csv`;

/** The files of a bulk CSV directory, as absolute paths (what LadybugDB's COPY needs). */
export interface CsvFiles {
  articles: string;
  entities: string;
  relations: [RelationType, string][];
}

/** Reads and checks the manifest and that every file it implies is there. */
export async function readCsvDirectory(dir: string): Promise<{ manifest: CsvManifest; files: CsvFiles }> {
  const root = path.resolve(dir);
  const file = path.join(root, MANIFEST);
  if (!existsSync(file))
    throw new Error(`${root} has no ${MANIFEST}: not a complete bulk CSV directory (write one with \`npm run generate -- --format csv\`)`);
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a bulk CSV manifest: ${parsed.error.issues[0]?.message}`);
  const files: CsvFiles = {
    articles: path.join(root, 'articles.csv'),
    entities: path.join(root, 'entities.csv'),
    relations: RELATION_TYPES.map((t) => [t, path.join(root, relationFile(t))]),
  };
  const missing = [files.articles, files.entities, ...files.relations.map(([, f]) => f)].filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`${root} lacks ${missing.map((f) => path.basename(f)).join(', ')}`);
  return { manifest: parsed.data, files };
}

/** The GraphMeta row an import of this directory writes last. */
export function graphMetaOf(manifest: CsvManifest): GraphMeta {
  const { dataHash, articles, entities, relations } = manifest;
  return { loadedAt: new Date().toISOString(), dataHash, articles, entities, relations };
}
