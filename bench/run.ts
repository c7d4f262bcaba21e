import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBenchmark } from './harness.js';
import { OPERATION_NAMES, type OperationName } from './operations.js';
import { prepareGraph } from './pipeline.js';
import { updateReadme, writeResults } from './report.js';
import { ROOT } from './server.js';

const USAGE = `npm run bench -- [--relationships 1000000[,100000,...]] [options]

For each size: generate the synthetic graph (npm run generate; reused when already there), import it
(npm run import, timed), measure each operation's store floor in process, start the server on it and drive HTTP load.
Writes bench/results/relationships-<n>.json and latest.json, and the tables of bench/README.md.
  --relationships       sizes, comma-separated (default 1000000)
  --seed                generator and request seed (default 42)
  --seconds             constant-arrival-rate seconds per operation (default 15)
  --throughput-seconds  max-throughput seconds per operation (default 5)
  --warmup-seconds      warm-up seconds per operation (default 3)
  --raw-samples         requests recorded and replayed for the floor, per operation (default 40)
  --only                operations, comma-separated (default all: ${OPERATION_NAMES.join(', ')})
  --work-dir            where graphs are generated and imported (default .data/bench)
  --results-dir         default bench/results
  --profile             write the server's --cpu-prof profile to bench/profiles/<size>/
  --no-readme           leave bench/README.md alone`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      relationships: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '42' },
      seconds: { type: 'string', default: '15' },
      'throughput-seconds': { type: 'string', default: '5' },
      'warmup-seconds': { type: 'string', default: '3' },
      'raw-samples': { type: 'string', default: '40' },
      only: { type: 'string' },
      'work-dir': { type: 'string', default: path.join(ROOT, '.data/bench') },
      'results-dir': { type: 'string', default: path.join(ROOT, 'bench/results') },
      profile: { type: 'boolean', default: false },
      'no-readme': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const only = values.only?.split(',').map((s) => s.trim()) as OperationName[] | undefined;
  const unknown = only?.filter((name) => !OPERATION_NAMES.includes(name));
  if (unknown?.length) throw new Error(`unknown operation ${unknown.join(', ')}\n\n${USAGE}`);
  const log = (line: string) => console.log(`[bench] ${line}`);
  const seed = Number(values.seed);
  for (const relationships of values.relationships.split(',').map(Number)) {
    const graph = await prepareGraph({ relationships, seed, workDir: values['work-dir'], log });
    const result = await runBenchmark({
      dataDir: graph.dataDir,
      load: graph.load,
      seconds: Number(values.seconds),
      throughputSeconds: Number(values['throughput-seconds']),
      warmupSeconds: Number(values['warmup-seconds']),
      rawSamples: Number(values['raw-samples']),
      seed,
      only,
      cpuProfileDir: values.profile ? path.join(ROOT, 'bench/profiles', String(relationships)) : undefined,
      log,
    });
    log(`wrote ${await writeResults(values['results-dir'], result)}`);
  }
  if (!values['no-readme']) await updateReadme(path.join(ROOT, 'bench/README.md'), values['results-dir']);
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
