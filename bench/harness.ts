import os from 'node:os';
import { createApp } from '../src/app.js';
import { openEmbedded } from '../src/store/embedded-store.js';
import { GraphStore } from '../src/store/graph-store.js';
import { constantRate, maxThroughput, round } from './load.js';
import { bodies, operations, readPopulation, type Operation, type OperationName } from './operations.js';
import { RecordingRunner, replay, type StoreCall } from './raw-floor.js';
import { startServer } from './server.js';

export interface BenchOptions {
  /** An embedded data directory holding an imported graph. */
  dataDir: string;
  /** How the graph got there (`npm run import`), when this run imported it. */
  load: { seconds: number; peakRssMb: number } | null;
  /** Seconds of constant-arrival-rate load per operation. */
  seconds: number;
  /** Seconds of max-throughput load per operation. */
  throughputSeconds: number;
  warmupSeconds: number;
  /** Requests whose store round trips are recorded and replayed for the floor. */
  rawSamples: number;
  seed: number;
  only?: readonly OperationName[];
  /** Write a --cpu-prof profile of the server here. */
  cpuProfileDir?: string;
  log?: (line: string) => void;
}

export interface OperationResult {
  name: OperationName;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  errors: number;
  storeQueries: number;
  rawP50Ms: number;
  overhead: number;
  /** The constant arrival rate the latencies were measured at (requests/s). */
  rate: number;
  /** Floor time per request spent in each named store query (ms), from the replay. */
  rawByQuery: Record<string, number>;
}

export interface BenchResult {
  backend: 'embedded';
  scale: { nodes: number; relationships: number };
  load: { seconds: number; peakRssMb: number } | null;
  operations: OperationResult[];
  throughput: { operation: OperationName; rps: number; p99Ms: number };
  serverRssMb: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverage: number[] };
  date: string;
}

/**
 * Constant arrival rates: a steady load, capped at 30% of what the operation sustained in its max-throughput run so
 * the latencies are service times rather than a queue's (see README).
 */
const RATES: Record<OperationName, number> = {
  entityWithRoles: 200,
  whoPresidesWhat: 50,
  searchPrefix: 100,
  path: 10,
  neighbourhood: 20,
  nestedExplore: 20,
};
const THROUGHPUT_OPERATION: OperationName = 'entityWithRoles';
/** Fewest requests a constant-rate run makes: slow operations run longer rather than report a p99 of five samples. */
const MIN_REQUESTS = 40;

/** Waits until the server answers a store-backed request quickly: no backlog left from a previous phase. */
async function drained(url: string): Promise<void> {
  const probe = JSON.stringify({ query: '{ entity(slug: "-") { slug } }' });
  for (let fast = 0, tries = 0; fast < 2 && tries < 600; tries++) {
    const started = performance.now();
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: probe }).then((r) => r.text());
    fast = performance.now() - started < 50 ? fast + 1 : 0;
    if (fast < 2) await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * One benchmark run on an imported graph: first the floor (each operation's store round trips replayed in process,
 * no GraphQL, no HTTP), then the server under HTTP load from the same process's autocannon.
 */
