import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Child processes of the real entry points (server, load CLI), as an operator starts them. */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Spawned {
  child: ChildProcess;
  /** Everything written so far. */
  stdout: () => string;
  stderr: () => string;
  /** Settles once, when the process has exited: its code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs a TypeScript entry point as `node --import tsx <script>`: one process (npx would add a parent that a
 * SIGKILL does not reach), on the embedded store unless the caller sets NEO4J_URI itself.
 */
export function spawnScript(script: string, env: Record<string, string>): Spawned {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('NEO4J_URI' in env)) delete childEnv.NEO4J_URI;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Rejects after `ms` with `what` in the message; otherwise settles as `promise` does. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts `src/server.ts` on an embedded data directory, on a free port of 127.0.0.1, and waits for the line that
 * announces it: `ecosystem-graph on http://localhost:<port>/graphql`. Found anywhere in the output, so a structured
 * (JSON) log line would do as well. `script` swaps in another entry point (e.g. a deliberately broken copy, to check
 * that a test catches the fault).
 */
export async function startServer(dataDir: string, env: Record<string, string> = {}, timeoutMs = 30_000, script = 'src/server.ts') {
  const server = spawnScript(script, {
    GRAPH_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    NODE_ENV: 'test',
    ...env,
  });
  const port = await within(
    new Promise<number>((resolve, reject) => {
      const look = () => {
        const match = /ecosystem-graph on http:\/\/[^\s:"]+:(\d+)\/graphql/.exec(server.stdout());
        if (match) resolve(Number(match[1]));
      };
      server.child.stdout!.on('data', look);
      void server.exited.then(({ code, signal }) =>
        reject(new Error(`the server exited (${code ?? signal}) before listening:\n${server.stderr()}`)),
      );
    }),
    timeoutMs,
    'waiting for the server to listen',
  ).catch((error: unknown) => {
    server.child.kill('SIGKILL');
    throw error;
  });
  return { ...server, port };
}
