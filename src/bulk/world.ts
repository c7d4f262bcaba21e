import type { ArticleRecord, CitationRecord, EntityRecord } from '../data/schema.js';
import type { EntityKind } from '../domain.js';
import { normalizeText } from '../store/search-text.js';
import { Random, weighted } from './random.js';
import * as v from './vocabulary.js';

/** What an entity is for the generator beyond its record: where it sits and what kind of body it is. */
export interface Node {
  record: EntityRecord;
  /** Node index of its city (organisations, places, events). */
  city: number;
  female: boolean;
  category: v.OrgCategory | 'label' | 'network' | 'funder' | null;
}

/** The entities and articles of a synthetic ecosystem, sized from the number of relationships asked for. */
export interface World {
  random: Random;
  nodes: Node[];
  articles: ArticleRecord[];
  cities: number[];
  people: number[];
  orgs: number[];
  places: number[];
  events: number[];
  /** Event series ("French Tech Weeks Lyon") and, per occurrence, the series it belongs to. */
  series: number[];
  occurrences: [event: number, series: number][];
  byCategory: Map<NonNullable<Node['category']>, number[]>;
}

export const MIN_RELATIONSHIPS = 1000;

/** Entity counts per relationship: ~0.14 entities per relationship, the density of the curated graph's people. */
export function sizes(relationships: number) {
  const n = Math.max(MIN_RELATIONSHIPS, relationships);
  return {
    cities: Math.min(2000, Math.max(20, Math.round(n / 2000))),
    people: Math.round(n * 0.09),
    orgs: Math.round(n * 0.03),
    events: Math.round(n * 0.012),
    places: Math.round(n * 0.004),
    articles: Math.round(n / 40),
  };
}

