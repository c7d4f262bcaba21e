import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPES, ROLE_KINDS } from '../../src/domain.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { replaceGraph } from '../../src/store/graph-writer.js';
import { clearGraph } from '../../src/store/queries.js';
import { BACKENDS, seedDataset, seedStore } from '../helpers/seed-app.js';

// What every backend must do the same way. Runs on the embedded store always, on Neo4j when NEO4J_URI is set.
describe.each(BACKENDS)('the %s store', (backend) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seedStore(backend);
  });
  afterAll(() => store.runner.close());

  it('holds exactly the curated data, with its meta', async () => {
    const data = await seedDataset();
    const meta = await store.meta();
    expect(meta).toMatchObject({ articles: data.articles.length, entities: data.entities.length, relations: data.relations.length });
    expect(await store.entityCount(ENTITY_KINDS)).toBe(data.entities.length);
    expect(await store.articleCount()).toBe(data.articles.length);
    const all = await store.relationsOf(data.entities.map((e) => e.slug), RELATION_TYPES, 'OUT');
    expect([...all.values()].flat().length).toBe(data.relations.length);
  });

  it('round-trips an entity: aliases, facts with citations, kind, date', async () => {
    const found = await store.entitiesBySlug(['digital113', 'grand-opening-ftwks', 'missing']);
    expect(found.has('missing')).toBe(false);
    const digital113 = found.get('digital113')!;
    expect(digital113.kind).toBe('ORGANISATION');
    expect(digital113.facts.find((f) => f.key === 'memberCompanies')?.sources[0]?.article).toBeTruthy();
    expect(found.get('grand-opening-ftwks')?.date).toBe('2015-09-24');
    expect(typeof digital113.degree).toBe('number');
  });

  it('separates relations by direction and type, each list in id order', async () => {
    const slug = 'tvt-innovation';
    const incoming = (await store.relationsOf([slug], ['SPONSORS'], 'IN')).get(slug)!;
    const outgoing = (await store.relationsOf([slug], ['SPONSORS'], 'OUT')).get(slug)!;
    const both = (await store.relationsOf([slug], ['SPONSORS'], 'BOTH')).get(slug)!;
    expect(incoming.every((r) => r.to === slug)).toBe(true);
    expect(outgoing.every((r) => r.from === slug)).toBe(true);
    expect(both.length).toBe(incoming.length + outgoing.length);
    expect(both.map((r) => r.id)).toEqual([...both.map((r) => r.id)].sort());
    expect(incoming.map((r) => r.from).sort()).toEqual(['credit-agricole', 'grdf']);
  });

  it('batches many slugs in one call, keeping each list apart', async () => {
    const result = await store.relationsOf(['digital113', 'digitalplace', 'nobody'], ['MERGED_INTO'], 'BOTH');
    expect(result.get('digital113')!.length).toBe(2);
    expect(result.get('digitalplace')!.map((r) => r.to)).toEqual(['digital113']);
    expect(result.get('nobody')).toEqual([]);
  });

  it('pages entities by slug with a keyset', async () => {
    const first = await store.entityPage(['CITY'], '', 3);
    const next = await store.entityPage(['CITY'], first.at(-1)!.slug, 3);
    expect(first.map((e) => e.slug)).toEqual([...first.map((e) => e.slug)].sort());
    expect(next[0]!.slug > first.at(-1)!.slug).toBe(true);
  });

  it('filters roles by kind, title, person, organisation and date overlap', async () => {
    const presidents = await store.rolePage({ kinds: ['PRESIDENT', 'CO_PRESIDENT'] }, '', 100);
    expect(presidents.length).toBe(await store.roleCount({ kinds: ['PRESIDENT', 'CO_PRESIDENT'] }));
    expect(presidents.every((r) => r.roleKind === 'PRESIDENT' || r.roleKind === 'CO_PRESIDENT')).toBe(true);
    const deniset = await store.rolePage({ kinds: ROLE_KINDS, person: 'pierre-deniset' }, '', 100);
    expect(deniset.map((r) => r.to)).toEqual(expect.arrayContaining(['digital113', 'frenchsouth-digital', 'kaliop']));
    const titled = await store.rolePage({ kinds: ROLE_KINDS, title: 'Président Fondateur' }, '', 100);
    expect(titled.map((r) => `${r.from}/${r.roleKind}`).sort()).toEqual(['daniel-benchimol/FOUNDER', 'daniel-benchimol/PRESIDENT']);
    const pellerin = { kinds: ROLE_KINDS, person: 'fleur-pellerin' };
    expect(await store.roleCount({ ...pellerin, activeAt: '2013' })).toBe(1);
    expect(await store.roleCount({ ...pellerin, activeAt: '2019-02' })).toBe(0);
  });

  it('lists the neighbours of a set of entities, best connected first, leaving out the excluded', async () => {
    const data = await seedDataset();
    const around = (slugs: string[]) =>
      new Set(data.relations.flatMap((r) => (slugs.includes(r.from) ? [r.to] : slugs.includes(r.to) ? [r.from] : [])));
    const all = await store.neighbours(['digital113'], ['digital113'], RELATION_TYPES, 1000);
    expect(new Set(all)).toEqual(around(['digital113']));
    expect(all.length).toBe(new Set(all).size);
    const degrees = await store.entitiesBySlug(all);
    const order = all.map((slug) => [degrees.get(slug)!.degree, slug] as const);
    for (let i = 1; i < order.length; i++) {
      const [[d0, s0], [d1, s1]] = [order[i - 1]!, order[i]!];
      expect(d0 > d1 || (d0 === d1 && s0 < s1), `${s0} (${d0}) before ${s1} (${d1})`).toBe(true);
    }
    // A limit takes the first of that order; excluded entities and relation types are honoured; two sources at once.
    expect(await store.neighbours(['digital113'], ['digital113'], RELATION_TYPES, 3)).toEqual(all.slice(0, 3));
    expect(await store.neighbours(['digital113'], ['digital113', all[0]!], RELATION_TYPES, 1000)).toEqual(all.slice(1));
    const roles = await store.neighbours(['digital113'], [], ['HOLDS_ROLE'], 1000);
    expect(new Set(roles)).toEqual(new Set(data.relations.filter((r) => r.type === 'HOLDS_ROLE' && r.to === 'digital113').map((r) => r.from)));
    const two = await store.neighbours(['digital113', 'toulon'], ['digital113', 'toulon'], RELATION_TYPES, 1000);
    expect(new Set(two)).toEqual(new Set([...around(['digital113', 'toulon'])].filter((s) => s !== 'digital113' && s !== 'toulon')));
  });

  it('lists the relations among a set of entities, each once, in id order', async () => {
    const data = await seedDataset();
    const slugs = ['digital113', 'daniel-benchimol', 'pierre-deniset', 'frenchsouth-digital', 'digitalplace', 'toulouse', 'missing'];
    const expected = data.relations.filter((r) => slugs.includes(r.from) && slugs.includes(r.to)).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(3);
    const among = await store.relationsAmong(slugs, RELATION_TYPES);
    expect(among.map((r) => r.id)).toEqual(expected);
    const byId = new Map(data.relations.map((r) => [r.id, r]));
    for (const r of among) expect([r.type, r.from, r.to]).toEqual([byId.get(r.id)!.type, byId.get(r.id)!.from, byId.get(r.id)!.to]);
    expect(among.find((r) => r.type === 'HOLDS_ROLE')?.sources[0]?.quote).toBeTruthy();
    expect(await store.relationsAmong(slugs, ['MERGED_INTO'])).toEqual(among.filter((r) => r.type === 'MERGED_INTO'));
  });

  it('finds events in a city directly or through a venue', async () => {
    const events = await store.eventsInCity(['aix-en-provence', 'albi']);
    expect(events.get('aix-en-provence')).toContain('grand-opening-ftwks');
    expect(events.get('albi')).toEqual([]);
  });

  it('ranks search hits: exact, prefix, word prefix, substring; ties by degree', async () => {
    const hits = await store.search('Mêlée', ENTITY_KINDS, 10);
    expect(hits[0]?.entity.slug).toBe('la-melee-numerique');
    expect(hits[0]?.score).toBe(3);
    const wordPrefix = await store.search('numeriq', ENTITY_KINDS, 50);
    expect(wordPrefix.find((h) => h.entity.slug === 'la-melee-numerique')?.score).toBe(2);
    const substring = await store.search('elee', ENTITY_KINDS, 50);
    expect(substring.find((h) => h.entity.slug === 'la-melee-numerique')?.score).toBe(1);
    expect((await store.search('digitalplace', ENTITY_KINDS, 5))[0]).toMatchObject({ score: 4, entity: { slug: 'digitalplace' } });
    expect(await store.search('   ', ENTITY_KINDS, 5)).toEqual([]);
    expect(await store.search('toulouse', ['PERSON'], 5)).toEqual([]);
  });

  it('finds a shortest path within the hop bound and the types allowed', async () => {
    expect(await store.shortestPath('daniel-benchimol', 'pierre-deniset', 4, RELATION_TYPES)).toMatchObject({
      slugs: ['daniel-benchimol', 'digital113', 'pierre-deniset'],
    });
    expect(await store.shortestPath('daniel-benchimol', 'pierre-deniset', 4, ['SPONSORS'])).toBeNull();
    expect(await store.shortestPath('daniel-benchimol', 'axelle-lemaire', 1, RELATION_TYPES)).toBeNull();
  });

  it('aborts a unit of work at its first error and leaves the graph as it was', async () => {
    await expect(
      store.runner.write(async (tx) => {
        await tx.run(clearGraph, {});
        throw new Error('fault injected after the clear');
      }),
    ).rejects.toThrow('fault injected');
    expect(await store.entityCount(ENTITY_KINDS)).toBe((await seedDataset()).entities.length);
  });

  it('replacing the graph twice gives the same graph (idempotent load)', async () => {
    const data = await seedDataset();
    const first = await replaceGraph(store.runner, data);
    const second = await replaceGraph(store.runner, data);
    expect({ ...second, loadedAt: '' }).toEqual({ ...first, loadedAt: '' });
    expect(await store.entityCount(ENTITY_KINDS)).toBe(data.entities.length);
  });
});
