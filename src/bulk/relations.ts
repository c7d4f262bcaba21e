import { deriveRelationId } from '../data/dataset.js';
import type { RelationRecord } from '../data/schema.js';
import { RELATION_TYPES, ROLE_KINDS, type RelationType, type RoleKind } from '../domain.js';
import { weighted } from './random.js';
import { ROLE_KINDS_BY_CATEGORY, ROLE_TITLES, RELATION_PHRASES } from './vocabulary.js';
import { articleDate, citation, partialDate, type World } from './world.js';

type Draft = Omit<RelationRecord, 'id'>;

/**
 * How the relationships split by type, as shares of the total: the curated graph's mix, with events and roles
 * dominating. PARTICIPATED_IN takes what is left so the total is exactly what was asked for.
 */
const SHARES: Partial<Record<RelationType, number>> = {
  HOLDS_ROLE: 0.2,
  MEMBER_OF: 0.19,
  SPONSORS: 0.07,
  MERGED_INTO: 0.003,
  LOCATED_IN: 0.05,
  ORGANISED: 0.025,
  PARTNER_OF: 0.1,
  CANDIDATE_TO: 0.012,
  LABELLED: 0.02,
  PART_OF: 0.005,
};

export function quotas(world: World, relationships: number): Record<RelationType, number> {
  const out = Object.fromEntries(RELATION_TYPES.map((t) => [t, Math.round((SHARES[t] ?? 0) * relationships)])) as Record<
    RelationType,
    number
  >;
  out.HELD_IN = world.events.length;
  out.PARTICIPATED_IN = relationships - RELATION_TYPES.reduce((sum, t) => (t === 'PARTICIPATED_IN' ? sum : sum + out[t]), 0);
  return out;
}

/** Every relationship, type after type, each unique by its derived id; exactly `relationships` of them. */
export function* generateRelations(world: World, relationships: number): Generator<RelationRecord> {
  const quota = quotas(world, relationships);
  const index = new Map(world.nodes.map((n, i) => [n.record.slug, i]));
  if (world.nodes.length >= 2 ** 21) throw new Error('The generator handles at most 2^21 entities (about 15M relationships)');
  // The derived id as a number: (type, role kind, from, to) packed in 50 bits. A million id strings in a Set made
  // the garbage collector the generator's main cost.
  const seen = new KeySet();
  for (const [t, type] of RELATION_TYPES.entries()) {
    let made = 0;
    let misses = 0;
    for (const draft of DRAFTS[type](world)) {
      if (made >= quota[type]) break;
      const kind = draft.roleKind ? ROLE_KINDS.indexOf(draft.roleKind) + 1 : 0;
      const key = ((t * 16 + kind) * 2 ** 21 + index.get(draft.from)!) * 2 ** 21 + index.get(draft.to)!;
      if (draft.from === draft.to || !seen.add(key)) {
        if (++misses > 50 * quota[type] + 10_000)
          throw new Error(`Cannot place ${quota[type]} distinct ${type} relations in a graph this small`);
        continue;
      }
      made++;
      yield { id: deriveRelationId(draft), ...draft };
    }
  }
}

/** A set of non-zero integers below 2^53 in one typed array (open addressing): nothing for the GC to trace. */
class KeySet {
  private table = new Float64Array(1 << 16);
  private size = 0;

  /** Adds `key`; false when it was already there. */
  add(key: number): boolean {
    if (this.size * 2 >= this.table.length) this.grow();
    const at = this.slot(this.table, key);
    if (this.table[at] === key) return false;
    this.table[at] = key;
    this.size++;
    return true;
  }

