import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { BACKENDS, execute, seedApp } from '../helpers/seed-app.js';

// roles(first: 4): no organisation or person of the seed holds more than 4 roles, so the answer is complete, and the
// cost stays under the limit (50 x 20 x 20 possible items would not).
const nested = /* GraphQL */ `
  query Nested($first: Int!) {
    organisations(first: $first) {
      edges { node { name roles(first: 4) { edges { node { title person { name roles(first: 4) { edges { node { organisation { name } } } } } } } } } }
    }
  }
`;

// DataLoaders turn each level of nesting into one store query, whatever the number of items at that level.
describe.each(BACKENDS)('batched loading on the %s store', (backend) => {
  let app: App;
  let store: GraphStore;
  beforeAll(async () => ({ app, store } = await seedApp(backend, { trace: true })));
  afterAll(() => store.runner.close());

  it('organisations -> roles -> person -> roles -> organisation costs a round trip per level, not per item', async () => {
    const wide = await execute(app, nested, { first: 50 });
    const narrow = await execute(app, nested, { first: 2 });
    expect(wide.errors).toBeUndefined();
    expect(wide.data!.organisations.edges.length).toBe(50);
    const people = wide.data!.organisations.edges.flatMap((e: any) => e.node.roles.edges);
    expect(people.length).toBeGreaterThan(10);
    // page of organisations, their roles, the people, the people's roles, their organisations; on the embedded store
    // each batched relations query is preceded by the entities' keys (see cypher/ladybug/entity-keys.cypher).
    expect(wide.extensions!.store.queries).toBe(backend === 'embedded' ? 7 : 5);
    expect(narrow.extensions!.store.queries).toBeLessThanOrEqual(wide.extensions!.store.queries);
  });

  it('the same query with default page sizes is refused by the cost limit before any store query', async () => {
    const wide = nested.replaceAll('roles(first: 4)', 'roles');
    const { errors, extensions } = await execute(app, wide, { first: 50 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost' });
    expect(extensions?.store?.queries ?? 0).toBe(0);
  });

  it('a fresh context per request: the second request repeats its queries instead of reading a stale cache', async () => {
    const first = await execute(app, `{ entity(slug: "digital113") { name } }`);
    const second = await execute(app, `{ entity(slug: "digital113") { name } }`);
    expect(first.extensions!.store.queries).toBe(1);
    expect(second.extensions!.store.queries).toBe(1);
  });
});