export function buildWorld(relationships: number, seed: number): World {
  const random = new Random(seed);
  const size = sizes(relationships);
  const world: World = {
    random, nodes: [], articles: [], cities: [], people: [], orgs: [], places: [], events: [], series: [],
    occurrences: [], byCategory: new Map(),
  };
  world.articles = buildArticles(random, size.articles);
  const slugs = new SlugSet();
  const add = (kind: EntityKind, name: string, extra: Partial<Node> & Partial<EntityRecord> = {}) => {
    const { city = -1, female = false, category = null, ...record } = extra;
    const index = world.nodes.push({
      record: { slug: slugs.claim(name), kind, name, aliases: [], facts: [], ...record },
      city, female, category,
    }) - 1;
    if (category) (world.byCategory.get(category) ?? world.byCategory.set(category, []).get(category)!).push(index);
    return index;
  };

  // Cities: the real ones first, then communes made from roots and endings; each later one sits in a metropole.
  const townNames = new Set<string>();
  for (let i = 0; i < size.cities; i++) {
    const real = v.CITIES[i];
    let name = real?.[0];
    while (!name || townNames.has(name)) name = `${random.pick(v.TOWN_ROOTS)}${random.pick(v.TOWN_ENDINGS)}`;
    townNames.add(name);
    const region = real?.[1] ?? random.pick(v.REGIONS);
    const aliases = name.startsWith('Saint-') && random.chance(0.5) ? [name.replace('Saint-', 'St-')] : [];
    const population = random.between(2, 900);
    const facts = random.chance(0.5)
      ? [fact(world, 'population', `${population} 000 habitants`, `${name} compte ${population} 000 habitants`)]
      : [];
    world.cities.push(add('CITY', name, { aliases, facts, description: `Commune de la région ${region}`, category: null }));
  }
  const metropoles = world.cities.slice(0, Math.min(20, world.cities.length));
  const cityOf = () => (random.chance(0.6) ? random.pick(metropoles) : world.cities[random.skewed(world.cities.length, 2)]!);
  const cityName = (i: number) => world.nodes[i]!.record.name;
  const fill = (pattern: string, city: number) =>
    pattern
      .replace('{city}', cityName(city))
      .replace('{region}', random.pick(v.REGIONS))
      .replace('{theme}', random.pick(v.THEMES))
      .replace('{brand}', brand(random))
      .replace('{surname}', random.pick(v.LAST_NAMES))
      .replace('{town}', random.pick(v.TOWN_ROOTS))
      .replace('{acronym}', acronymOf(`${random.pick(v.THEMES)} ${random.pick(v.BRAND_HEADS)} ${cityName(city)}`))
      .replace('{kind}', random.pick(v.EVENT_KINDS));

  for (const [name, category, description] of v.HUBS)
    world.orgs.push(add('ORGANISATION', name, { category, description, city: metropoles[0]! }));
  const category = weighted(v.ORG_CATEGORIES);
  while (world.orgs.length < size.orgs) {
    const city = cityOf();
    const kind = category(random);
    const name = fill(kind === 'company' ? random.pick(v.COMPANY_FORMS) : random.pick(v.ORG_PATTERNS[kind]), city);
    const words = name.split(/\s+/).filter((w) => w.length > 2);
    const aliases = words.length >= 3 && random.chance(0.4) ? [acronymOf(name)] : [];
    const facts = random.chance(0.25) ? orgFacts(world, name, kind) : [];
    const description = `${ORG_DESCRIPTIONS[kind]} à ${cityName(city)}`;
    world.orgs.push(add('ORGANISATION', name, { category: kind, city, aliases, facts, description }));
  }

  for (let i = 0; i < size.places; i++) {
    const city = cityOf();
    world.places.push(add('PLACE', fill(random.pick(v.PLACE_PATTERNS), city), { city, description: `Lieu à ${cityName(city)}` }));
  }

  const seriesCount = Math.max(1, Math.round(size.events * 0.08));
  for (let i = 0; i < seriesCount; i++) {
    const city = cityOf();
    const name = fill(random.pick(v.SERIES_PATTERNS), city);
    const aliases = name.split(' ').length >= 3 && random.chance(0.3) ? [acronymOf(name)] : [];
    const index = add('EVENT', name, { city, aliases, description: `Série d'événements à ${cityName(city)}` });
    world.series.push(index);
    world.events.push(index);
  }
  while (world.events.length < size.events) {
    const year = random.between(2012, 2024);
    const date = partialDate(random, year, 0.8);
    const inSeries = random.chance(0.45);
    const series = random.pick(world.series);
    const city = inSeries ? world.nodes[series]!.city : cityOf();
    const name = inSeries
      ? `${world.nodes[series]!.record.name} ${year}`
      : random.chance(0.3)
        ? `${random.pick(['Assemblée générale de', 'Soirée inaugurale de', 'Lancement de'])} ${world.nodes[random.pick(world.orgs)]!.record.name} ${year}`
        : `${random.pick(v.EVENT_KINDS)} ${random.pick(v.THEMES)} ${cityName(city)} ${year}`;
    const attendance = random.between(1, 40) * 50;
    const facts = random.chance(0.3)
      ? [fact(world, 'attendance', `${attendance} participants`, `${name} a réuni ${attendance} participants`)]
      : [];
    const index = add('EVENT', name, { city, date, facts, description: `Événement à ${cityName(city)}` });
    world.events.push(index);
    if (inSeries) world.occurrences.push([index, series]);
  }

  while (world.people.length < size.people) {
    const female = random.chance(0.42);
    const first = random.pick(female ? v.FIRST_NAMES_F : v.FIRST_NAMES_M);
    const last = random.chance(0.08) ? `${random.pick(v.LAST_NAMES)}-${random.pick(v.LAST_NAMES)}` : random.pick(v.LAST_NAMES);
    const name = `${first} ${last}`;
    // As in the curated data ("Jérome Orgeas"): a spelling variant dropping an accent.
    const plain = name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    const aliases = plain !== name && random.chance(0.05) ? [plain] : [];
    world.people.push(add('PERSON', name, { female, aliases }));
  }
  return world;
}

const ORG_DESCRIPTIONS: Record<v.OrgCategory, string> = {
  company: 'Entreprise du numérique',
  association: 'Association professionnelle',
  cluster: 'Cluster numérique',
  public: 'Collectivité ou organisme public',
  lab: 'Laboratoire de recherche',
  school: "Établissement d'enseignement supérieur",
  incubator: 'Incubateur et accélérateur de start-up',
  media: "Média de l'économie numérique",
};

