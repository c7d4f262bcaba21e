import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, seedDataset } from '../helpers/seed-app.js';

// Fuzzing the real server: `node --import tsx src/server.ts` in a child process (NODE_ENV=production, its own data
// directory, loaded from data/ on start), fed >= 10,000 generated requests over HTTP on 127.0.0.1. Reproducible: the
// requests come from fast-check with a fixed seed (FUZZ_SEED, FUZZ_RUNS override it). What must hold for every one:
// no 5xx, no internals in the body (stack frames, source paths, Cypher, store error text), every GraphQL error has
// `extensions.code` and none is a masked INTERNAL_SERVER_ERROR; afterwards, the server answers as it did before.

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = Number(process.env.FUZZ_SEED ?? 20_190_205);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = 16;
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

// ---------------------------------------------------------------------------------------------------------------
// The server under test
// ---------------------------------------------------------------------------------------------------------------

interface RunningServer {
  child: ChildProcess;
  origin: string;
  dataDir: string;
  /** Log lines at pino level error (50) or fatal (60): unexpected errors the server caught. */
  errorLogs: string[];
  tail: string[];
  /** performance.now() when the server announced it was listening. */
  startedAt: number;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'fuzz-graph-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    GRAPH_DATA_DIR: path.join(dataDir, 'graph'),
    CURATED_DATA_DIR: DATA_DIR,
  };
  // The default configuration (embedded store, default limits), whatever the developer's shell exports (src/config.ts).
  for (const name of [
    'NEO4J_URI', 'QUERY_TIMEOUT_MS', 'REQUEST_TIMEOUT_MS', 'SHUTDOWN_GRACE_MS', 'MAX_BODY_BYTES', 'MAX_DEPTH', 'MAX_ALIASES',
    'MAX_DIRECTIVES', 'MAX_TOKENS', 'INTROSPECTION', 'CORS_ORIGINS', 'TRUSTED_DOCUMENTS_ONLY', 'LOG_LEVEL', 'TRACE',
  ])
    delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const server: RunningServer = { child, origin: `http://127.0.0.1:${port}`, dataDir, errorLogs: [], tail: [], startedAt: 0 };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${server.tail.join('\n')}`)), 60_000);
    const onLine = (line: string) => {
      server.tail.push(line.slice(0, 2_000));
      if (server.tail.length > 40) server.tail.shift();
      if (/"level":(50|60)\b/.test(line)) server.errorLogs.push(line.slice(0, 4_000));
      if (line.includes('ecosystem-graph on http://')) {
        server.startedAt = performance.now();
        clearTimeout(timer);
        resolve();
      }
    };
    // Both streams are read to the end, so a chatty log can never fill a pipe and stall the server.
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${server.tail.join('\n')}`));
    });
  });
  return server;
}

async function stopServer(server: RunningServer | undefined): Promise<number | null> {
  if (!server) return null;
  const { child } = server;
  let code: number | null = child.exitCode;
  if (code === null && child.signalCode === null) {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    code = await exited;
    clearTimeout(timer);
  }
  await rm(server.dataDir, { recursive: true, force: true });
  return code;
}

// ---------------------------------------------------------------------------------------------------------------
// Requests and what must hold of every response
// ---------------------------------------------------------------------------------------------------------------

interface FuzzRequest {
  category: string;
  method: string;
  /** Path and query string, e.g. "/graphql?query=…". */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** Sent with Transfer-Encoding: chunked, in two pieces. */
  chunked?: boolean;
}

interface Outcome {
  status: number;
  contentType: string;
  text: string;
  ms: number;
}

/** Keep-alive connections, at most CONCURRENCY of them, each remembering the request it last carried. */
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const lastOnSocket = new WeakMap<Socket, FuzzRequest>();

/** A failed exchange, with the request the same connection carried before (the likelier culprit of a reset). */
class ExchangeError extends Error {
  constructor(
    message: string,
    readonly previous: FuzzRequest | undefined,
  ) {
    super(message);
  }
}

/** One exchange over node:http: the path goes out byte for byte (no URL normalisation), the body in one piece or chunked. */
function send(origin: URL, request: FuzzRequest): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let previous: FuzzRequest | undefined;
    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : Buffer.from(request.body);
    const chunked = body !== undefined && request.chunked === true && body.length > 1;
    // Framing stated outright: node:http sends a DELETE's or OPTIONS's body with neither header, which is no HTTP.
    const headers = { ...request.headers, ...(body === undefined ? {} : chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(body.length) }) };
    const outgoing = httpRequest(
      { host: origin.hostname, port: origin.port, method: request.method, path: request.path, headers, agent, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => reject(new ExchangeError(`response: ${error.message}`, previous)));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
      },
    );
    outgoing.on('socket', (socket: Socket) => {
      previous = lastOnSocket.get(socket);
      lastOnSocket.set(socket, request);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer in 30 s')));
    outgoing.on('error', (error: NodeJS.ErrnoException) => reject(new ExchangeError(`${error.code ?? ''} ${error.message}`, previous)));
    if (body && chunked) {
      // Transfer-Encoding: chunked, no Content-Length: the body limit must count bytes as they stream.
      const half = body.length >> 1;
      outgoing.write(body.subarray(0, half));
      outgoing.end(body.subarray(half));
    } else outgoing.end(body);
  });
}

