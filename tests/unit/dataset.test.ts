import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataValidationError, deriveRelationId, loadDataset, type DataIssue, type Dataset } from '../../src/data/dataset.js';
import { DATA_DIR } from '../helpers/seed-app.js';

// The seed articles live beside the repository (../shared/seeds); quotes are checked against them when present.
const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const hasSeeds = existsSync(SEEDS_DIR);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the curated data in data/', () => {
  let dataset: Dataset;
  beforeAll(async () => {
    dataset = await loadDataset(DATA_DIR);
  });

  const citations = () => [
    ...dataset.entities.flatMap((e) =>
      e.facts.flatMap((f) => f.sources.map((s) => ({ where: `entities.yaml ${e.slug} fact ${f.key}`, ...s }))),
    ),
    ...dataset.relations.flatMap((r) => r.sources.map((s) => ({ where: `relations.yaml ${r.id}`, ...s }))),
  ];

  it('loads and holds articles, entities and relations', () => {
    expect(dataset.articles.length).toBeGreaterThan(0);
    expect(dataset.entities.length).toBeGreaterThan(0);
    expect(dataset.relations.length).toBeGreaterThan(0);
  });

  it.skipIf(!hasSeeds)(`quotes every source verbatim from its seed article (seeds in ${SEEDS_DIR})`, () => {
    const seeds = new Map(
      dataset.articles.map((a) => [a.id, squash(readFileSync(path.join(SEEDS_DIR, a.file), 'utf8'))] as const),
    );
    const missing = citations()
      .filter((c) => !seeds.get(c.article)?.includes(squash(c.quote)))
      .map((c) => `${c.where}: "${c.quote}" not found in ${c.article}`);
    expect(missing).toEqual([]);
  });

  it('keeps every quote to at most 300 characters', () => {
    const long = citations()
      .filter((c) => c.quote.length > 300)
      .map((c) => `${c.where}: ${c.quote.length} chars`);
    expect(long).toEqual([]);
  });

  it('gives every entity at least one relation or fact', () => {
    const linked = new Set(dataset.relations.flatMap((r) => [r.from, r.to]));
    const isolated = dataset.entities.filter((e) => e.facts.length === 0 && !linked.has(e.slug)).map((e) => e.slug);
    expect(isolated).toEqual([]);
  });

  it('has unique entity slugs, article ids and relation ids', () => {
    const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    expect(duplicates(dataset.entities.map((e) => e.slug))).toEqual([]);
    expect(duplicates(dataset.articles.map((a) => a.id))).toEqual([]);
    expect(duplicates(dataset.relations.map((r) => r.id))).toEqual([]);
  });

  it('derives a relation id as type:from:to[:rolekind] when the record gives none', () => {
    const raw = parseYaml(readFileSync(path.join(DATA_DIR, 'relations.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(raw).toHaveLength(dataset.relations.length);
    raw.forEach((record, i) => {
      const relation = dataset.relations[i]!;
      if (typeof record.id === 'string') expect(relation.id).toBe(record.id);
      else {
        const expected = [relation.type, relation.from, relation.to, ...(relation.roleKind ? [relation.roleKind] : [])]
          .join(':')
          .toLowerCase();
        expect(relation.id).toBe(expected);
      }
    });
  });

  it('derives the documented ids for a role and a plain relation', () => {
    const base = { since: null, until: null, asOf: null, announced: null, effective: null, inferred: false, sources: [] };
    expect(
      deriveRelationId({ ...base, type: 'HOLDS_ROLE', from: 'daniel-benchimol', to: 'digital113', title: 'co-président', roleKind: 'CO_PRESIDENT' }),
    ).toBe('holds_role:daniel-benchimol:digital113:co_president');
    expect(deriveRelationId({ ...base, type: 'MERGED_INTO', from: 'digitalplace', to: 'digital113' })).toBe(
      'merged_into:digitalplace:digital113',
    );
  });
});

describe('invalid data', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dataset-test-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const source = { article: 'a1', quote: 'Daniel Benchimol préside Digital113.' };
  const valid = () => ({
    articles: [{ id: 'a1', file: 'a1.txt', title: 'Un article', publisher: null, publishedOn: '2019-02' }] as Record<string, unknown>[],
    entities: [
      { slug: 'daniel-benchimol', kind: 'PERSON', name: 'Daniel Benchimol' },
      { slug: 'digital113', kind: 'ORGANISATION', name: 'Digital113', facts: [{ key: 'staff', value: '11', sources: [source] }] },
    ] as Record<string, unknown>[],
    relations: [
      { type: 'HOLDS_ROLE', from: 'daniel-benchimol', to: 'digital113', title: 'co-président', roleKind: 'CO_PRESIDENT', sources: [source] },
    ] as Record<string, unknown>[],
  });
  type Files = ReturnType<typeof valid>;

  let count = 0;
  /** Writes the three files (a string is written as is; null leaves the file out) and loads them. */
  async function issuesOf(files: { [K in keyof Files]: Files[K] | string | null }): Promise<DataIssue[]> {
    const dir = await mkdtemp(path.join(root, `case-${++count}-`));
    for (const [name, content] of Object.entries(files))
      if (content !== null) await writeFile(path.join(dir, `${name}.yaml`), typeof content === 'string' ? content : stringify(content));
    const error = await loadDataset(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as DataValidationError).issues;
  }

  it('the minimal fixture itself is valid', async () => {
    const dir = await mkdtemp(path.join(root, 'valid-'));
    for (const [name, content] of Object.entries(valid())) await writeFile(path.join(dir, `${name}.yaml`), stringify(content));
    const dataset = await loadDataset(dir);
    expect(dataset.relations.map((r) => r.id)).toEqual(['holds_role:daniel-benchimol:digital113:co_president']);
  });

  it('names an unknown entity slug in a relation', async () => {
    const files = valid();
    files.relations[0]!.to = 'digital-114';
    const issues = await issuesOf(files);
    expect(issues).toEqual([
      { file: 'relations.yaml', record: expect.stringContaining('#1'), field: 'to', message: expect.stringContaining('"digital-114"') },
    ]);
  });

  it('names a wrong endpoint kind (HOLDS_ROLE from an ORGANISATION)', async () => {
    const files = valid();
    files.entities.push({ slug: 'digitalplace', kind: 'ORGANISATION', name: 'DigitalPlace' });
    files.relations[0]!.from = 'digitalplace';
    const issues = await issuesOf(files);
    expect(issues).toEqual([
      {
        file: 'relations.yaml',
        record: expect.stringContaining('HOLDS_ROLE digitalplace -> digital113'),
        field: 'from',
        message: expect.stringMatching(/HOLDS_ROLE cannot start at ORGANISATION "digitalplace".*PERSON/),
      },
    ]);
  });

  it('names an impossible date (2019-02-30)', async () => {
    const files = valid();
    files.relations[0]!.since = '2019-02-30';
    const issues = await issuesOf(files);
    expect(issues).toEqual([
      {
        file: 'relations.yaml',
        record: '#1 (HOLDS_ROLE daniel-benchimol -> digital113)',
        field: 'since',
        message: expect.stringContaining('real date'),
      },
    ]);
  });

  it('names missing sources, on a relation and on a fact', async () => {
    const files = valid();
    delete files.relations[0]!.sources;
    files.entities[1]!.facts = [{ key: 'staff', value: '11', sources: [] }];
    const issues = await issuesOf(files);
    expect(issues).toEqual(
      expect.arrayContaining([
        { file: 'entities.yaml', record: '#2 (digital113)', field: 'facts.0.sources', message: expect.stringContaining('at least one') },
        { file: 'relations.yaml', record: '#1 (HOLDS_ROLE daniel-benchimol -> digital113)', field: 'sources', message: expect.any(String) },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it('names a quote over 300 characters', async () => {
    const files = valid();
    files.relations[0]!.sources = [{ article: 'a1', quote: 'x'.repeat(301) }];
    const issues = await issuesOf(files);
    expect(issues).toEqual([
      {
        file: 'relations.yaml',
        record: '#1 (HOLDS_ROLE daniel-benchimol -> digital113)',
        field: 'sources.0.quote',
        message: expect.stringContaining('300'),
      },
    ]);
  });

  it('names a duplicate slug', async () => {
    const files = valid();
    files.entities.push({ slug: 'digital113', kind: 'ORGANISATION', name: 'Digital 113 (again)' });
    const issues = await issuesOf(files);
    expect(issues).toEqual([
      { file: 'entities.yaml', record: expect.stringContaining('digital113'), field: 'slug', message: 'duplicate slug' },
    ]);
  });

  it('names a file that is not valid YAML', async () => {
    const issues = await issuesOf({ ...valid(), entities: '- slug: digital113\n  kind: [ORGANISATION\n' });
    expect(issues).toContainEqual({
      file: 'entities.yaml',
      record: '(file)',
      field: expect.any(String),
      message: expect.stringContaining('not valid YAML'),
    });
  });

  it('names a missing file', async () => {
    const issues = await issuesOf({ ...valid(), relations: null });
    expect(issues).toEqual([
      { file: 'relations.yaml', record: '(file)', field: expect.any(String), message: expect.stringContaining('cannot read') },
    ]);
  });

  it('reports every problem at once, and prints each with its file, record and field', async () => {
    const files = valid();
    files.relations[0]!.since = '2019-02-30';
    files.entities.push({ slug: 'digital113', kind: 'ORGANISATION', name: 'Digital 113 (again)' });
    const dir = await mkdtemp(path.join(root, 'many-'));
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, `${name}.yaml`), stringify(content));
    const error = (await loadDataset(dir).catch((e: unknown) => e)) as DataValidationError;
    expect(error).toBeInstanceOf(DataValidationError);
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain('2 problems');
    expect(error.message).toContain('relations.yaml #1 (HOLDS_ROLE daniel-benchimol -> digital113) since:');
    expect(error.message).toMatch(/entities\.yaml #\d+ \(digital113\) slug: duplicate slug/);
  });
});
