import { z } from 'zod';
import { DEFAULT_LIMITS, type OperationLimits } from './plugins/operation-limits.js';

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
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10000),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
  MAX_DEPTH: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: z.coerce.number().int().nonnegative().default(DEFAULT_LIMITS.maxAliases),
  MAX_DIRECTIVES: z.coerce.number().int().nonnegative().default(DEFAULT_LIMITS.maxDirectives),
  MAX_TOKENS: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxTokens),
  INTROSPECTION: z.enum(['true', 'false', '1', '0']).optional(),
  CORS_ORIGINS: z.string().default(''),
  TRUSTED_DOCUMENTS_ONLY: flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  requestTimeoutMs: number;
  shutdownGraceMs: number;
  maxBodyBytes: number;
  limits: OperationLimits;
  /** Introspection (and GraphiQL, which needs it): on unless INTROSPECTION=false. */
  introspection: boolean;
  /** Origins allowed by CORS; empty: same origin only; ['*']: any. */
  corsOrigins: string[];
  trustedDocumentsOnly: boolean;
  logLevel: string;
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
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    maxBodyBytes: e.MAX_BODY_BYTES,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      exposeLimits: e.NODE_ENV !== 'production',
    },
    introspection: e.INTROSPECTION === undefined ? true : e.INTROSPECTION === 'true' || e.INTROSPECTION === '1',
    corsOrigins: e.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    trustedDocumentsOnly: e.TRUSTED_DOCUMENTS_ONLY,
    logLevel: e.LOG_LEVEL,
    store: e.NEO4J_URI
      ? { backend: 'neo4j', uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : { backend: 'embedded', dataDir: e.GRAPH_DATA_DIR },
  };
}
