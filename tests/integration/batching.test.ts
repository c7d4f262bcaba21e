import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { BACKENDS, execute, seedApp } from '../helpers/seed-app.js';

const nested = /* GraphQL */ `
  query Nested($first: Int!) {
    organisations(first: $first) {
      edges { node { name roles { edges { node { title person { name roles { edges { node { organisation { name } } } } } } } } } }
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
    // page of organisations, their roles, the people, the people's roles, their organisations
    expect(wide.extensions!.store.queries).toBe(5);
    expect(narrow.extensions!.store.queries).toBeLessThanOrEqual(wide.extensions!.store.queries);
  });

  it('a fresh context per request: the second request repeats its queries instead of reading a stale cache', async () => {
    const first = await execute(app, `{ entity(slug: "digital113") { name } }`);
    const second = await execute(app, `{ entity(slug: "digital113") { name } }`);
    expect(first.extensions!.store.queries).toBe(1);
    expect(second.extensions!.store.queries).toBe(1);
  });
});