  private slot(table: Float64Array, key: number): number {
    const mask = table.length - 1;
    let i = (Math.imul(key % 4294967296, 0x9e3779b1) ^ Math.imul(Math.floor(key / 4294967296), 0x85ebca6b)) & mask;
    while (table[i] !== 0 && table[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const key of old) if (key !== 0) this.table[this.slot(this.table, key)] = key;
  }
}

type Stream = (world: World) => Generator<Draft>;

const role = (world: World, person: number, org: number, kind?: RoleKind): Draft => {
  const { random, nodes } = world;
  const category = nodes[org]!.category ?? 'company';
  const roleKind = kind ?? kindFor[category](random);
  const title = random.pick(ROLE_TITLES[roleKind])[nodes[person]!.female ? 1 : 0];
  const quote = `${nodes[person]!.record.name}, ${title} de ${nodes[org]!.record.name}`;
  const draft = base(world, 'HOLDS_ROLE', person, org, quote, { title, roleKind });
  if (random.chance(0.5)) {
    const since = random.between(1995, 2022);
    draft.since = partialDate(random, since, 0.3);
    if (random.chance(0.2)) draft.until = String(random.between(since + 1, Math.min(2024, since + 8)));
  } else if (random.chance(0.4)) {
    // As in the curated data: the role is known to hold when the article was written.
    draft.asOf = articleDate(world, draft.sources[0]!.article);
    draft.inferred = true;
    draft.note = 'asOf taken from the article date';
  }
  return draft;
};
const kindFor = Object.fromEntries(
  Object.entries(ROLE_KINDS_BY_CATEGORY).map(([category, table]) => [category, weighted(table)]),
) as Record<keyof typeof ROLE_KINDS_BY_CATEGORY, ReturnType<typeof weighted<RoleKind>>>;

function base(world: World, type: RelationType, from: number, to: number, quote: string, extra: Partial<Draft> = {}): Draft {
  const sources = [citation(world, quote)];
  if (world.random.chance(0.15)) sources.push(citation(world, quote));
  const phrases = (RELATION_PHRASES as Partial<Record<RelationType, readonly string[]>>)[type];
  const label = phrases && world.random.chance(0.35) ? { label: world.random.pick(phrases) } : {};
  return {
    type, from: world.nodes[from]!.record.slug, to: world.nodes[to]!.record.slug, since: null, until: null, asOf: null,
    announced: null, effective: null, inferred: false, sources, ...label, ...extra,
  };
}

const name = (world: World, i: number) => world.nodes[i]!.record.name;
const some = (world: World, list: readonly number[], skew = 1.3) => list[world.random.skewed(list.length, skew)]!;
const group = (world: World, ...categories: string[]) =>
  categories.flatMap((c) => world.byCategory.get(c as never) ?? []);
const labels = (w: World) => group(w, 'label');

const DRAFTS: Record<RelationType, Stream> = {
  *HOLDS_ROLE(w) {
    // Everyone holds a role, every body but the labels has a head; then boards and executives accumulate.
    const heads = w.orgs.filter((o) => w.nodes[o]!.category !== 'label');
    for (const person of w.people) yield role(w, person, some(w, heads, 2.2));
    for (const org of heads) yield role(w, some(w, w.people, 1.5), org, w.random.chance(0.7) ? 'PRESIDENT' : 'DIRECTOR');
    for (;;) yield role(w, some(w, w.people, 1.8), some(w, heads, 2.2));
  },
  *MEMBER_OF(w) {
    const networks = group(w, 'network');
    const bodies = group(w, 'association', 'cluster', 'incubator');
    for (;;) {
      const r = w.random.next();
      const from = r < 0.4 ? some(w, w.people, 1.2) : r < 0.95 ? some(w, w.orgs, 1.2) : some(w, w.cities, 1.5);
      const to = w.random.chance(r < 0.4 ? 0.15 : 0.3) ? some(w, networks, 1.5) : some(w, bodies, 1.8);
      yield base(w, 'MEMBER_OF', from, to, `${name(w, from)}, membre de ${name(w, to)}`);
    }
  },
  *SPONSORS(w) {
    const funders = group(w, 'funder');
    const companies = group(w, 'company');
    const bodies = group(w, 'association', 'cluster', 'incubator', 'school');
    for (;;) {
      const r = w.random.next();
      const from = r < 0.25 ? some(w, funders, 1.5) : r < 0.85 ? some(w, companies, 2) : some(w, w.people);
      const to = w.random.chance(0.5) ? some(w, w.events, 1.5) : some(w, bodies, 1.5);
      const amount = w.random.chance(0.3)
        ? { amount: w.random.chance(0.7) ? `${w.random.between(5, 900)} k€` : `${w.random.between(1, 200)} M€` }
        : {};
      const since = w.random.chance(0.4) ? { since: String(w.random.between(2005, 2024)) } : {};
      yield base(w, 'SPONSORS', from, to, `${name(w, from)} soutient ${name(w, to)}`, { ...amount, ...since });
    }
  },
  *MERGED_INTO(w) {
    const merged = new Set<number>();
    const pool = group(w, 'association', 'cluster', 'company', 'incubator');
    for (let tries = 0; tries < 100 * pool.length; tries++) {
      const from = some(w, pool, 1);
      const to = some(w, pool, 2);
      // An organisation merges once, into one that still exists.
      if (merged.has(from) || merged.has(to)) continue;
      merged.add(from);
      const year = w.random.between(2008, 2023);
      const announced = partialDate(w.random, year, 0.7);
      const effective = w.random.chance(0.7) ? String(year + w.random.between(0, 1)) : null;
      const quote = `${name(w, from)} et ${name(w, to)} ont annoncé leur fusion`;
      yield base(w, 'MERGED_INTO', from, to, quote, { announced, effective });
    }
  },
  *LOCATED_IN(w) {
    const placesIn = new Map<number, number[]>();
    for (const p of w.places) placesIn.set(w.nodes[p]!.city, [...(placesIn.get(w.nodes[p]!.city) ?? []), p]);
    const located = (from: number, to: number) => base(w, 'LOCATED_IN', from, to, `${name(w, from)}, à ${name(w, to)}`);
    for (const org of w.orgs) yield located(org, w.nodes[org]!.city);
    for (const place of w.places) yield located(place, w.nodes[place]!.city);
    for (const city of w.cities.slice(20)) yield located(city, w.cities[w.random.int(Math.min(20, w.cities.length))]!);
    for (;;) {
      const org = some(w, w.orgs, 1.5);
      const sites = placesIn.get(w.nodes[org]!.city);
      yield located(org, sites && w.random.chance(0.6) ? w.random.pick(sites) : some(w, w.cities, 2));
    }
  },
  *HELD_IN(w) {
    const placesIn = new Map<number, number[]>();
    for (const p of w.places) placesIn.set(w.nodes[p]!.city, [...(placesIn.get(w.nodes[p]!.city) ?? []), p]);
    for (const event of w.events) {
      const city = w.nodes[event]!.city;
      const venues = placesIn.get(city);
      const to = venues && w.random.chance(0.35) ? w.random.pick(venues) : city;
      yield base(w, 'HELD_IN', event, to, `${name(w, event)} s'est tenu à ${name(w, to)}`);
    }
  },
  *ORGANISED(w) {
    const organiser = () => (w.random.chance(0.75) ? some(w, w.orgs, 1.6) : some(w, w.people, 1.3));
    const organised = (from: number, to: number) =>
      base(w, 'ORGANISED', from, to, `${name(w, to)}, organisé par ${name(w, from)}`);
    for (const event of w.events) yield organised(organiser(), event);
    for (;;) yield organised(organiser(), some(w, w.events, 1.2));
  },
  *PARTICIPATED_IN(w) {
    for (;;) {
      const from = w.random.chance(0.7) ? some(w, w.people, 1.2) : some(w, w.orgs, 1.5);
      const to = some(w, w.events, 1.4);
      yield base(w, 'PARTICIPATED_IN', from, to, `${name(w, from)} a participé à ${name(w, to)}`);
    }
  },
  *PARTNER_OF(w) {
    for (;;) {
      const from = w.random.chance(0.85) ? some(w, w.orgs, 1.6) : some(w, w.people, 1.3);
      const to = w.random.chance(0.75) ? some(w, w.orgs, 1.8) : some(w, w.events, 1.3);
      yield base(w, 'PARTNER_OF', from, to, `${name(w, from)}, partenaire de ${name(w, to)}`);
    }
  },
  *CANDIDATE_TO(w) {
    const candidates = group(w, 'cluster', 'association', 'public', 'incubator', 'company');
    const clusters = group(w, 'cluster');
    for (;;) {
      const from = w.random.chance(0.3) ? some(w, w.cities, 1.2) : some(w, candidates, 1.3);
      const to = w.random.chance(0.9) || clusters.length === 0 ? some(w, labels(w), 2) : some(w, clusters);
      const outcome = w.random.pick(['retenue', 'retenue', 'non retenue', 'en cours']);
      const asOf = String(w.random.between(2013, 2024));
      yield base(w, 'CANDIDATE_TO', from, to, `la candidature de ${name(w, from)} à ${name(w, to)}`, { outcome, asOf });
    }
  },
  *LABELLED(w) {
    for (;;) {
      const from = w.random.chance(0.15) ? some(w, w.cities, 1.2) : some(w, w.orgs, 1.1);
      const to = some(w, labels(w), 1.7);
      const since = w.random.chance(0.6) ? { since: String(w.random.between(2014, 2024)) } : {};
      yield base(w, 'LABELLED', from, to, `${name(w, from)} a obtenu le ${name(w, to)}`, since);
    }
  },
  *PART_OF(w) {
    const partOf = (from: number, to: number) => base(w, 'PART_OF', from, to, `${name(w, from)}, dans le cadre de ${name(w, to)}`);
    for (const [event, series] of w.occurrences) yield partOf(event, series);
    for (;;) yield partOf(some(w, w.events, 1), some(w, w.series, 1.5));
  },
};
