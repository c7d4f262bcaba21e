import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResult } from './harness.js';
import { OPERATION_NAMES, type OperationName } from './operations.js';

/** The issue's targets on the embedded store at 1M relationships: p99 per operation, and the rest. */
export const TARGETS = {
  p99Ms: { entityWithRoles: 15, whoPresidesWhat: 25, searchPrefix: 15, path: 150, neighbourhood: 60, nestedExplore: 40 } as Record<
    OperationName,
    number
  >,
  overhead: 1.5,
  entityWithRolesRps: 1500,
  serverRssMb: 1024,
  importSeconds: 60,
  importPeakRssMb: 2048,
};

/** Writes `relationships-<n>.json` and `latest.json`. */
export async function writeResults(dir: string, result: BenchResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  const text = `${JSON.stringify(result, null, 2)}\n`;
  const file = path.join(dir, `relationships-${result.scale.relationships}.json`);
  await writeFile(file, text);
  await writeFile(path.join(dir, 'latest.json'), text);
  return file;
}

export async function readAllResults(dir: string): Promise<BenchResult[]> {
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir)).filter((f) => /^relationships-\d+\.json$/.test(f));
  const results = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8')) as BenchResult));
  return results.sort((a, b) => a.scale.relationships - b.scale.relationships);
}

const mark = (ok: boolean) => (ok ? 'yes' : '**no**');
const scaleName = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/** The README tables: the largest run against the targets, then how latency grows with the graph. */
export function renderTables(results: readonly BenchResult[]): string {
  const main = results.at(-1);
  if (!main) return '_No results yet: run `npm run bench`._';
  const lines = [
    `Embedded store, ${scaleName(main.scale.relationships)} relationships (${main.scale.nodes} entities), ${main.date.slice(0, 10)}, ` +
      `${main.machine.cpus} × ${main.machine.cpuModel}, Node ${main.machine.node}; load average at start and end ` +
      `${main.machine.loadAverage.join(' / ')}.`,
    '',
    '| operation | p50 ms | p95 ms | p99 ms | p99 target | holds | max req/s | errors | store queries | floor p50 ms | overhead (≤ 1.5) |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...main.operations.map(
      (o) =>
        `| ${o.name} | ${o.p50Ms} | ${o.p95Ms} | ${o.p99Ms} | ${TARGETS.p99Ms[o.name]} | ${mark(o.p99Ms <= TARGETS.p99Ms[o.name])} | ` +
        `${o.rps} | ${o.errors} | ${o.storeQueries} | ${o.rawP50Ms} | ${o.overhead} ${o.overhead <= TARGETS.overhead ? '' : '(**no**)'} |`,
    ),
    '',
    `- Throughput, ${main.throughput.operation}: ${main.throughput.rps} req/s at p99 ${main.throughput.p99Ms} ms ` +
      `(target ≥ ${TARGETS.entityWithRolesRps}: ${mark(main.throughput.rps >= TARGETS.entityWithRolesRps)}).`,
    `- Server peak RSS: ${main.serverRssMb} MB (target ≤ ${TARGETS.serverRssMb}: ${mark(main.serverRssMb <= TARGETS.serverRssMb)}).`,
    main.load
      ? `- Import: ${main.load.seconds.toFixed(1)} s, peak RSS ${Math.round(main.load.peakRssMb)} MB (targets ≤ ${TARGETS.importSeconds} s: ` +
        `${mark(main.load.seconds <= TARGETS.importSeconds)}, < ${TARGETS.importPeakRssMb} MB: ${mark(main.load.peakRssMb < TARGETS.importPeakRssMb)}).`
      : '- Import: not measured in this run.',
    '',
    'p50 / p99 in ms as the graph grows (same operations, same seed):',
    '',
    `| operation | ${results.map((r) => scaleName(r.scale.relationships)).join(' | ')} |`,
    `| --- | ${results.map(() => '---:').join(' | ')} |`,
    ...OPERATION_NAMES.map(
      (name) =>
        `| ${name} | ${results
          .map((r) => r.operations.find((o) => o.name === name))
          .map((o) => (o ? `${o.p50Ms} / ${o.p99Ms}` : '–'))
          .join(' | ')} |`,
    ),
    `| import s | ${results.map((r) => (r.load ? r.load.seconds.toFixed(1) : '–')).join(' | ')} |`,
    `| server RSS MB | ${results.map((r) => Math.round(r.serverRssMb)).join(' | ')} |`,
  ];
  return lines.join('\n');
}

const START = '<!-- results:start (written by npm run bench) -->';
const END = '<!-- results:end -->';

/** Rewrites the results block of bench/README.md from every per-scale result file. */
export async function updateReadme(readme: string, resultsDir: string): Promise<void> {
  const text = await readFile(readme, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${readme} has no results markers`);
  const tables = renderTables(await readAllResults(resultsDir));
  await writeFile(readme, `${text.slice(0, from + START.length)}\n${tables}\n${text.slice(to)}`);
}
