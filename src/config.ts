import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GRAPH_DATA_DIR: z.string().min(1).default('./.data/graph'),
  CURATED_DATA_DIR: z.string().min(1).default('./data'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  TRACE: flag,
});

export type Env = z.input<typeof schema>;

/** Typed configuration, read from the environment once at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  curatedDataDir: string;
  queryTimeoutMs: number;
  /** Add `extensions.store = { queries, ms }` to every response. */
  trace: boolean;
  store:
    | { backend: 'embedded'; dataDir: string }
    | { backend: 'neo4j'; uri: string; user: string; password: string; database: string };
}

/** Validates the environment; the error lists every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    curatedDataDir: e.CURATED_DATA_DIR,
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    trace: e.TRACE || e.NODE_ENV === 'development',
    store: e.NEO4J_URI
      ? { backend: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : { backend: 'embedded', dataDir: e.GRAPH_DATA_DIR },
  };
}
