import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { StoreUnavailableError } from '../../src/errors.js';
import { GraphStore } from '../../src/store/graph-store.js';
import type { CypherRunner } from '../../src/store/runner.js';
import { execute, seedApp } from '../helpers/seed-app.js';

function failingStore(error: Error): GraphStore {
  const runner: CypherRunner = {
    backend: 'embedded',
    read: async () => {
      throw error;
    },
    write: async () => {
      throw error;
    },
    applySchema: async () => undefined,
    close: async () => undefined,
  };
  return new GraphStore(runner);
}

describe('bad input gets a typed error that says what is accepted', () => {
  let app: App;
  let store: GraphStore;
  beforeAll(async () => ({ app, store } = await seedApp('embedded')));
  afterAll(() => store.runner.close());

  const cases: [string, string, Record<string, unknown> | undefined, RegExp][] = [
    ['a malformed global id', `{ node(id: "not-an-id!") { id } }`, undefined, /not a valid global id/],
    ['a global id of an unknown type', `{ node(id: "${Buffer.from('Spaceship:x').toString('base64')}") { id } }`, undefined, /not a valid global id/],
    ['a bad cursor', `{ people(after: "garbage") { totalCount } }`, undefined, /not a cursor of this API/],
    ['a cursor of another shape', `{ people(after: "${Buffer.from('offset:3').toString('base64url')}") { totalCount } }`, undefined, /not a cursor/],
    ['an impossible PartialDate literal', `{ roles(activeAt: "2019-02-30") { totalCount } }`, undefined, /not a PartialDate.*YYYY-MM-DD/],
    ['an impossible PartialDate variable', `query($d: PartialDate) { roles(activeAt: $d) { totalCount } }`, { d: '2019-13' }, /not a PartialDate/],
    ['first over the cap', `{ people(first: 101) { totalCount } }`, undefined, /between 0 and 100/],
    ['a negative first', `{ roles(first: -1) { totalCount } }`, undefined, /between 0 and 100/],
    ['search first over the cap', `{ search(query: "a", first: 1000) { score } }`, undefined, /between 0 and 100/],
    ['maxHops out of range', `{ path(from: "a", to: "b", maxHops: 9) { length } }`, undefined, /between 1 and 6/],
    ['depth out of range', `{ neighbourhood(of: "digital113", depth: 7) { truncated } }`, undefined, /between 1 and 3/],
    ['an unknown role kind in a variable', `query($k: [RoleKind!]) { roles(kinds: $k) { totalCount } }`, { k: ['PRESIDNET'] }, /PRESIDNET/],
  ];

  it.each(cases)('%s', async (_, query, variables, message) => {
    const { data, errors } = await execute(app, query, variables);
    expect(errors?.length).toBe(1);
    expect(errors![0]!.message).toMatch(message);
    expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify({ data, errors })).not.toMatch(/at \w+ \(|\.ts:\d+|MATCH \(/);
  });

  it('unknown slugs and ids are null for nullable lookups', async () => {
    const id = Buffer.from('Person:nobody').toString('base64');
    const { data, errors } = await execute(app, `{ entity(slug: "nobody") { name } node(id: "${id}") { id } nodes(ids: ["${id}"]) { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ entity: null, node: null, nodes: [null] });
  });

  it('an id of the wrong type for the entity resolves to null', async () => {
    const id = Buffer.from('City:daniel-benchimol').toString('base64');
    const { data } = await execute(app, `{ node(id: "${id}") { id } }`);
    expect(data).toEqual({ node: null });
  });
});

describe('store failures', () => {
  it('an unreachable store gives STORE_UNAVAILABLE with a safe message', async () => {
    const app = createApp({ store: failingStore(new StoreUnavailableError('The graph database is unreachable; try again shortly.')) });
    const { errors } = await execute(app, `{ entity(slug: "digital113") { name } }`);
    expect(errors![0]).toMatchObject({ message: 'The graph database is unreachable; try again shortly.', extensions: { code: 'STORE_UNAVAILABLE' } });
  });

  it('anything unexpected is masked: no message, stack, Cypher or path leaks', async () => {
    const app = createApp({ store: failingStore(new Error('Binder exception: MATCH (e:Entity) at /app/src/store/x.ts:12')) });
    const { errors } = await execute(app, `{ entity(slug: "digital113") { name } }`);
    expect(errors![0]!.message).toBe('Unexpected error.');
    expect(JSON.stringify(errors)).not.toMatch(/Binder|MATCH|\.ts/);
  });
});

describe('invalid operations', () => {
  it('an unknown enum value or field is a validation error with a code', async () => {
    const { app, store } = await seedApp('embedded');
    const { status, errors } = await execute(app, `{ roles(kinds: [PRESIDNET]) { totalCount } }`);
    expect(status).toBe(400);
    expect(errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0]!.message).toMatch(/PRESIDNET/);
    await store.runner.close();
  });
});