/**
 * Internals a response must never show. A match is excused only when the request itself holds the same text (an echo).
 * Every pattern runs in linear time: error messages echo inputs of 100 KB, and a backtracking pattern would stall the
 * client for seconds (and let the server's keep-alive timeout close its idle connections under it).
 */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /(?:\n|\\n)\s{0,12}at [^\s()"]{1,200} \(|(?:\n|\\n) {4}at /],
  ['source position', /\.(?:ts|js|mjs|cjs):\d+/],
  ['repository path', /\/work\/|\/home\/|\/tmp\/fuzz-graph-/],
  ['node_modules', /node_modules/],
  ['Cypher', /\b(?:MATCH|MERGE|OPTIONAL MATCH|UNWIND) \(|\bDETACH DELETE\b|\bRETURN [a-z]\w{0,30} (?:LIMIT|ORDER BY|SKIP)\b/],
  ['store exception', /\b(?:Binder|Parser|Runtime|Catalog|Copy|Transaction|Connection|Interrupt) exception\b/i],
  ['store name', /LadybugDB|\bkuzu\b|\.lbug\b|\bNeo4j\b|\bNeo\.(?:ClientError|TransientError|DatabaseError)\b/i],
  ['JavaScript error', /\b(?:TypeError|ReferenceError|RangeError)\b|Cannot read propert|is not a function|is not iterable|Maximum call stack/],
];

function requestText(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : typeof request.body === 'string' ? request.body : Buffer.from(request.body).toString('utf8');
  let url = request.path;
  try {
    url = decodeURIComponent(request.path.replace(/\+/g, ' '));
  } catch {
    // A malformed escape on purpose: compare with the raw path.
  }
  return `${url}\n${request.path}\n${body}`;
}

/** GraphQL results in a response body: JSON, each event of a text/event-stream, each part of a multipart/mixed. */
function graphqlResults(outcome: Outcome): unknown[] {
  const tryParse = (text: string) => {
    try {
      return [JSON.parse(text) as unknown];
    } catch {
      return [];
    }
  };
  if (/event-stream/.test(outcome.contentType))
    return outcome.text.split('\n').filter((l) => l.startsWith('data: ')).flatMap((l) => tryParse(l.slice(6)));
  if (/multipart\/mixed/.test(outcome.contentType))
    return [...outcome.text.matchAll(/\r\n\r\n(\{[\s\S]*?\})\r\n-{3}/g)].flatMap((m) => tryParse(m[1]!));
  if (/json/.test(outcome.contentType)) return tryParse(outcome.text).flatMap((v) => (Array.isArray(v) ? v : [v]));
  return [];
}

const isResult = (value: unknown): value is { data?: unknown; errors?: unknown[] } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && ('data' in value || 'errors' in value);

/** Problems with one response; none for a good one. */
function problems(request: FuzzRequest, outcome: Outcome): string[] {
  const found: string[] = [];
  if (outcome.status >= 500) found.push(`status ${outcome.status}`);
  const sent = requestText(request);
  for (const [name, pattern] of LEAKS) {
    const match = pattern.exec(outcome.text);
    if (match && !sent.includes(match[0].trim())) found.push(`leaks ${name}: ${JSON.stringify(match[0])}`);
  }
  for (const result of graphqlResults(outcome).filter(isResult)) {
    for (const error of Array.isArray(result.errors) ? result.errors : []) {
      const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
      if (typeof code !== 'string' || code === '') found.push(`error without extensions.code: ${JSON.stringify(error).slice(0, 200)}`);
      else if (code === 'INTERNAL_SERVER_ERROR') found.push(`masked unexpected error (INTERNAL_SERVER_ERROR)`);
    }
  }
  return found;
}

/** Node's default --max-http-header-size (16 KB), less what the agent adds (Host, Connection). */
const HEADER_LIMIT = 16 * 1024 - 256;
const headerBytes = (request: FuzzRequest) =>
  Buffer.byteLength(`${request.method} ${request.path} HTTP/1.1\r\n`) +
  Object.entries(request.headers).reduce((n, [name, value]) => n + Buffer.byteLength(`${name}: ${value}\r\n`), 0);

/** A request as a test case would write it, bodies cut short. */
function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? request.body
        : `<${request.body.byteLength} bytes: ${Buffer.from(request.body).toString('hex').slice(0, 80)}>`;
  const size = typeof request.body === 'string' ? Buffer.byteLength(request.body) : (request.body?.byteLength ?? 0);
  return `${request.method} ${request.path.slice(0, 300)}${request.path.length > 300 ? `… (${request.path.length} B)` : ''} ${JSON.stringify(request.headers)} body(${size} B${request.chunked ? ', chunked' : ''}): ${JSON.stringify(body.slice(0, 300))}${body.length > 300 ? '…' : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------------

interface Example {
  name: string;
  text: string;
  variables: { name: string; type: GraphQLInputType }[];
}

const committedSchema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const EXAMPLES_DIR = new URL('../../examples/', import.meta.url);
const examples: Example[] = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const text = readFileSync(new URL(file, EXAMPLES_DIR), 'utf8');
    const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const variables = (operation.variableDefinitions ?? []).map((v) => ({
      name: v.variable.name.value,
      type: typeFromAST(committedSchema, v.type as never) as GraphQLInputType,
    }));
    return { name: operation.name!.value, text, variables };
  });

const TYPENAMES: Record<string, string> = { PERSON: 'Person', ORGANISATION: 'Organisation', CITY: 'City', EVENT: 'Event', PLACE: 'Place' };

/** Strings meant to break out of a parameter, a query or a message. */
const INJECTIONS = [
  `") MATCH (n) DETACH DELETE n //`,
  `digital113' RETURN 1 //`,
  `*/ MATCH (a) RETURN a /*`,
  `' OR 1=1 --`,
  `"; DROP TABLE entities; --`,
  `\\" } ] ) }`,
  `$slug`,
  `{slug: "digital113"}`,
  `%s%s%s%n`,
  `\${process.env}`,
  `{{7*7}}`,
  `<script>alert(1)</script>`,
  `../../../../etc/passwd`,
  `CALL db.labels()`,
  `toString(1)`,
  `\\u0000`,
  `__proto__`,
  `constructor`,
  `prototype`,
  `digital113\u0000`,
  ` digital113 `,
  `DIGITAL113`,
  `dígital113`,
];

