import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateEcosystem } from '../bulk/generator.js';
import { progressBar } from '../bulk/progress.js';
import { writeCsv } from '../bulk/write-csv.js';
import { writeYaml } from '../bulk/write-yaml.js';

const USAGE = `npm run generate -- --relationships <n> [--seed <n>] [--format csv|yaml] [--out <dir>]

Writes a deterministic synthetic ecosystem shaped like data/: as bulk CSV files (for \`npm run import\`, the default)
or as the YAML files of data/ (for \`npm run load\` with CURATED_DATA_DIR=<dir>; meant for small graphs).
  --relationships  how many relations (at least 1000; default 10000)
  --seed           the same seed gives the same graph (default 42)
  --format         csv (default) or yaml
  --out            output directory (default .data/generated/<format>-<relationships>-s<seed>)`;

// npm run generate: a synthetic graph of any size, the same on every machine for the same seed.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      relationships: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '42' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const relationships = Number(values.relationships);
  const seed = Number(values.seed);
  const format = values.format;
  if (format !== 'csv' && format !== 'yaml') throw new Error(`--format is csv or yaml (got ${format})\n\n${USAGE}`);
  const out = path.resolve(values.out ?? `.data/generated/${format}-${relationships}-s${seed}`);

  const started = performance.now();
  const ecosystem = generateEcosystem({ relationships, seed });
  const bar = progressBar();
  bar.start('relations', relationships);
  let written = 0;
  const relations = (function* () {
    for (const r of ecosystem.relations) {
      yield r;
      if (++written % 10_000 === 0) bar.update(written);
    }
  })();
  try {
    if (format === 'csv') await writeCsv(out, { ...ecosystem, relations, origin: { generator: { relationships, seed } } });
    else await writeYaml(out, { ...ecosystem, relations });
  } finally {
    bar.update(written);
    bar.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Generated ${ecosystem.entities.length} entities, ${written} relations and ${ecosystem.articles.length} articles ` +
      `(seed ${seed}) as ${format.toUpperCase()} in ${out} in ${seconds} s.`,
  );
}

main().catch((error: unknown) => {
  console.error(`Generation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