function orgFacts(world: World, name: string, kind: v.OrgCategory) {
  const { random } = world;
  const year = random.between(1985, 2022);
  const facts = [fact(world, 'foundedIn', String(year), `${name}, fondé en ${year}`)];
  if (kind === 'association' || kind === 'cluster') {
    const n = random.between(12, 400);
    facts.push(fact(world, 'memberCompanies', `${n} entreprises adhérentes`, `${name} fédère ${n} entreprises adhérentes`));
  } else if (random.chance(0.5)) {
    const n = random.between(3, 2500);
    facts.push(fact(world, 'employees', `${n} salariés`, `${name} emploie ${n} salariés`));
  }
  return facts;
}

function fact(world: World, key: string, value: string, quote: string) {
  const source = citation(world, quote);
  const inferred = world.random.chance(0.1);
  const asOf = world.random.chance(0.6) ? articleDate(world, source.article) : null;
  return { key, value, asOf, inferred, ...(inferred ? { note: 'asOf taken from the article date' } : {}), sources: [source] };
}

/** A citation of a random article (a few articles cite much of the graph, as long features do). */
export function citation(world: World, quote: string): CitationRecord {
  const article = world.articles[world.random.skewed(world.articles.length, 1.6)]!;
  return { article: article.id, quote: quote.length > 300 ? `${quote.slice(0, 297).trimEnd()}…` : quote };
}

export function articleDate(world: World, id: string): string | null {
  const index = Number(id.slice(id.lastIndexOf('-') + 1));
  return world.articles[index]?.publishedOn ?? null;
}

function buildArticles(random: Random, count: number): ArticleRecord[] {
  const articles: ArticleRecord[] = [];
  for (let i = 0; i < count; i++) {
    const headline = random
      .pick(v.HEADLINES)
      .replace('{org}', brand(random))
      .replace('{org2}', brand(random))
      .replace('{city}', random.pick(v.CITIES)[0])
      .replace('{event}', `${random.pick(v.EVENT_KINDS)} ${random.pick(v.THEMES)}`)
      .replace('{theme}', random.pick(v.THEMES).toLowerCase());
    const year = random.between(2012, 2024);
    const precise = random.chance(0.8);
    const slug = normalizeText(headline).split(' ').slice(0, 6).join('-');
    articles.push({
      id: `${slug}-${i}`,
      file: `synthetic/${String(i).padStart(7, '0')}.txt`,
      title: headline,
      publisher: random.chance(0.9) ? random.pick(v.PUBLISHERS) : null,
      publishedOn: partialDate(random, year, precise ? 0.9 : 0),
      ...(precise ? {} : { dateInferredFrom: `no printed date; events of the article place it in ${year}` }),
    });
  }
  return articles;
}

/** YYYY, YYYY-MM or YYYY-MM-DD: more precise with probability `precision`. */
export function partialDate(random: Random, year: number, precision: number): string {
  if (!random.chance(precision)) return String(year);
  const month = String(random.between(1, 12)).padStart(2, '0');
  if (random.chance(0.5)) return `${year}-${month}`;
  return `${year}-${month}-${String(random.between(1, 28)).padStart(2, '0')}`;
}

function brand(random: Random): string {
  const middle = random.chance(0.6) ? random.pick(v.BRAND_MIDDLES) : '';
  return `${random.pick(v.BRAND_HEADS)}${middle}${random.pick(v.BRAND_TAILS)}`;
}

function acronymOf(name: string): string {
  const letters = name
    .split(/[\s'’-]+/)
    .filter((w) => w.length > 2 && !['des', 'les', 'du', 'de', 'la', 'le'].includes(w.toLowerCase()))
    .map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')[0]!.toUpperCase());
  return letters.join('') || 'X';
}

/** Slugs from names, "-2", "-3" for namesakes, as the curated data would disambiguate them. */
class SlugSet {
  private readonly used = new Map<string, number>();

  claim(name: string): string {
    const base = normalizeText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    if (n === 1) return base;
    const slug = `${base}-${n}`;
    // "jean-martin-2" may itself be a name's slug one day: keep claiming until free.
    return this.used.has(slug) ? this.claim(slug) : (this.used.set(slug, 1), slug);
  }
}
