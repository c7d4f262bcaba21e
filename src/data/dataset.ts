import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RELATION_ENDPOINTS } from '../domain.js';
import {
  articleSchema,
  entitySchema,
  relationSchema,
  type ArticleRecord,
  type EntityRecord,
  type RelationRecord,
} from './schema.js';

/** The whole curated graph, validated and cross-checked. */
export interface Dataset {
  articles: ArticleRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/** One problem in the data files: which file, which record, which field, and what is wrong. */
export interface DataIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** Thrown when `data/` is invalid; nothing may be written to a store after it. */
export class DataValidationError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(
      `The data files are invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.file} ${i.record} ${i.field}: ${i.message}`).join('\n'),
    );
    this.name = 'DataValidationError';
  }
}

export const DATA_FILES = { articles: 'articles.yaml', entities: 'entities.yaml', relations: 'relations.yaml' } as const;

/** Reads and validates the three files of a data directory. */
export async function loadDataset(dataDir: string): Promise<Dataset> {
  const issues: DataIssue[] = [];
  const read = async <T>(file: string, schema: z.ZodType<T>, describe: (raw: unknown, i: number) => string) => {
    const raw = await readYamlList(path.join(dataDir, file), file, issues);
    const records: T[] = [];
    raw.forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) records.push(parsed.data);
      else
        for (const issue of parsed.error.issues)
          issues.push({ file, record: describe(item, index), field: issue.path.join('.') || '(record)', message: issue.message });
    });
    return records;
  };
  const articles = await read(DATA_FILES.articles, articleSchema, (r, i) => recordName(r, 'id', i));
  const entities = await read(DATA_FILES.entities, entitySchema, (r, i) => recordName(r, 'slug', i));
  const rawRelations = await read(DATA_FILES.relations, relationSchema, (r, i) => relationName(r, i));
  const relations = rawRelations.map((r) => ({ ...r, id: r.id ?? deriveRelationId(r) }));
  issues.push(...crossCheck({ articles, entities, relations }));
  if (issues.length > 0) throw new DataValidationError(issues);
  return { articles, entities, relations };
}

/** `holds_role:daniel-benchimol:digital113:co_president` — stable as long as the fact itself is. */
export function deriveRelationId(r: Omit<RelationRecord, 'id'>): string {
  const parts = [r.type.toLowerCase(), r.from, r.to];
  if (r.roleKind) parts.push(r.roleKind.toLowerCase());
  return parts.join(':');
}

async function readYamlList(file: string, name: string, issues: DataIssue[]): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    issues.push({ file: name, record: '(file)', field: '(file)', message: `cannot read ${file}` });
    return [];
  }
  try {
    const value: unknown = parseYaml(text);
    if (Array.isArray(value)) return value;
    issues.push({ file: name, record: '(file)', field: '(file)', message: 'must hold a YAML list of records' });
  } catch (error) {
    issues.push({ file: name, record: '(file)', field: '(file)', message: `not valid YAML: ${(error as Error).message}` });
  }
  return [];
}

function recordName(raw: unknown, key: string, index: number): string {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? `#${index + 1} (${value})` : `#${index + 1}`;
}

function relationName(raw: unknown, index: number): string {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return `#${index + 1} (${String(r.type)} ${String(r.from)} -> ${String(r.to)})`;
}

function crossCheck({ articles, entities, relations }: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const articleIds = new Set<string>();
  articles.forEach((a, index) => {
    if (articleIds.has(a.id))
      issues.push({ file: DATA_FILES.articles, record: `#${index + 1} (${a.id})`, field: 'id', message: 'duplicate id' });
    articleIds.add(a.id);
  });
  const checkSources = (file: string, record: string, field: string, sources: { article: string }[]) =>
    sources.forEach((s, i) => {
      if (!articleIds.has(s.article))
        issues.push({ file, record, field: `${field}.${i}.article`, message: `unknown article "${s.article}"` });
    });

  const bySlug = new Map<string, EntityRecord>();
  entities.forEach((e, index) => {
    const record = `#${index + 1} (${e.slug})`;
    if (bySlug.has(e.slug)) issues.push({ file: DATA_FILES.entities, record, field: 'slug', message: 'duplicate slug' });
    bySlug.set(e.slug, e);
    e.facts.forEach((f, i) => checkSources(DATA_FILES.entities, record, `facts.${i}.sources`, f.sources));
  });

  const relationIds = new Set<string>();
  relations.forEach((r, index) => {
    const record = relationName(r, index);
    if (relationIds.has(r.id))
      issues.push({ file: DATA_FILES.relations, record, field: 'id', message: 'duplicate id: give this relation an explicit distinct id' });
    relationIds.add(r.id);
    checkSources(DATA_FILES.relations, record, 'sources', r.sources);
    for (const end of ['from', 'to'] as const) {
      const entity = bySlug.get(r[end]);
      const allowed = RELATION_ENDPOINTS[r.type][end];
      if (!entity) issues.push({ file: DATA_FILES.relations, record, field: end, message: `unknown entity "${r[end]}"` });
      else if (!allowed.includes(entity.kind))
        issues.push({
          file: DATA_FILES.relations,
          record,
          field: end,
          message: `${r.type} cannot ${end === 'from' ? 'start at' : 'end at'} ${entity.kind} "${r[end]}" (allowed: ${allowed.join(', ')})`,
        });
    }
  });
  return issues;
}