function generators(slugs: string[], globalIds: string[], names: string[]) {
  const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const special = fc.constantFrom(
    '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u202e', '\u202d', '\u200f', '\u200e', '\u200b', '\u2028', '\u2029',
    '\ufeff', '\ufffd', '\uffff', 'שלום', 'مرحبا', '👩‍👩‍👧‍👦', '🇫🇷', 'e\u0301', 'Ⅻ', 'ß', 'İ', 'ﬁ', '\t', '\n', '\r', '\\',
    '"', "'", '`', '$', '{', '}', '%', '_', '*', '(', ')', '<', '>', '&', ':', '#', '@', '…',
  );
  const unit = fc.oneof(
    { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 4 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
    { arbitrary: special, weight: 3 },
    { arbitrary: lone, weight: 1 },
  );
  const text = fc.string({ unit, maxLength: 40 });
  /** 1 KB to 100 KB (in UTF-16 units; up to ~4x that in UTF-8 bytes): around and over the body limit. */
  const huge = fc
    .tuple(fc.string({ unit, minLength: 1, maxLength: 6 }), fc.integer({ min: 1_000, max: 100_000 }))
    .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));
  const slug = fc.constantFrom(...slugs);
  const nearSlug = fc.tuple(slug, text, fc.nat(40)).map(([s, t, at]) => s.slice(0, at % (s.length + 1)) + t + s.slice(at % (s.length + 1)));
  const nastyShortString = fc.oneof(
    { arbitrary: text, weight: 6 },
    { arbitrary: fc.constantFrom(...INJECTIONS), weight: 2 },
    { arbitrary: slug, weight: 2 },
    { arbitrary: nearSlug, weight: 2 },
    { arbitrary: fc.constantFrom(...globalIds), weight: 1 },
    { arbitrary: fc.base64String({ maxLength: 40 }), weight: 1 },
    { arbitrary: fc.constantFrom('', ' ', '0', '-1', '2019', '2019-02-30', '2019-13', '0000', '9999-12-31', '2019-02-05T00:00:00Z'), weight: 1 },
  );
  const nastyString = fc.oneof({ arbitrary: nastyShortString, weight: 14 }, { arbitrary: huge, weight: 1 });
  const nastyNumber = fc.oneof(
    fc.integer(),
    fc.integer({ min: -5, max: 600 }),
    fc.constantFrom(-1, 0, 101, 501, 7, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e21, 1e300, -1e300, 5e-324, -0, 0.5, 1.5, 99.99),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  const nastyScalar = fc.oneof(
    { arbitrary: nastyString, weight: 5 },
    { arbitrary: nastyNumber, weight: 3 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
  const deepArray = fc.integer({ min: 2, max: 3_000 }).map((depth) => {
    let value: unknown = 'x';
    for (let i = 0; i < depth; i++) value = [value];
    return value;
  });
  const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
    { arbitrary: nastyScalar, weight: 10 },
    { arbitrary: fc.array(nastyScalar, { maxLength: 6 }), weight: 3 },
    { arbitrary: fc.dictionary(text, nastyScalar, { maxKeys: 4 }), weight: 1 },
    { arbitrary: fc.array(slug, { maxLength: 300 }), weight: 1 },
    { arbitrary: deepArray, weight: 1 },
  );

  /** A value the variable's type accepts, within the ranges the API documents. */
  function validValue(name: string, type: GraphQLInputType): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return validValue(name, type.ofType as GraphQLInputType);
    const orNull = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary, weight: 9 }, { arbitrary: fc.constant(null), weight: 1 });
    if (isListType(type)) return orNull(fc.uniqueArray(validValue(name, type.ofType as GraphQLInputType), { maxLength: 4 }));
    const named = getNamedType(type);
    if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
    if (named.name === 'Int') {
      const ranges: Record<string, [number, number]> = { first: [0, 100], depth: [1, 3], maxHops: [1, 6], limit: [1, 500] };
      const [min, max] = ranges[name] ?? [0, 100];
      return fc.integer({ min, max });
    }
    if (named.name === 'PartialDate')
      return fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(2)).map(
        ([y, m, d, form]) => [String(y), `${y}-${String(m).padStart(2, '0')}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`][form],
      );
    if (name === 'after') return fc.constant(null);
    if (name === 'query')
      return fc.tuple(fc.constantFrom(...names), fc.nat(20), fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([n, at, len, lower]) => {
        const start = at % n.length;
        const piece = n.slice(start, start + len);
        return lower ? piece.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') : piece;
      });
    return fc.oneof({ arbitrary: slug, weight: 4 }, { arbitrary: fc.constantFrom(...globalIds), weight: 1 });
  }

  /** A GraphQL literal of any kind, mostly wrong for where it goes, its strings drawn from `strings`. */
  const literalOf = (strings: fc.Arbitrary<string>): fc.Arbitrary<string> => {
    const scalarLiteral: fc.Arbitrary<string> = fc.oneof(
      { arbitrary: strings.map((s) => JSON.stringify(s)), weight: 6 },
      // Raw in the source: NUL, lone surrogates and line breaks the lexer must refuse, not crash on.
      { arbitrary: text.map((s) => `"${s.replace(/["\\]/g, '')}"`), weight: 2 },
      { arbitrary: text.map((s) => `"""${s.replace(/"""/g, '')}"""`), weight: 1 },
      { arbitrary: nastyNumber.map(String), weight: 3 },
      {
        arbitrary: fc.constantFrom(
          '99999999999999999999999', '-2147483649', '2147483648', '1e400', '-0', '0x10', '01', '1.', '.5', 'NaN', 'Infinity',
          'true', 'false', 'null', 'PRESIDENT', 'CO_PRESIDENT', 'OUT', 'BOTH', 'HOLDS_ROLE', 'ORGANISATION', '$undeclared', '{}', '[]', '[null]',
          '{slug: "digital113"}', '"digital113"', '"daniel-benchimol"',
        ),
        weight: 3,
      },
    );
    return fc.oneof(
      { arbitrary: scalarLiteral, weight: 8 },
      { arbitrary: fc.array(scalarLiteral, { maxLength: 5 }).map((items) => `[${items.join(', ')}]`), weight: 2 },
      { arbitrary: fc.array(fc.tuple(fc.constantFrom('a', 'slug', 'id', 'first', 'x_1'), scalarLiteral), { maxLength: 3 }).map((o) => `{${o.map(([k, v]) => `${k}: ${v}`).join(', ')}}`), weight: 1 },
    );
  };
  const literal = literalOf(nastyString);
  /** Without the 1-100 KB strings: for documents with many literals, which would otherwise nearly all be over the body limit. */
  const shortLiteral = literalOf(nastyShortString);
  /** The valid literal for an argument of this type. */
  const validLiteral = (name: string, type: GraphQLInputType) => validValue(name, type).map((value) => toLiteral(value, type));

  return { text, huge, slug, nastyString, nastyValue, validValue, literal, shortLiteral, validLiteral };
}

