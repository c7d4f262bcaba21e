import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { embeddedEnv, ROOT } from './server.js';

const run = promisify(execFile);

export interface PreparedGraph {
  csvDir: string;
  dataDir: string;
  load: { seconds: number; peakRssMb: number };
}

/**
 * The documented commands, in child processes: `npm run generate` (skipped when its output is already there: the
 * same seed gives the same files) then `npm run import`, whose time and peak memory are the import's own.
 */
export async function prepareGraph(options: {
  relationships: number;
  seed: number;
  workDir: string;
  log?: (line: string) => void;
}): Promise<PreparedGraph> {
  const log = options.log ?? (() => {});
  const name = `${options.relationships}-s${options.seed}`;
  const csvDir = path.resolve(options.workDir, `csv-${name}`);
  const dataDir = path.resolve(options.workDir, `graph-${name}`);
  const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...embeddedEnv(), ...env },
      maxBuffer: 16 << 20,
    });
  if (!existsSync(path.join(csvDir, 'manifest.json'))) {
    log(`generating ${options.relationships} relationships (seed ${options.seed}) into ${csvDir}`);
    const generated = await tsx('src/cli/generate.ts', ['--relationships', String(options.relationships), '--seed', String(options.seed), '--out', csvDir]);
    log(generated.stdout.trim());
  }
  log(`importing into ${dataDir}`);
  const imported = await tsx('src/cli/import.ts', ['--from', csvDir, '--json'], { GRAPH_DATA_DIR: dataDir });
  const summary = JSON.parse(imported.stdout.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number; relations: number };
  log(`imported ${summary.relations} relations in ${summary.seconds.toFixed(1)} s, peak RSS ${Math.round(summary.peakRssMb)} MB`);
  return { csvDir, dataDir, load: { seconds: summary.seconds, peakRssMb: summary.peakRssMb } };
}
