import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES, type RelationType } from '../domain.js';

/** The two Cypher dialects the store speaks. */
export type Dialect = 'ladybug' | 'neo4j';
export const DIALECTS: readonly Dialect[] = ['ladybug', 'neo4j'];

export type QueryParams = Record<string, unknown>;

/**
 * A named query: its text lives in `cypher/<dialect>/<name>.cypher` when the dialects differ, else in
 * `cypher/shared/<name>.cypher`. `P` and `R` type the parameters and the rows it returns (pgtyped's idea).
 */
export interface QueryDef<P extends QueryParams, R> {
  readonly name: string;
  readonly access: 'read' | 'write';
  /** Phantom fields: carry the types, never set. */
  readonly _params?: P;
  readonly _row?: R;
}

/**
 * Values that may be spliced into the query text. Only for what neither engine accepts as a parameter
 * (relationship types in a pattern, variable-length bounds); each is checked against a closed set here.
 */
export interface TemplateSlots {
  relationTypes?: readonly RelationType[];
  maxHops?: number;
  /** Bulk import: the CSV file a LadybugDB COPY reads (COPY takes no parameter for its file). */
  csvFile?: string;
}

/** Absolute, made of letters, digits, '.', '_', '-' and '/' only, no '.' or '..' segment, ending in .csv. */
const CSV_FILE = /^(?:\/(?!\.{1,2}(?:\/|$))[A-Za-z0-9._-]+)+\.csv$/;

export const MAX_PATH_HOPS = 6;

const registered = new Map<string, QueryDef<QueryParams, unknown>>();

/** Declares a named query; every declared query must have a file for each dialect, checked at start-up. */
export function defineQuery<P extends QueryParams, R>(name: string, access: 'read' | 'write' = 'read'): QueryDef<P, R> {
  const def: QueryDef<P, R> = { name, access };
  registered.set(name, def as QueryDef<QueryParams, unknown>);
  return def;
}

/** Every query declared so far. */
export function registeredQueries(): QueryDef<QueryParams, unknown>[] {
  return [...registered.values()];
}

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

/** Where a query's text lives for a dialect, or null when no file exists. */
export function queryFile(name: string, dialect: Dialect, root = CYPHER_DIR): string | null {
  for (const dir of [dialect, 'shared']) {
    const file = path.join(root, dir, `${name}.cypher`);
    if (existsSync(file)) return file;
  }
  return null;
}

/** The query texts of one dialect, read once; throws at start-up naming every missing file. */
export class CypherBook {
  private readonly texts = new Map<string, string>();

  constructor(
    readonly dialect: Dialect,
    root = CYPHER_DIR,
  ) {
    const missing: string[] = [];
    for (const def of registered.values()) {
      const file = queryFile(def.name, dialect, root);
      if (file) this.texts.set(def.name, readFileSync(file, 'utf8'));
      else missing.push(def.name);
    }
    if (missing.length > 0)
      throw new Error(`Missing Cypher for dialect ${dialect}: ${missing.map((m) => `${m}.cypher`).join(', ')} under ${root}`);
  }

  /** The text to run, with template slots filled from their closed sets. */
  text(def: QueryDef<QueryParams, unknown>, slots: TemplateSlots = {}): string {
    const text = this.texts.get(def.name);
    if (text === undefined) throw new Error(`Query ${def.name} is not registered`);
    return fillSlots(text, slots, def.name);
  }
}

/** Splices template slots; refuses anything outside their closed sets so no user text reaches Cypher. */
export function fillSlots(text: string, slots: TemplateSlots, name = 'query'): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    if (slot === 'relationTypes') {
      const types = slots.relationTypes;
      if (!types || types.length === 0 || !types.every((t) => (RELATION_TYPES as readonly string[]).includes(t)))
        throw new Error(`${name}: relationTypes slot needs known relation types`);
      return [...new Set(types)].join('|');
    }
    if (slot === 'maxHops') {
      const hops = slots.maxHops;
      if (!Number.isInteger(hops) || hops! < 1 || hops! > MAX_PATH_HOPS)
        throw new Error(`${name}: maxHops slot needs an integer from 1 to ${MAX_PATH_HOPS}`);
      return String(hops);
    }
    if (slot === 'csvFile') {
      const file = slots.csvFile;
      if (typeof file !== 'string' || !CSV_FILE.test(file) || !existsSync(file) || !statSync(file).isFile())
        throw new Error(`${name}: csvFile slot needs the absolute path of an existing .csv file, in [A-Za-z0-9._/-]`);
      return file;
    }
    throw new Error(`${name}: unknown template slot {{${slot}}}`);
  });
}
