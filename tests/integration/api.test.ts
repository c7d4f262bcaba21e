import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { BACKENDS, execute, seedApp } from '../helpers/seed-app.js';

// The questions the API exists to answer, on the seed graph, through HTTP as a client sends them.
describe.each(BACKENDS)('the API on the %s store', (backend) => {
  let app: App;
  let store: GraphStore;
  beforeAll(async () => ({ app, store } = await seedApp(backend)));
  afterAll(() => store.runner.close());

  const names = (list: { name: string }[]) => list.map((e) => e.name).sort();

  it('answers who presides 43.117, with the verbatim title and its source', async () => {
    const { data, errors } = await execute(app, /* GraphQL */ `
      {
        roles(kinds: [PRESIDENT, CO_PRESIDENT], organisation: "43117") {
          totalCount
          edges { node { person { name } title kind sources { quote article { title publisher publishedOn } } } }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data!.roles.totalCount).toBe(1);
    const role = data!.roles.edges[0].node;
    expect(role).toMatchObject({ person: { name: 'Nicolas Basso' }, title: 'président', kind: 'PRESIDENT' });
    expect(role.sources[0].quote).toContain('Nicolas Basso, président de 43.117');
    expect(role.sources[0].article.publisher).toBe('Le Journal des Entreprises');
  });

  it('lists the co-presidents of Digital113 from the organisation side', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      { entity(slug: "digital113") { ... on Organisation { roles(kinds: [CO_PRESIDENT]) { edges { node { person { name } title asOf } } } } } }
    `);
    const roles = data!.entity.roles.edges.map((e: any) => e.node);
    expect(names(roles.map((r: any) => r.person))).toEqual(['Daniel Benchimol', 'Pierre Deniset']);
    expect(roles.every((r: any) => r.title === 'co-président')).toBe(true);
  });

  it('tells which clusters merged into Digital113 and when', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      { entity(slug: "digital113") { ... on Organisation { mergedFrom { from { name } into { name } announced effective sources { quote } } } } }
    `);
    const mergers = data!.entity.mergedFrom;
    expect(names(mergers.map((m: any) => m.from))).toEqual(['DigitalPlace', 'FrenchSouth.digital']);
    for (const m of mergers) {
      expect(m).toMatchObject({ into: { name: 'Digital113' }, announced: '2015', effective: '2019-02-05' });
      expect(m.sources.length).toBeGreaterThan(0);
    }
    const { data: back } = await execute(app, `{ entity(slug: "digitalplace") { ... on Organisation { mergedInto { into { slug } } } } }`);
    expect(back!.entity.mergedInto).toEqual([{ into: { slug: 'digital113' } }]);
  });

  it('tells who sponsors TVT Innovation', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      { entity(slug: "tvt-innovation") { ... on Organisation { sponsors { from { name } label sources { quote } } } } }
    `);
    expect(names(data!.entity.sponsors.map((s: any) => s.from))).toEqual(['Crédit agricole', 'GrDF']);
  });

  it('lists the events held in Montpellier, directly or at a venue there', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      { entity(slug: "montpellier") { ... on City { events { totalCount edges { node { slug date city { slug } } } } } } }
    `);
    const events = data!.entity.events.edges.map((e: any) => e.node);
    expect(events.map((e: any) => e.slug)).toEqual(
      expect.arrayContaining(['debat-la-lettre-m-montpellier', 'soiree-inaugurale-digital113-montpellier']),
    );
    expect(data!.entity.events.totalCount).toBe(events.length);
    expect(events.find((e: any) => e.slug === 'debat-la-lettre-m-montpellier')).toMatchObject({
      date: '2015-05-22',
      city: { slug: 'montpellier' },
    });
  });

  it('finds the shortest connection between Daniel Benchimol and Pierre Deniset, every step cited', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      {
        path(from: "daniel-benchimol", to: "pierre-deniset") {
          length
          nodes { slug }
          steps { type label from { slug } to { slug } sources { quote article { title } } }
        }
      }
    `);
    expect(data!.path.length).toBe(2);
    expect(data!.path.nodes.map((n: any) => n.slug)).toEqual(['daniel-benchimol', 'digital113', 'pierre-deniset']);
    for (const step of data!.path.steps) {
      expect(step.type).toBe('HOLDS_ROLE');
      expect(step.to.slug).toBe('digital113');
      expect(step.sources[0].quote.length).toBeGreaterThan(10);
    }
  });

  it('returns null when no chain exists within maxHops or through the allowed types', async () => {
    const { data } = await execute(app, `{ a: path(from: "daniel-benchimol", to: "axelle-lemaire", maxHops: 1) { length } b: path(from: "daniel-benchimol", to: "pierre-deniset", types: [SPONSORS]) { length } c: path(from: "nobody", to: "digital113") { length } }`);
    expect(data).toEqual({ a: null, b: null, c: null });
  });

  it('path and lookups accept global ids where they accept slugs', async () => {
    const { data } = await execute(app, `{ entity(slug: "daniel-benchimol") { id } d: entity(slug: "pierre-deniset") { id } }`);
    const { data: path } = await execute(app, `query($a: String!, $b: String!) { path(from: $a, to: $b) { length } roles(person: $a, kinds: [CO_PRESIDENT]) { totalCount } }`, {
      a: data!.entity.id,
      b: data!.d.id,
    });
    expect(path).toEqual({ path: { length: 2 }, roles: { totalCount: 1 } });
    const { data: node } = await execute(app, `query($id: ID!) { node(id: $id) { id ... on Person { name } } nodes(ids: [$id]) { id } }`, { id: data!.entity.id });
    expect(node).toEqual({ node: { id: data!.entity.id, name: 'Daniel Benchimol' }, nodes: [{ id: data!.entity.id }] });
  });

  it('search ignores accents and case, matches variant spellings and prefixes, and ranks exact first', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      {
        melee: search(query: "melee numerique") { score entity { slug } }
        place: search(query: "digital place") { score entity { slug } }
        ville: search(query: "la ville rose") { entity { slug } }
        prefix: search(query: "Benchi", kinds: [PERSON]) { entity { slug } }
        digital: search(query: "digital") { score entity { slug } }
      }
    `);
    expect(data!.melee[0]).toEqual({ score: 4, entity: { slug: 'la-melee-numerique' } });
    expect(data!.place[0].entity.slug).toBe('digitalplace');
    expect(data!.ville[0].entity.slug).toBe('toulouse');
    expect(data!.prefix).toEqual([{ entity: { slug: 'daniel-benchimol' } }]);
    const scores = data!.digital.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(data!.digital.map((h: any) => h.entity.slug)).toEqual(expect.arrayContaining(['digital113', 'digitalplace']));
  });

  it('filters roles by title, person and activeAt', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      {
        founders: roles(title: "FONDAT") { edges { node { title person { slug } } } }
        in2014: roles(kinds: [MINISTER], activeAt: "2019") { edges { node { person { slug } until } } }
        all: roles(kinds: [MINISTER]) { totalCount }
      }
    `);
    expect(data!.founders.edges.length).toBeGreaterThan(0);
    for (const e of data!.founders.edges) expect(e.node.title.toLowerCase()).toMatch(/fondat/);
    // Fleur Pellerin is "ancienne secrétaire d'État": her role ended before 2019.
    expect(data!.in2014.edges.map((e: any) => e.node.person.slug)).not.toContain('fleur-pellerin');
    expect(data!.all.totalCount).toBeGreaterThan(data!.in2014.edges.length);
  });

  it('pages with opaque keyset cursors: no overlap, no gap, stable totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { data }: any = await execute(app, `query($after: String) { people(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug } } } }`, { after });
      total = data.people.totalCount;
      seen.push(...data.people.edges.map((e: any) => e.node.slug));
      if (!data.people.pageInfo.hasNextPage) break;
      after = data.people.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it('draws a neighbourhood with edges between kept nodes only, and says when the limit cut it', async () => {
    const { data } = await execute(app, /* GraphQL */ `
      {
        small: neighbourhood(of: "digital113", depth: 2, limit: 5) { truncated nodes { slug } edges { from { slug } to { slug } } }
        full: neighbourhood(of: "digital113", depth: 1) { truncated nodes { slug } edges { key } }
      }
    `);
    expect(data!.small.truncated).toBe(true);
    expect(data!.small.nodes.length).toBe(5);
    expect(data!.small.nodes[0].slug).toBe('digital113');
    const kept = new Set(data!.small.nodes.map((n: any) => n.slug));
    for (const e of data!.small.edges) expect(kept.has(e.from.slug) && kept.has(e.to.slug)).toBe(true);
    expect(data!.full.truncated).toBe(false);
    expect(data!.full.nodes.map((n: any) => n.slug)).toEqual(expect.arrayContaining(['daniel-benchimol', 'digitalplace', 'toulouse']));
  });

  it('exposes provenance on facts', async () => {
    const { data } = await execute(app, `{ entity(slug: "digital113") { facts { key value asOf sources { quote article { publisher } } } } }`);
    const facts = data!.entity.facts;
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.sources[0].article.publisher).toBeTruthy();
  });
});
