import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** This process's environment without NEO4J_URI: the benchmark measures the embedded store. */
export function embeddedEnv(): NodeJS.ProcessEnv {
  const { NEO4J_URI: _, ...env } = process.env;
  return env;
}

export interface RunningServer {
  url: string;
  pid: number;
  /** Resident memory now and at its peak (VmHWM), in MiB. */
  memory(): { rssMb: number; peakRssMb: number };
  stop(): Promise<void>;
}

/**
 * Starts `src/server.ts` as `npm start` does, in production mode on a free port, on the given embedded data directory.
 * `node --import tsx` rather than the tsx CLI, so that the pid is the server's own (its memory is what is measured).
 */
export async function startServer(dataDir: string, options: { cpuProfileDir?: string } = {}): Promise<RunningServer> {
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: {
      ...embeddedEnv(),
      GRAPH_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      TRACE: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await listeningPort(child);
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid,
    memory: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
      return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // Writing a CPU profile at exit takes a while after a long run: a SIGKILL then would lose it.
      const timer = setTimeout(() => child.kill('SIGKILL'), options.cpuProfileDir ? 180_000 : 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`the server did not start within 120 s:\n${output}`)), 120_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on http:\/\/[^:]+:(\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', read);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`the server exited (${code}) before listening:\n${output}`)));
  });
}