export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const log = options.log ?? (() => {});
  const loadAverage = os.loadavg();
  const store = await openEmbedded({ dataDir: options.dataDir });
  if (!store) throw new Error(`${options.dataDir} holds no graph: run \`npm run import\` first`);
  let scale: BenchResult['scale'];
  let ops: Operation[];
  const floors = new Map<OperationName, { rawP50Ms: number; storeQueries: number; rawByQuery: Record<string, number> }>();
  try {
    const meta = await store.meta();
    scale = { nodes: meta?.entities ?? 0, relationships: meta?.relations ?? 0 };
    ops = operations(await readPopulation(store)).filter((op) => !options.only || options.only.includes(op.name));
    for (const op of ops) {
      floors.set(op.name, await measureFloor(store, op, options));
      log(`floor ${op.name}: p50 ${floors.get(op.name)!.rawP50Ms} ms, ${floors.get(op.name)!.storeQueries} store queries`);
    }
  } finally {
    await store.runner.close();
  }

  const server = await startServer(options.dataDir, { cpuProfileDir: options.cpuProfileDir });
  const results: OperationResult[] = [];
  let serverRssMb = 0;
  let throughput: BenchResult['throughput'] = { operation: THROUGHPUT_OPERATION, rps: 0, p99Ms: 0 };
  try {
    for (const [i, op] of ops.entries()) {
      const body = bodies(op, options.seed + 1000 + i);
      await maxThroughput({ url: server.url, body, seconds: options.warmupSeconds, connections: 2 });
      await drained(server.url);
      // 8 in flight saturate a 2-core server (3 reader connections); more only lengthen its queue.
      const max = await maxThroughput({ url: server.url, body, seconds: options.throughputSeconds, connections: 8 });
      if (op.name === THROUGHPUT_OPERATION) throughput = { operation: op.name, rps: max.rps, p99Ms: max.p99Ms };
      // Requests of the saturating run may still be running in the server: let them finish first.
      await drained(server.url);
      const rate = round(Math.max(0.2, Math.min(RATES[op.name], max.rps * 0.3)));
      const seconds = Math.min(120, Math.max(options.seconds, MIN_REQUESTS / rate));
      const steady = await constantRate({ url: server.url, body, seconds, connections: 64, rate });
      const floor = floors.get(op.name)!;
      results.push({
        name: op.name,
        p50Ms: steady.p50Ms,
        p95Ms: steady.p95Ms,
        p99Ms: steady.p99Ms,
        rps: max.rps,
        errors: steady.errors + max.errors,
        storeQueries: floor.storeQueries,
        rawP50Ms: floor.rawP50Ms,
        overhead: round(steady.p50Ms / floor.rawP50Ms),
        rate,
        rawByQuery: floor.rawByQuery,
      });
      const memory = server.memory();
      log(
        `server ${op.name}: p50 ${steady.p50Ms} p95 ${steady.p95Ms} p99 ${steady.p99Ms} ms at ${rate}/s for ${round(seconds)} s; ` +
          `max ${max.rps}/s; errors ${steady.errors + max.errors}; RSS ${round(memory.rssMb)} MB (peak ${round(memory.peakRssMb)})`,
      );
    }
  } finally {
    serverRssMb = round(server.memory().peakRssMb);
    await server.stop();
  }
  return {
    backend: 'embedded',
    scale,
    load: options.load,
    operations: results,
    throughput,
    serverRssMb,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: [...loadAverage, ...os.loadavg()].map(round),
    },
    date: new Date().toISOString(),
  };
}

/**
 * The floor of one operation: its requests run once through an in-process app on a recording runner, then each
 * request's store calls are replayed three times on the bare runner. p50 of the replays; queries per request.
 */
async function measureFloor(store: GraphStore, op: Operation, options: BenchOptions) {
  const recorder = new RecordingRunner(store.runner);
  const app = createApp({ store: new GraphStore(recorder) });
  const next = bodies(op, options.seed);
  const requests: StoreCall[][] = [];
  for (let i = 0; i < options.rawSamples; i++) {
    recorder.calls = [];
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: next(),
    });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) throw new Error(`${op.name} failed in process: ${text.slice(0, 500)}`);
    requests.push(recorder.calls);
  }
  const times: number[] = [];
  const byQuery = new Map<string, number>();
  for (let round = 0; round < 3; round++) for (const calls of requests) times.push(await replay(store.runner, calls, byQuery));
  times.sort((a, b) => a - b);
  const replays = times.length;
  return {
    rawP50Ms: round(times[Math.floor(replays / 2)]!),
    storeQueries: round(requests.reduce((n, calls) => n + calls.length, 0) / requests.length),
    rawByQuery: Object.fromEntries([...byQuery].map(([name, ms]) => [name, round(ms / replays)])),
  };
}

