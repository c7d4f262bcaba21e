import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { schema } from '../../src/graphql/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { BACKENDS, execute, seedApp } from '../helpers/seed-app.js';

// The examples are documentation people paste into GraphiQL: each must stay valid and answer something on the seed graph.
const EXAMPLES_DIR = new URL('../../examples/', import.meta.url);
const files = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.graphql'))
  .sort();
const examples = files.map((file) => ({ file, text: readFileSync(new URL(file, EXAMPLES_DIR), 'utf8') }));
const committedSchema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();

/** An empty list or a connection without edges: a result that answers nothing. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null && 'edges' in value) {
    const edges = (value as { edges: unknown }).edges;
    return !Array.isArray(edges) || edges.length === 0;
  }
  return false;
}

/**
 * What an example answers nothing for: a top-level field that is null or empty, or an empty list or connection
 * directly under a top-level object (so `entity(slug:) { roles }` cannot silently lose its roles).
 */
function emptyResults(data: Record<string, unknown>): string[] {
  const empty: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (value === null || value === undefined || isEmpty(value)) empty.push(field);
    else if (typeof value === 'object' && !Array.isArray(value))
      for (const [child, inner] of Object.entries(value)) if (isEmpty(inner)) empty.push(`${field}.${child}`);
  }
  return empty;
}

describe('examples/', () => {
  it('holds at least 12 examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(examples)('$file', ({ file, text }) => {
    it('is one named operation, named after its file, with a comment saying what it answers', () => {
      const document = parse(text);
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect(operations).toHaveLength(1);
      const name = operations[0]!.name?.value;
      expect(name).toBeDefined();
      expect(`${kebab(name!)}.graphql`).toBe(file);
      expect(text.trimStart().startsWith('#')).toBe(true);
    });

    it('is valid against the served schema and the committed SDL', () => {
      const document = parse(text);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      expect(validate(committedSchema, document).map((e) => e.message)).toEqual([]);
    });
  });
});

describe.each(BACKENDS)('examples/ on the %s backend', (backend) => {
  let app: App;
  let store: GraphStore;
  beforeAll(async () => {
    ({ app, store } = await seedApp(backend));
  });
  afterAll(() => store?.runner.close());

  it.each(examples)('$file answers with data', async ({ text }) => {
    const response = await execute(app, text);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.data).toBeDefined();
    const data = response.data!;
    expect(Object.keys(data).length).toBeGreaterThan(0);
    expect(emptyResults(data)).toEqual([]);
  });
});