/** A JavaScript value as a GraphQL literal of `type` (enum values bare). */
function toLiteral(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const named = getNamedType(type);
  if (Array.isArray(value)) return `[${value.map((v) => toLiteral(v, named as GraphQLInputType)).join(', ')}]`;
  if (isEnumType(named) && typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Root fields with their arguments (types as in the SDL) and a selection valid for their result. */
const ROOT_FIELDS: { field: string; args: Record<string, string>; selection: string }[] = [
  { field: 'entity', args: { slug: 'String!' }, selection: '{ __typename slug name }' },
  { field: 'node', args: { id: 'ID!' }, selection: '{ id }' },
  { field: 'nodes', args: { ids: '[ID!]!' }, selection: '{ id }' },
  { field: 'search', args: { query: 'String!', kinds: '[EntityKind!]', first: 'Int' }, selection: '{ score entity { slug } }' },
  { field: 'path', args: { from: 'String!', to: 'String!', maxHops: 'Int', types: '[RelationType!]' }, selection: '{ length nodes { slug } }' },
  { field: 'neighbourhood', args: { of: 'String!', depth: 'Int', limit: 'Int' }, selection: '{ truncated nodes { slug } edges { key } }' },
  ...['people', 'organisations', 'cities', 'events', 'places', 'articles'].map((field) => ({
    field,
    args: { first: 'Int', after: 'String' },
    selection: '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor } }',
  })),
  {
    field: 'roles',
    args: { activeAt: 'PartialDate', after: 'String', first: 'Int', kinds: '[RoleKind!]', organisation: 'String', person: 'String', title: 'String' },
    selection: '{ totalCount edges { node { title } } }',
  },
];
const RELATIONS_ARGS: Record<string, string> = { types: '[RelationType!]', direction: 'Direction', first: 'Int', after: 'String' };

function requestArbitrary(slugs: string[], globalIds: string[], names: string[]): fc.Arbitrary<FuzzRequest> {
  const g = generators(slugs, globalIds, names);
  const typeOf = (sdl: string) => typeFromAST(committedSchema, (parse(`query($v: ${sdl}) { graph { articles } }`).definitions[0] as OperationDefinitionNode).variableDefinitions![0]!.type as never) as GraphQLInputType;

  const accept = fc.oneof(
    { arbitrary: fc.constant(GRAPHQL_RESPONSE), weight: 10 },
    { arbitrary: fc.constantFrom('application/json', '*/*', `${GRAPHQL_RESPONSE}, application/json;q=0.9`), weight: 4 },
    { arbitrary: fc.constant(undefined), weight: 2 },
    {
      arbitrary: fc.constantFrom('text/html', 'application/xml', 'text/event-stream', 'multipart/mixed', `${GRAPHQL_RESPONSE};q=0`, 'text/*', '', 'garbage', 'application/graphql+json', 'application/*;q=0.5'),
      weight: 1,
    },
  );
  const post = (category: string, body: string | Uint8Array<ArrayBuffer> | undefined, contentType: string | undefined = 'application/json') =>
    fc.tuple(accept, fc.boolean(), fc.nat(9)).map(([acceptValue, csrfHeader, one]): FuzzRequest => {
      const headers: Record<string, string> = {};
      if (contentType !== undefined) headers['content-type'] = contentType;
      if (acceptValue !== undefined) headers.accept = acceptValue;
      if (csrfHeader) headers['x-graphql-yoga-csrf'] = '1';
      return { category, method: 'POST', path: '/graphql', headers, body, chunked: one === 0 };
    });
  const postJson = (category: string, payload: unknown) => post(category, JSON.stringify(payload));
  const get = (category: string, params: Record<string, string | undefined>, accepts = accept) =>
    accepts.map((acceptValue): FuzzRequest => {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== undefined) search.append(k, v);
      const qs = search.toString();
      return { category, method: 'GET', path: `/graphql${qs ? `?${qs}` : ''}`, headers: acceptValue === undefined ? {} : { accept: acceptValue }, body: undefined };
    });
  const example = fc.constantFrom(...examples);
  // A GraphQL name, not reserved (`__`): built from characters, far cheaper than fc.stringMatching.
  const nameStart = [...'_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const ident = fc
    .tuple(fc.constantFrom(...nameStart), fc.string({ unit: fc.constantFrom(...nameStart, ...'0123456789'), maxLength: 14 }))
    .map(([first, rest]) => first + rest)
    .filter((name) => !name.startsWith('__'));

  // 1. The examples with valid variables (some left to their defaults), as text or as trusted documents (by hash).
  const exampleValid = example.chain((ex) =>
    fc
      .tuple(fc.tuple(...ex.variables.map((v) => fc.option(g.validValue(v.name, v.type), { nil: undefined, freq: 4 }))), fc.boolean(), fc.nat(2))
      .chain(([values, withName, form]) => {
        const variables = Object.fromEntries(ex.variables.map((v, i) => [v.name, values[i]]));
        const hash = createHash('sha256').update(ex.text).digest('hex');
        const document = [{ query: ex.text }, { query: ex.text }, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }][form];
        return postJson('example-valid', { ...document, variables, ...(withName ? { operationName: ex.name } : {}) });
      }),
  );

  // 2. The examples with variables of every wrong kind: huge and strange strings, numbers where ints go, wrong types.
  const exampleRandomVars = example.chain((ex) =>
    fc
      .tuple(
        fc.oneof(
          { arbitrary: fc.record(Object.fromEntries(ex.variables.map((v) => [v.name, g.nastyValue])), { requiredKeys: [] }), weight: 8 },
          { arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), g.nastyValue, { maxKeys: 4 }), weight: 1 },
          { arbitrary: g.nastyValue, weight: 1 },
        ),
        fc.option(fc.oneof(fc.constant(ex.name), g.nastyString, fc.constant(null), fc.integer()), { nil: undefined }),
      )
      .chain(([variables, operationName]) => postJson('example-random-vars', { query: ex.text, variables, operationName })),
  );

  // 3. Literal arguments, valid and not, in the query text.
  const argument = (name: string, sdl: string) =>
    fc.oneof(
      { arbitrary: g.validLiteral(name, typeOf(sdl)).map((lit) => `${name}: ${lit}`), weight: 3 },
      { arbitrary: g.literal.map((lit) => `${name}: ${lit}`), weight: 4 },
      { arbitrary: fc.constant(''), weight: 1 },
      { arbitrary: fc.tuple(ident, g.literal).map(([n, lit]) => `${n}: ${lit}`), weight: 1 },
    );
  const rootField = fc.constantFrom(...ROOT_FIELDS).chain(({ field, args, selection }) =>
    fc.tuple(...Object.entries(args).map(([n, sdl]) => argument(n, sdl))).map((parts) => {
      const list = parts.filter(Boolean).join(', ');
      return `${field}${list ? `(${list})` : ''} ${selection}`;
    }),
  );
  const relationsField = fc
    .tuple(g.slug, fc.tuple(...Object.entries(RELATIONS_ARGS).map(([n, sdl]) => argument(n, sdl))))
    .map(([s, parts]) => `entity(slug: ${JSON.stringify(s)}) { relations(${parts.filter(Boolean).join(', ')}) { totalCount edges { node { type } } } }`);
  const randomArgs = fc
    .array(fc.oneof({ arbitrary: rootField, weight: 4 }, { arbitrary: relationsField, weight: 1 }), { minLength: 1, maxLength: 3 })
    .map((fields) => fields.map((f, i) => `f${i}: ${f}`).join('\n'))
    .chain((body) =>
      fc.oneof(
        { arbitrary: postJson('random-args', { query: `{\n${body}\n}` }), weight: 5 },
        { arbitrary: get('random-args', { query: `{\n${body}\n}` }), weight: 1 },
      ),
    );

  // 4. Deep nesting: of valid selections (with `first: 1`, so depth not width), of unknown fields, of fragments, of
  //    list and object literals, of JSON in variables.
  const deep = fc.oneof(
    fc.integer({ min: 1, max: 40 }).map((d) => {
      let inner = 'slug';
      for (let i = 0; i < d; i++) inner = `relations(first: 1) { edges { node { ${i % 2 ? 'from' : 'to'} { slug ${inner} } } } }`;
      return { query: `{ entity(slug: "digital113") { ${inner} } }` };
    }),
    fc.integer({ min: 10, max: 6_000 }).map((d) => ({ query: `{${'a{'.repeat(d)}b${'}'.repeat(d)}}` })),
    fc.integer({ min: 10, max: 4_000 }).map((d) => ({ query: `{${'...on Query{'.repeat(d)}graph{articles}${'}'.repeat(d)}}` })),
    fc.integer({ min: 10, max: 6_000 }).map((d) => ({ query: `{nodes(ids:${'['.repeat(d)}"x"${']'.repeat(d)}){id}}` })),
    fc.integer({ min: 10, max: 4_000 }).map((d) => ({ query: `{nodes(ids:${'{a:'.repeat(d)}1${'}'.repeat(d)}){id}}` })),
    fc.integer({ min: 10, max: 6_000 }).map((d) => ({ query: `{${'graph{'.repeat(d)}${'}'.repeat(d)}}` })),
  );
  const deepNesting = fc.oneof(
    { arbitrary: deep.chain((payload) => postJson('deep-nesting', payload)), weight: 6 },
    { arbitrary: deep.chain((payload) => get('deep-nesting', payload)), weight: 1 },
    {
      arbitrary: fc
        .integer({ min: 2, max: 49_000 })
        .chain((d) => post('deep-nesting', `{"query":"query($ids:[ID!]!){nodes(ids:$ids){id}}","variables":{"ids":${'['.repeat(d)}"x"${']'.repeat(d)}}}`)),
      weight: 1,
    },
  );

  // 5. Many aliases, of cheap and of expensive fields, and clashing ones.
  const aliasTargets = fc.constantFrom(
    'graph { articles }',
    '__typename',
    'entity(slug: "digital113") { name }',
    'search(query: "dig", first: 100) { score }',
    'neighbourhood(of: "digital113", depth: 3, limit: 500) { nodes { slug } }',
    'path(from: "daniel-benchimol", to: "montpellier", maxHops: 6) { length }',
    'roles(first: 100) { totalCount edges { node { title } } }',
  );
  const aliases = fc
    .tuple(fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 3_000 })), aliasTargets, fc.boolean(), fc.boolean())
    .chain(([n, target, clash, badNames]) => {
      const fields = Array.from({ length: n }, (_, i) => `${badNames && i % 7 === 3 ? `${i}x` : clash ? 'same' : `a${i}`}: ${clash && i % 2 ? 'graph { entities }' : target}`);
      return postJson('aliases', { query: `{ ${fields.join(' ')} }` });
    });

  // 6. Random field names, arguments, directives, fragments and operation types, mixed with real ones.
  const realNames = fc.constantFrom('graph', 'articles', 'entities', 'entity', 'node', 'nodes', 'search', 'path', 'roles', 'people', 'slug', 'name', 'id', 'relations', 'edges', 'totalCount', 'from', 'to', 'score', '__typename', '__schema', '__type');
  const fieldName = fc.oneof({ arbitrary: realNames, weight: 2 }, { arbitrary: ident, weight: 3 });
  const directive = fc.constantFrom('', '', '', '@include(if: true)', '@skip(if: false)', '@skip(if: $x)', '@deprecated', '@specifiedBy(url: "x")', '@foo', '@include', '@include(if: "yes")');
  const { selection } = fc.letrec<{ selection: string; field: string }>((tie) => ({
    selection: fc.array(tie('field'), { minLength: 1, maxLength: 5 }).map((fields) => `{ ${fields.join(' ')} }`),
    field: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(fc.option(ident, { nil: undefined }), fieldName, fc.option(fc.tuple(ident, g.shortLiteral), { nil: undefined }), directive).map(
        ([alias, name, arg, dir]) => `${alias ? `${alias}: ` : ''}${name}${arg ? `(${arg[0]}: ${arg[1]})` : ''} ${dir}`,
      ),
      fc.tuple(fieldName, tie('selection')).map(([name, sel]) => `${name} ${sel}`),
      fc.tuple(fc.constantFrom('Organisation', 'Person', 'Query', 'Entity', 'Spaceship'), tie('selection')).map(([type, sel]) => `... on ${type} ${sel}`),
      ident.map((name) => `...${name}`),
    ),
  }));
  const operation = fc
    .tuple(
      fc.constantFrom('', 'query', 'query Q', 'query Q($x: Boolean)', 'query($x: Int = "no")', 'mutation', 'mutation M', 'subscription', 'subscription S', 'query Q($x: Spaceship)'),
      selection,
      fc.option(fc.tuple(ident, fc.constantFrom('Query', 'Organisation', 'Nope'), selection), { nil: undefined }),
    )
    .map(([head, sel, fragment]) => `${head} ${sel}${fragment ? `\nfragment ${fragment[0]} on ${fragment[1]} ${fragment[2]}` : ''}`);
  const randomFields = fc.oneof(
    { arbitrary: operation.chain((query) => postJson('random-fields', { query })), weight: 5 },
    { arbitrary: fc.tuple(operation, operation).chain(([a, b]) => postJson('random-fields', { query: `${a}\n${b}`, operationName: 'Q' })), weight: 1 },
    { arbitrary: operation.chain((query) => get('random-fields', { query })), weight: 1 },
  );

  // 7. Documents that are not GraphQL: token soup and arbitrary text.
  const token = fc.oneof(
    fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '$', '@', '...', '!', '=', '|', '&', '"', '"""', '#', ',', 'query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'null', '1', '-1.5e3', '\n', 'graph', 'articles', 'entity'),
    ident,
    g.text,
  );
  const garbage = fc.oneof(
    { arbitrary: fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join(' ')), weight: 4 },
    { arbitrary: fc.array(token, { maxLength: 120 }).map((tokens) => tokens.join('')), weight: 2 },
    { arbitrary: g.text, weight: 2 },
    { arbitrary: g.huge, weight: 1 },
  );
  const garbageDocuments = fc.oneof(
    { arbitrary: garbage.chain((query) => postJson('garbage-documents', { query })), weight: 5 },
    { arbitrary: garbage.chain((query) => get('garbage-documents', { query })), weight: 1 },
    { arbitrary: garbage.chain((query) => post('garbage-documents', query, 'application/graphql')), weight: 1 },
  );

  // 8. Bodies that are not JSON, or JSON of the wrong shape.
  const validBody = JSON.stringify({ query: '{ graph { articles entities relations } }' });
  const wrongShapes = fc.constantFrom(
    'null', 'true', '1', '"{ graph { articles } }"', '[]', '{}', '{"query":null}', '{"query":1}', '{"query":{}}', '{"query":[]}', '{"query":true}',
    '{"query":""}', '{"query":" "}', '{"variables":{}}', '{"query":"{ graph { articles } }","variables":"{}"}', '{"query":"{ graph { articles } }","variables":[]}',
    '{"query":"{ graph { articles } }","variables":1}', '{"query":"{ graph { articles } }","operationName":1}', '{"query":"{ graph { articles } }","operationName":{}}',
    '{"query":"{ graph { articles } }","extensions":"x"}', '{"query":"{ graph { articles } }","extensions":[1]}',
    '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}',
    '{"extensions":{"persistedQuery":{"version":"1","sha256Hash":1}}}', '{"extensions":{"persistedQuery":null}}', '{"documentId":"x"}', '{"documentId":1}',
    '{"__proto__":{"query":"{ graph { articles } }"}}', '{"constructor":{"prototype":{"query":"x"}}}',
    '{"query":"query($n:Int){people(first:$n){totalCount}}","variables":{"__proto__":{"n":1}}}',
    `${validBody}garbage`, `\ufeff${validBody}`, `${validBody}\u0000`, '\u0000', ' \n\t ', '{"query":"{ graph { articles } }","query":"{ graph { entities } }"}',
    '{"query":"\\x"}', '{"query":"\\ud800"}', '{"query":"{ graph { articles } }","variables":{"n":1e99999}}', '{"query":"{ graph { articles } }",}',
    "{'query':'{ graph { articles } }'}", '{query:"{ graph { articles } }"}', 'query={ graph { articles } }',
  );
  const mutatedBody = fc.tuple(fc.constantFrom(validBody, ...examples.map((ex) => JSON.stringify({ query: ex.text }))), fc.nat(), g.text, fc.nat(3)).map(([body, at, insert, how]) => {
    const i = at % (body.length + 1);
    return [body.slice(0, i), body.slice(0, i) + insert + body.slice(i), body.slice(0, i) + insert + body.slice(i + insert.length), body.slice(i)][how]!;
  });
  const malformedJson = fc.oneof(
    { arbitrary: wrongShapes.chain((body) => post('malformed-json', body)), weight: 3 },
    { arbitrary: mutatedBody.chain((body) => post('malformed-json', body)), weight: 4 },
    { arbitrary: fc.uint8Array({ maxLength: 300 }).chain((bytes) => post('malformed-json', new Uint8Array(bytes))), weight: 1 },
    { arbitrary: fc.integer({ min: 10, max: 60_000 }).chain((d) => post('malformed-json', `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`)), weight: 1 },
    { arbitrary: fc.integer({ min: 10, max: 60_000 }).chain((d) => post('malformed-json', '['.repeat(d))), weight: 1 },
  );

  // 9. Content types and Accept headers, right and wrong, with bodies that match them or not.
  const contentType = fc.constantFrom(
    undefined, '', 'text/plain', 'text/plain;charset=UTF-8', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data',
    'multipart/form-data; boundary=----x', 'application/graphql', 'application/graphql+json', GRAPHQL_RESPONSE, 'application/json; charset=utf-16',
    'application/json; charset=latin1', 'application/json;charset=utf-8', 'APPLICATION/JSON', 'application/jsonx', 'application/json, text/plain',
    '*/*', 'application/*', 'image/png', 'application/octet-stream', 'application/cbor', 'application/json; boundary=x',
  );
  const bodyFor = fc.constantFrom(
    validBody,
    'query=%7B%20graph%20%7B%20articles%20%7D%20%7D',
    '{ graph { articles } }',
    '------x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ graph { articles } }"}\r\n------x--\r\n',
    '------x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ graph { articles } }"}\r\n------x\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n------x\r\nContent-Disposition: form-data; name="0"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n------x--\r\n',
    '------x\r\nContent-Disposition: form-data; name="operations"\r\n\r\nnot json\r\n------x--\r\n',
    '------x\r\n\r\n',
    '<query>{ graph { articles } }</query>',
    'query=%7B%20graph%20%7B%20articles%20%7D%20%7D&variables=x',
    'query=%7B%20graph%20%7B%20articles%20%7D%20%7D&extensions=%7B',
  );
  const contentTypes = fc.tuple(contentType, bodyFor).chain(([type, body]) => post('content-types', body, type));

  // 10. GET with query strings: examples, variables as JSON and not, mutations, oversized and broken encodings.
  const getParams = fc.oneof(
    example.chain((ex) =>
      fc
        .tuple(...ex.variables.map((v) => fc.option(g.validValue(v.name, v.type), { nil: undefined })))
        .map((values) => ({ query: ex.text, variables: JSON.stringify(Object.fromEntries(ex.variables.map((v, i) => [v.name, values[i]]))), operationName: ex.name })),
    ),
    fc.tuple(example, g.nastyValue).map(([ex, variables]) => ({ query: ex.text, variables: JSON.stringify(variables) })),
    fc.tuple(example, g.text).map(([ex, variables]) => ({ query: ex.text, variables })),
    fc.tuple(g.text, g.text, g.text).map(([query, variables, operationName]) => ({ query, variables, operationName })),
    fc.constantFrom<Record<string, string | undefined>>(
      { query: 'mutation { graph { articles } }' },
      { query: 'subscription { graph { articles } }' },
      { query: '{ graph { articles } }', operationName: 'Nope' },
      { query: '{ graph { articles } }', extensions: '{"persistedQuery":{"version":1,"sha256Hash":"abc"}}' },
      { query: '{ graph { articles } }', extensions: 'nope' },
      { query: '' },
      {},
      { variables: '{}' },
    ),
    fc.integer({ min: 1_000, max: 30_000 }).map((n) => ({ query: `{ search(query: "${'a'.repeat(n)}") { score } }` })),
  );
  const rawQueryStrings = fc.constantFrom(
    '/graphql?query=%E0%A4%A', '/graphql?query=%', '/graphql?query=%00', '/graphql?query=%7B%20graph%20%7B%20articles%20%7D%20%7D&query=%7B%7D',
    '/graphql?query[]=x', '/graphql?query[a]=x', '/graphql?&&&', '/graphql?=', '/graphql?query=%7B%20graph%20%7B%20articles%20%7D%20%7D&variables=%7B',
    '/graphql?query=%ED%A0%80', '/graphql?query=%F0%9F%98%80', '/graphql/', '/graphql//', '/GRAPHQL', '/graphql.json', '/graphql%00', '/graphql;x',
  );
  const gets = fc.oneof(
    { arbitrary: getParams.chain((params) => get('get', params)), weight: 8 },
    { arbitrary: fc.tuple(rawQueryStrings, accept).map(([p, a]): FuzzRequest => ({ category: 'get', method: 'GET', path: p, headers: a === undefined ? {} : { accept: a }, body: undefined })), weight: 2 },
  );

  // 11. Batches: arrays of operations (batching is off), empty, nested, of non-objects.
  const batchItem = fc.oneof(
    example.map((ex) => ({ query: ex.text }) as unknown),
    fc.constant({ query: '{ graph { articles } }' } as unknown),
    g.nastyValue,
    fc.constant([] as unknown),
  );
  const batched = fc.array(batchItem, { maxLength: 40 }).chain((items) => postJson('batched', items));

  // 12. Empty bodies, with every content type.
  const emptyBodies = fc.tuple(fc.constantFrom('', ' ', '\n', '\r\n\r\n', '{}', undefined), fc.constantFrom('application/json', undefined, 'application/graphql', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x')).chain(([body, type]) => post('empty-bodies', body, type));

  // 13. Other methods and paths.
  const methodsPaths = fc.oneof(
    fc.tuple(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'PROPFIND', 'FOO'), fc.constantFrom('/graphql', '/', '/health', '/ready', '/graphiql', '/graphql/x', '/favicon.ico', '/.env', '/%2e%2e/%2e%2e/etc/passwd'), fc.boolean()).map(
      ([method, p, withOrigin]): FuzzRequest => ({
        category: 'methods-paths',
        method,
        path: p,
        headers: {
          accept: GRAPHQL_RESPONSE,
          ...(['PUT', 'PATCH', 'DELETE', 'PROPFIND', 'FOO'].includes(method) ? { 'content-type': 'application/json' } : {}),
          ...(withOrigin ? { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } : {}),
        },
        body: ['PUT', 'PATCH', 'DELETE', 'PROPFIND', 'FOO'].includes(method) ? validBody : undefined,
      }),
    ),
    fc.constantFrom('/', '/health', '/ready', '/graphiql', '/nope', '/graphql/../ready', '/index.html', '/src/server.ts', '/package.json').map(
      (p): FuzzRequest => ({ category: 'methods-paths', method: 'GET', path: p, headers: { accept: '*/*' }, body: undefined }),
    ),
  );

  return fc.oneof(
    { arbitrary: exampleValid, weight: 7 },
    { arbitrary: exampleRandomVars, weight: 14 },
    { arbitrary: randomArgs, weight: 16 },
    { arbitrary: deepNesting, weight: 6 },
    { arbitrary: aliases, weight: 5 },
    { arbitrary: randomFields, weight: 9 },
    { arbitrary: garbageDocuments, weight: 7 },
    { arbitrary: malformedJson, weight: 8 },
    { arbitrary: contentTypes, weight: 6 },
    { arbitrary: gets, weight: 8 },
    { arbitrary: batched, weight: 3 },
    { arbitrary: emptyBodies, weight: 2 },
    { arbitrary: methodsPaths, weight: 2 },
  );
}


