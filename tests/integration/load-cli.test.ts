import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '../../src/store/embedded-store.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { DATA_DIR } from '../helpers/seed-app.js';

// `npm run load` as an operator runs it: a separate process on a real data directory, judged by exit code and output.
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SPAWN_TIMEOUT_MS = 15_000;

interface LoadRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function load(graphDir: string, curatedDir: string = DATA_DIR): LoadRun {
  const env: NodeJS.ProcessEnv = { ...process.env, GRAPH_DATA_DIR: graphDir, CURATED_DATA_DIR: curatedDir };
  // The load must go to the embedded directory under test, never to a Neo4j the developer has configured.
  delete env.NEO4J_URI;
  const run = spawnSync('npx', ['tsx', 'src/cli/load.ts'], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The counts line: "…: 5 articles, 123 entities, 178 relations." */
function printedCounts(stdout: string) {
  const match = /(\d+) articles, (\d+) entities, (\d+) relations/.exec(stdout);
  expect(match, `no counts in:\n${stdout}`).not.toBeNull();
  return { articles: Number(match![1]), entities: Number(match![2]), relations: Number(match![3]) };
}

async function metaCounts(dataDir: string) {
  const store = await openEmbedded({ dataDir });
  expect(store).not.toBeNull();
  try {
    const meta = await store!.meta();
    return { articles: meta?.articles, entities: meta?.entities, relations: meta?.relations };
  } finally {
    await store!.runner.close();
  }
}

const readCurrent = (dir: string) => readFile(path.join(dir, 'CURRENT'), 'utf8');

describe('npm run load (src/cli/load.ts)', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'load-cli-test-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('is idempotent: loading twice prints the same counts and leaves one version plus CURRENT', async () => {
    const graphDir = path.join(root, 'twice');
    const first = load(graphDir);
    expect(first.status, first.stderr).toBe(0);
    const second = load(graphDir);
    expect(second.status, second.stderr).toBe(0);

    expect(second.stdout).toBe(first.stdout);
    const counts = printedCounts(second.stdout);
    expect(counts.entities).toBeGreaterThan(0);
    expect(counts.relations).toBeGreaterThan(0);

    const entries = (await readdir(graphDir)).sort();
    const versions = entries.filter((name) => /^graph-.*\.lbug$/.test(name));
    expect(versions).toHaveLength(1);
    expect(entries).toEqual(['CURRENT', versions[0]]);
    expect((await readCurrent(graphDir)).trim()).toBe(versions[0]);
    expect(await metaCounts(graphDir)).toEqual(counts);
  }, 60_000);

  it('refuses invalid data: exits non-zero, names file/record/field, writes nothing, keeps the previous graph', async () => {
    const graphDir = path.join(root, 'invalid');
    const valid = load(graphDir);
    expect(valid.status, valid.stderr).toBe(0);
    const before = { current: await readCurrent(graphDir), entries: (await readdir(graphDir)).sort() };

    const brokenDir = path.join(root, 'broken-data');
    await cp(DATA_DIR, brokenDir, { recursive: true });
    const relationsFile = path.join(brokenDir, 'relations.yaml');
    const relations = parseYaml(await readFile(relationsFile, 'utf8')) as Record<string, unknown>[];
    const index = relations.findIndex((r) => r.type === 'MERGED_INTO');
    expect(index).toBeGreaterThanOrEqual(0);
    const broken = relations[index]!;
    broken.effective = '2019-02-30';
    await writeFile(relationsFile, stringify(relations));

    const run = load(graphDir, brokenDir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`relations.yaml #${index + 1} (MERGED_INTO ${String(broken.from)} -> ${String(broken.to)}) effective:`);
    expect(run.stderr).toContain('Nothing was written');
    expect(run.stdout).not.toMatch(/Loaded into/);

    expect(await readCurrent(graphDir)).toBe(before.current);
    expect((await readdir(graphDir)).sort()).toEqual(before.entries);
    expect(await metaCounts(graphDir)).toEqual(printedCounts(valid.stdout));
  }, 60_000);

  describe('while another process holds the store', () => {
    const graphDir = () => path.join(root, 'held');
    let held: GraphStore | null = null;
    afterAll(() => held?.runner.close());

    it('exits non-zero, names the directory and says how to get out, and leaves CURRENT unchanged', async () => {
      const valid = load(graphDir());
      expect(valid.status, valid.stderr).toBe(0);
      const before = { current: await readCurrent(graphDir()), entries: (await readdir(graphDir())).sort() };

      held = await openEmbedded({ dataDir: graphDir() });
      expect(held).not.toBeNull();
      const run = load(graphDir());
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(graphDir());
      expect(run.stderr).toMatch(/in use/);
      expect(run.stderr).toMatch(/Stop that process|GRAPH_DATA_DIR/);
      expect(run.stdout).not.toMatch(/Loaded into/);

      expect(await readCurrent(graphDir())).toBe(before.current);
      expect((await readdir(graphDir())).sort()).toEqual(before.entries);
      // The holder is undisturbed: it still answers from the graph it opened.
      expect(await held!.meta()).toMatchObject(printedCounts(valid.stdout));
    }, 60_000);
  });
});
