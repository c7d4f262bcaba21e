import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, print, validate, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { execute, seedApp } from '../helpers/seed-app.js';
import { ROOT } from './harness.js';

// The Explorer is the proof that a front-end can be built on the public contract alone: every operation it sends
// (web/src/operations/*.graphql) must validate against schema/contract.graphql, and run within the server's limits
// at the largest sizes the page asks for.
const OPERATIONS_DIR = path.join(ROOT, 'web', 'src', 'operations');
const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();
const definitions: DefinitionNode[] = files.flatMap((f) => parse(readFileSync(path.join(OPERATIONS_DIR, f), 'utf8')).definitions);
const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** One operation with the fragments it uses (transitively), as the page sends it. */
function documentOf(operation: OperationDefinitionNode): DocumentNode {
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(/\.\.\.(\w+)/g)) {
      if (!name || used.has(name) || name === 'on') continue;
      const fragment = fragments.find((f) => f.name.value === name);
      if (!fragment) continue;
      used.add(name);
      visit(print(fragment));
    }
  };
  visit(print(operation));
  return { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.filter((f) => used.has(f.name.value))] };
}

/** The largest variables the page sends for each operation (see web/src/views). */
const LARGEST: Record<string, Record<string, unknown>> = {
  Search: { query: 'da', kinds: null, first: 8 },
  Home: {},
  EntityPage: { slug: 'digital113', first: 50 },
  EntityRelations: { slug: 'digital113', types: null, first: 50 },
  EntityRoles: { slug: 'digital113', first: 10 },
  EntityMergers: { slug: 'digital113' },
  Neighbourhood: { of: 'digital113', depth: 3, limit: 300 },
  ShortestPath: { from: 'jean-pierre-bayol', to: 'tony-marchand', maxHops: 6 },
  EntityNames: { a: 'digital113', b: 'toulouse' },
  RolesTable: { kinds: null, organisation: null, title: null, activeAt: null, first: 50, after: null },
  PlaceCities: { ids: [] },
};

describe('Explorer operations', () => {
  it('are all named and each has its largest variables listed here', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(operations.map((o) => o.name?.value).sort()).toEqual(Object.keys(LARGEST).sort());
  });

  it('use the public contract (schema/contract.graphql) and nothing else', () => {
    const contract = buildSchema(readFileSync(path.join(ROOT, 'schema', 'contract.graphql'), 'utf8'));
    for (const operation of operations) {
      const errors = validate(contract, documentOf(operation));
      expect(errors.map((e) => e.message), operation.name?.value).toEqual([]);
    }
  });

  describe('on the seed graph, within the server limits', () => {
    let app: App;
    let store: GraphStore;
    beforeAll(async () => {
      ({ app, store } = await seedApp());
      // PlaceCities gets the ids of real places, a page's worth.
      const places = await execute<{ places: { edges: { node: { id: string } }[] } }>(app, '{ places(first: 25) { edges { node { id } } } }');
      LARGEST.PlaceCities = { ids: places.data!.places.edges.map((e) => e.node.id) };
    });
    afterAll(async () => {
      await store.runner.close();
    });

    for (const operation of operations) {
      const name = operation.name!.value;
      it(name, async () => {
        const response = await execute(app, print(documentOf(operation)), LARGEST[name]);
        expect(response.errors ?? [], name).toEqual([]);
        expect(response.data, name).toBeTruthy();
      });
    }
  });
});