// ---------------------------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------------------------

/** What the examples answer, and the graph's size: compared before and after the fuzzing. */
async function snapshot(origin: string) {
  const answers: Record<string, unknown> = {};
  for (const ex of [...examples, { name: 'graph', text: '{ graph { articles entities relations } }' }]) {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
      body: JSON.stringify({ query: ex.text }),
    });
    answers[ex.name] = { status: response.status, body: await response.json() };
  }
  return answers;
}

describe('fuzzing the running server', () => {
  let server: RunningServer | undefined;
  let before: Record<string, unknown>;
  let requests: FuzzRequest[];
  let generatedInMs = 0;

  beforeAll(async () => {
    // The requests are generated (seconds of CPU) while the server starts, before any connection exists: a client
    // busy generating while its keep-alive connections sit idle would reuse some the server has meanwhile closed.
    const starting = startServer();
    starting.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    const data = await seedDataset();
    const slugs = data.entities.map((e) => e.slug).sort();
    const names = data.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).sort();
    const globalIds = data.entities.map((e) => Buffer.from(`${TYPENAMES[e.kind]}:${e.slug}`).toString('base64')).sort();
    const started = performance.now();
    requests = fc.sample(requestArbitrary(slugs, globalIds, names), { seed: SEED, numRuns: RUNS });
    generatedInMs = performance.now() - started;
    server = await starting;
    before = await snapshot(server.origin);
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    const code = await stopServer(server);
    console.log(`fuzz: the server exited with code ${code} after SIGTERM`);
  }, 30_000);

  it('has a leak detector that sees a stack, a path or Cypher, and excuses an echo of the request', () => {
    const request: FuzzRequest = { category: 'self-test', method: 'POST', path: '/graphql', headers: {}, body: '{"query":"{ entity(slug: \\"MATCH (n)\\") { name } }"}' };
    const outcome = (text: string): Outcome => ({ status: 200, contentType: GRAPHQL_RESPONSE, text, ms: 0 });
    const leak = JSON.stringify({ errors: [{ message: 'RangeError: Maximum call stack size exceeded\n    at readNextToken (/work/main/node_modules/graphql/language/lexer.js:252:23)', extensions: { code: 'X' } }] });
    expect(problems(request, outcome(leak)).map((p) => p.replace(/:.*/s, ''))).toEqual(['leaks stack frame', 'leaks source position', 'leaks repository path', 'leaks node_modules', 'leaks JavaScript error']);
    const innocent: FuzzRequest = { ...request, body: '{"query":"{ graph { articles } }"}' };
    expect(problems(innocent, outcome('{"errors":[{"message":"Binder exception: MATCH (e:Entity) RETURN e LIMIT 1","extensions":{"code":"X"}}]}'))).toHaveLength(2);
    expect(problems(request, outcome('{"errors":[{"message":"\\"MATCH (n)\\" is not a slug","extensions":{"code":"BAD_USER_INPUT"}}],"data":null}'))).toEqual([]);
    expect(problems(request, outcome('{"errors":[{"message":"Unexpected error."}]}'))).toHaveLength(1);
    // Linear time on the largest echo a response can hold.
    const started = performance.now();
    problems(request, outcome(JSON.stringify({ errors: [{ message: 'a'.repeat(400_000), extensions: { code: 'X' } }] })));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('answers the examples with data before the fuzzing starts', async () => {
    const { articles, entities, relations } = await seedDataset();
    expect(before.graph).toEqual({ status: 200, body: { data: { graph: { articles: articles.length, entities: entities.length, relations: relations.length } } } });
    for (const ex of examples) expect(before[ex.name], ex.name).toMatchObject({ status: 200, body: { data: expect.any(Object) } });
    for (const ex of examples) expect(before[ex.name], ex.name).not.toHaveProperty('body.errors');
  });

  // What the fuzzing found, each as the smallest request that showed it.
  describe('found by fuzzing', () => {
    const exchange = (request: Omit<FuzzRequest, 'category'>) => send(new URL(server!.origin), { category: 'regression', ...request });
    const codes = (outcome: Outcome) =>
      graphqlResults(outcome)
        .filter(isResult)
        .flatMap((r) => (r.errors ?? []) as { extensions?: { code?: string } }[])
        .map((e) => e.extensions?.code);

    it('a GET whose `variables` or `extensions` is not JSON is a 400 with a code, not a 500', async () => {
      for (const param of ['variables=x', 'extensions=x', 'variables=%7B']) {
        const outcome = await exchange({ method: 'GET', path: `/graphql?query=%7B__typename%7D&${param}`, headers: { accept: GRAPHQL_RESPONSE } });
        expect(outcome.status, param).toBe(400);
        expect(codes(outcome), param).toEqual([expect.any(String)]);
      }
    });

    it('so is a form-encoded POST whose `variables` is not JSON', async () => {
      const outcome = await exchange({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1', accept: GRAPHQL_RESPONSE },
        body: 'query=%7B__typename%7D&variables=x',
      });
      expect(outcome.status).toBe(400);
      expect(codes(outcome)).toEqual([expect.any(String)]);
    });

    it('a subscription or a mutation (the API has neither) is refused with a code, without data', async () => {
      for (const query of ['subscription { graph { articles } }', 'mutation { graph { articles } }']) {
        const outcome = await exchange({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: JSON.stringify({ query }) });
        expect(outcome.status, query).toBe(400);
        expect(JSON.parse(outcome.text), query).not.toHaveProperty('data');
        expect(codes(outcome), query).toEqual([expect.any(String)]);
      }
    });

    it('a multipart form whose `operations` is not JSON is a 400 with a code', async () => {
      const outcome = await exchange({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'multipart/form-data; boundary=----x', 'x-graphql-yoga-csrf': '1', accept: GRAPHQL_RESPONSE },
        body: '------x\r\nContent-Disposition: form-data; name="operations"\r\n\r\nnot json\r\n------x--\r\n',
      });
      expect(outcome.status).toBe(400);
      expect(codes(outcome)).toEqual([expect.any(String)]);
    });

    it('a chunked body refused unread (413 too large, 406 not acceptable) leaves no broken connection behind', async () => {
      // The refusal came with "Connection: keep-alive" while most of the body stayed unread: the next request on that
      // connection was reset (or stalled until the server's request timeout).
      const body = Buffer.from(JSON.stringify({ query: '{ graph { articles } }', extensions: { padding: 'x'.repeat(1_000_000) } }));
      for (const [accept, refusal] of [
        [GRAPHQL_RESPONSE, 413],
        ['application/xml', 406],
      ] as const) {
        const oneConnection = new Agent({ keepAlive: true, maxSockets: 1 });
        const exchangeOn = (method: string, path: string, chunkedBody?: Buffer) =>
          new Promise<number>((resolve, reject) => {
            const headers = { 'content-type': 'application/json', accept: method === 'GET' ? GRAPHQL_RESPONSE : accept };
            const outgoing = httpRequest({ host: '127.0.0.1', port: new URL(server!.origin).port, method, path, agent: oneConnection, headers }, (response) => {
              response.resume();
              response.on('end', () => resolve(response.statusCode ?? 0));
            });
            outgoing.setTimeout(10_000, () => outgoing.destroy(new Error('no answer in 10 s')));
            outgoing.on('error', reject);
            if (chunkedBody) outgoing.write(chunkedBody.subarray(0, 1_000)); // no Content-Length: Transfer-Encoding: chunked
            outgoing.end(chunkedBody?.subarray(1_000));
          });
        try {
          expect(await exchangeOn('POST', '/graphql', body)).toBe(refusal);
          expect(await exchangeOn('GET', '/graphql?query=%7B__typename%7D'), `the request after a ${refusal}`).toBe(200);
        } finally {
          oneConnection.destroy();
        }
      }
    });

    it('a document nested deeper than the parser can recurse is refused with a code, not a 500', async () => {
      // Before the token limit acted (it reported to a validation context that does not exist while parsing), ~2,000
      // levels overflowed graphql-js's recursive parser: "Maximum call stack size exceeded", 500 Unexpected error.
      for (const query of [`{${'a{'.repeat(5_000)}b${'}'.repeat(5_000)}}`, `{nodes(ids:${'['.repeat(5_000)}"x"${']'.repeat(5_000)}){id}}`]) {
        const outcome = await exchange({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: JSON.stringify({ query }) });
        expect(outcome.status).toBe(400);
        expect(codes(outcome)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
      }
    });
  });

  it(`survives ${RUNS} generated requests: no 5xx, no leaked internals, a code on every error`, async () => {
    expect(requests.length).toBe(RUNS);

    const byStatus = new Map<string, number>();
    const byCategory = new Map<string, Map<string, number>>();
    const failures: { category: string; problem: string; request: FuzzRequest; status: number; size: number; excerpt: string }[] = [];
    const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
    const msByCategory = new Map<string, number>();
    let slowest = { ms: 0, request: undefined as FuzzRequest | undefined };

    const origin = new URL(server!.origin);
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        let outcome: Outcome | undefined;
        let status: string;
        let found: string[];
        try {
          outcome = await send(origin, request);
          status = String(outcome.status);
          found = problems(request, outcome);
        } catch (error) {
          // No response. Node answers headers over its 16 KB limit with 431 and drops the connection at once, so a
          // client still writing them may see the reset first: Node's own protection, counted apart. Anything else
          // (a crash, a reset, a hang past 30 s) fails, with what the same connection carried before.
          const previous = (error as ExchangeError).previous;
          status = headerBytes(request) > HEADER_LIMIT ? 'reset-over-header-limit' : 'no-response';
          found =
            status === 'no-response'
              ? [`no response: ${(error as Error).message} (${((performance.now() - server!.startedAt) / 1000).toFixed(1)} s after the server started)${previous ? `; before it on this connection: ${describeRequest(previous)}` : ''}`]
              : [];
        }
        bump(byStatus, status);
        bump(byCategory.get(request.category) ?? byCategory.set(request.category, new Map()).get(request.category)!, status);
        bump(msByCategory, request.category, outcome?.ms ?? 0);
        if (outcome && outcome.ms > slowest.ms) slowest = { ms: outcome.ms, request };
        const size = typeof request.body === 'string' ? request.body.length : (request.body?.byteLength ?? 0);
        for (const problem of found)
          failures.push({ category: request.category, problem, request, status: outcome?.status ?? 0, size: size + request.path.length, excerpt: outcome?.text.slice(0, 400) ?? '' });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;

    const statuses = [...byStatus].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}×${n}`).join(' ');
    console.log(
      `fuzz: ${requests.length} requests (seed ${SEED}, generated in ${(generatedInMs / 1000).toFixed(1)} s, ${CONCURRENCY} in flight) in ${seconds.toFixed(1)} s, ` +
        `${Math.round(requests.length / seconds)}/s; status ${statuses}; ${failures.length} problems; ` +
        `slowest ${Math.round(slowest.ms)} ms (${slowest.request?.category}); server error logs: ${server!.errorLogs.length}`,
    );
    console.log(
      `fuzz by category: ${[...byCategory]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([c, m]) => {
          const count = [...m.values()].reduce((a, b) => a + b, 0);
          const statusCounts = [...m].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}:${n}`).join(' ');
          return `${c} ${count} (${Math.round(msByCategory.get(c)! / count)} ms avg) {${statusCounts}}`;
        })
        .join('; ')}`,
    );

    // The smallest request for each kind of problem: what a regression test should send.
    const smallest = new Map<string, (typeof failures)[number]>();
    for (const failure of failures) {
      const kind = `${failure.category} / ${failure.problem.replace(/:.*/s, '')}`;
      const known = smallest.get(kind);
      if (!known || failure.size < known.size) smallest.set(kind, failure);
    }
    const report = [...smallest].map(
      ([kind, f]) => `${kind} (${failures.filter((x) => `${x.category} / ${x.problem.replace(/:.*/s, '')}` === kind).length}×): ${f.problem}\n  ${describeRequest(f.request)}\n  -> ${f.status} ${f.excerpt.slice(0, 300)}`,
    );
    expect(report, report.join('\n\n')).toEqual([]);
    expect(server!.errorLogs, server!.errorLogs.slice(0, 3).join('\n')).toEqual([]);
  }, 180_000);

  it('still answers exactly as before the fuzzing', async () => {
    expect(server!.child.exitCode).toBeNull();
    expect(await snapshot(server!.origin)).toEqual(before);
    const response = await fetch(`${server!.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
      body: JSON.stringify({ query: '{ path(from: "daniel-benchimol", to: "pierre-deniset") { length nodes { slug } } }' }),
    });
    expect(await response.json()).toEqual({ data: { path: { length: 2, nodes: [{ slug: 'daniel-benchimol' }, { slug: 'digital113' }, { slug: 'pierre-deniset' }] } } });
  });
});
