import { Random } from '../src/bulk/random.js';
import { ENTITY_KINDS } from '../src/domain.js';
import { encodeCursor } from '../src/graphql/pagination.js';
import type { GraphStore } from '../src/store/graph-store.js';

/** One benchmarked operation: its document and a seeded source of realistic variables. */
export interface Operation {
  name: OperationName;
  query: string;
  variables: (random: Random) => Record<string, unknown>;
}

export const OPERATION_NAMES = [
  'entityWithRoles',
  'whoPresidesWhat',
  'searchPrefix',
  'path',
  'neighbourhood',
  'nestedExplore',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

const DOCUMENTS: Record<OperationName, string> = {
  entityWithRoles: /* GraphQL */ `
    query EntityWithRoles($slug: String!) {
      entity(slug: $slug) {
        slug name kind description
        ... on Person { roles(first: 20) { totalCount edges { node { key kind title since until organisation { slug name } } } } }
      }
    }`,
  // A page of 50 with names, as the issue asks; no totalCount, which is a second scan of every role (its cost is
  // role-count in the floor breakdown of examples/who-presides-what.graphql).
  whoPresidesWhat: /* GraphQL */ `
    query WhoPresidesWhat($after: String) {
      roles(kinds: [PRESIDENT, CO_PRESIDENT], first: 50, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { key kind title since until person { slug name } organisation { slug name } } }
      }
    }`,
  searchPrefix: /* GraphQL */ `
    query SearchPrefix($query: String!) {
      search(query: $query, first: 10) { score entity { slug name kind } }
    }`,
  path: /* GraphQL */ `
    query Path($from: String!, $to: String!) {
      path(from: $from, to: $to, maxHops: 4) {
        length
        nodes { slug name kind }
        steps { key type label from { slug } to { slug } }
      }
    }`,
  neighbourhood: /* GraphQL */ `
    query Neighbourhood($of: String!) {
      neighbourhood(of: $of, depth: 2, limit: 100) {
        truncated
        nodes { id slug name kind }
        edges { key type label from { id } to { id } }
      }
    }`,
  // 20 organisations x their first 20 roles x each person's first 2 roles (the chain ends at roles): the server's
  // cost limit (5000) refuses 20 x 20 x 20, or x 3, before any store query.
  nestedExplore: /* GraphQL */ `
    query NestedExplore($after: String) {
      organisations(first: 20, after: $after) {
        edges { node { slug name roles(first: 20) { edges { node { title person { slug name roles(first: 2) {
          edges { node { title kind } } } } } } } } }
      }
    }`,
};

/** What the samplers draw from: read once from the store before the server starts. */
export interface Population {
  people: string[];
  entities: { slug: string; name: string }[];
  organisations: string[];
  presidencies: string[];
}

export async function readPopulation(store: GraphStore): Promise<Population> {
  const all = 10_000_000;
  const entities = await store.entityPage(ENTITY_KINDS, '', all);
  const presidencies = await store.rolePage({ kinds: ['PRESIDENT', 'CO_PRESIDENT'] }, '', all);
  return {
    people: entities.filter((e) => e.kind === 'PERSON').map((e) => e.slug),
    entities: entities.map(({ slug, name }) => ({ slug, name })),
    organisations: entities.filter((e) => e.kind === 'ORGANISATION').map((e) => e.slug),
    presidencies: presidencies.map((r) => r.id),
  };
}

/** The operations with their samplers: uniform picks, as users landing on any page of the graph would. */
export function operations(population: Population): Operation[] {
  const { people, entities, organisations, presidencies } = population;
  const samplers: Record<OperationName, Operation['variables']> = {
    entityWithRoles: (r) => ({ slug: r.pick(people) }),
    // A random page of the list; one in ten requests is the first page.
    whoPresidesWhat: (r) => ({ after: r.chance(0.1) ? null : encodeCursor(r.pick(presidencies)) }),
    // What a user types: the first 3 to 5 letters of a name's first word, accents and case as written.
    searchPrefix: (r) => {
      for (;;) {
        const word = r.pick(entities).name.split(/[\s'’-]+/)[0] ?? '';
        if (word.length >= 3) return { query: word.slice(0, r.between(3, Math.min(5, word.length))) };
      }
    },
    path: (r) => ({ from: r.pick(people), to: r.pick(people) }),
    neighbourhood: (r) => ({ of: r.pick(entities).slug }),
    nestedExplore: (r) => ({ after: r.chance(0.1) ? null : encodeCursor(r.pick(organisations)) }),
  };
  return OPERATION_NAMES.map((name) => ({ name, query: DOCUMENTS[name], variables: samplers[name] }));
}

/** A deterministic stream of request bodies for one operation. */
export function bodies(operation: Operation, seed: number): () => string {
  const random = new Random(seed);
  return () => JSON.stringify({ query: operation.query, variables: operation.variables(random) });
}
