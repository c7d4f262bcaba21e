import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/data/dataset.js';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/domain.js';
import { loadEmbedded, openEmbedded } from '../../src/store/embedded-store.js';
import { hashDataset } from '../../src/store/graph-writer.js';
import { DATA_DIR } from '../helpers/seed-app.js';
import { spawnScript, startServer, within } from '../helpers/processes.js';

// Crash safety of the embedded store: `npm run load` killed with SIGKILL at many moments, and the data directory must
// then open on the graph it held before (the old one) or on the complete new one, never on a broken or partial one.
// The old graph is a smaller copy of data/ (a few entities fewer), so the two states cannot be confused.

interface GraphState {
  dataHash: string;
  articles: number;
  entities: number;
  relations: number;
}

const stateOf = (dataset: Dataset): GraphState => ({
  dataHash: hashDataset(dataset),
  articles: dataset.articles.length,
  entities: dataset.entities.length,
  relations: dataset.relations.length,
});

/** What the directory holds: meta, checked against what is really stored (every entity, every relation). */
async function inspect(dataDir: string): Promise<GraphState> {
  const store = await openEmbedded({ dataDir });
  expect(store, `${dataDir} holds no graph`).not.toBeNull();
  try {
    const meta = await store!.meta();
    expect(meta, 'the graph has no meta: a partial load').not.toBeNull();
    const entities = await store!.entityCount(ENTITY_KINDS);
    const slugs = (await store!.entityPage(ENTITY_KINDS, '', 10_000)).map((e) => e.slug);
    const outgoing = await store!.relationsOf(slugs, RELATION_TYPES, 'OUT');
    const relations = [...outgoing.values()].reduce((n, list) => n + list.length, 0);
    const articles = await store!.articleCount();
    // Meta and content agree: a graph whose meta was written but whose content is partial would fail here.
    expect({ articles, entities, relations }).toEqual({ articles: meta!.articles, entities: meta!.entities, relations: meta!.relations });
    expect(slugs).toHaveLength(entities);
    return { dataHash: meta!.dataHash, articles, entities, relations };
  } finally {
    await store!.runner.close();
  }
}

type Phase = 'starting' | 'building' | 'committed' | 'finished';

interface Kill {
  delayMs: number;
  phase: Phase;
  held: 'old' | 'new';
  leftovers: string[];
}

describe('kill -9 during `npm run load` (embedded)', () => {
  let root: string;
  let graphDir: string;
  let small: Dataset;
  let oldState: GraphState;
  let newState: GraphState;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'crash-load-test-'));
    graphDir = path.join(root, 'graph');

    // The old graph: data/ without three people and every relation touching them.
    const smallDir = path.join(root, 'small-data');
    await cp(DATA_DIR, smallDir, { recursive: true });
    const entities = parseYaml(await readFile(path.join(smallDir, 'entities.yaml'), 'utf8')) as { slug: string; kind: string }[];
    const dropped = new Set(entities.filter((e) => e.kind === 'PERSON').slice(-3).map((e) => e.slug));
    expect(dropped.size).toBe(3);
    const relations = parseYaml(await readFile(path.join(smallDir, 'relations.yaml'), 'utf8')) as { from: string; to: string }[];
    await writeFile(path.join(smallDir, 'entities.yaml'), stringify(entities.filter((e) => !dropped.has(e.slug))));
    await writeFile(path.join(smallDir, 'relations.yaml'), stringify(relations.filter((r) => !dropped.has(r.from) && !dropped.has(r.to))));

    small = await loadDataset(smallDir);
    oldState = stateOf(small);
    newState = stateOf(await loadDataset(DATA_DIR));
    expect(newState.entities - oldState.entities).toBe(3);
    expect(newState.relations).toBeGreaterThan(oldState.relations);

    await loadEmbedded(graphDir, small);
    expect(await inspect(graphDir)).toEqual(oldState);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  // After the version being built appears on disk, the load is killed after each of these delays (ms); the first
  // kill lands before it appears. On this machine the build (schema, write, checkpoint on close) lasts ~400 ms and
  // the process ends ~50 ms after the commit: the last kills catch the commit or come too late, more so on a fast
  // machine; on a slow one more of them land mid-build.
  const DELAYS = [-1, 0, 20, 50, 90, 140, 200, 260, 330, 420];

  it(`opens on the old graph or the new one after each of ${DELAYS.length} kills, never on a partial one`, async () => {
    const kills: Kill[] = [];
    for (const delayMs of DELAYS) {
      const load = spawnScript('src/cli/load.ts', { GRAPH_DATA_DIR: graphDir, CURATED_DATA_DIR: DATA_DIR });
      // A version file is named graph-<time>-<pid base 36>.lbug: this one is the killed process's.
      const mine = `-${load.child.pid!.toString(36)}.lbug`;
      const current = () => (existsSync(path.join(graphDir, 'CURRENT')) ? readFileSync(path.join(graphDir, 'CURRENT'), 'utf8').trim() : '');
      const building = () => readdirSync(graphDir).some((name) => name.includes(mine));

      const started = performance.now();
      await within(
        new Promise<void>((resolve) => {
          const poll = setInterval(() => {
            const due = delayMs < 0 ? performance.now() - started > 300 : building();
            if (due || load.child.exitCode !== null) {
              clearInterval(poll);
              resolve();
            }
          }, 2);
        }),
        20_000,
        'waiting for the load to start building',
      ).catch((error: unknown) => {
        load.child.kill('SIGKILL');
        throw error;
      });
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));

      // Where the load was when it died: decided from the disk right before the kill, and CURRENT right after
      // (a commit in between counts as committed).
      let phase: Phase =
        load.child.exitCode !== null ? 'finished' : current().endsWith(mine) ? 'committed' : building() ? 'building' : 'starting';
      load.child.kill('SIGKILL');
      const exit = await within(load.exited, 10_000, 'waiting for the killed load to exit');
      // A load that ended on its own just before the kill exits 0; anything else must have died of the kill.
      if (exit.signal === null) {
        expect(exit, load.stderr()).toEqual({ code: 0, signal: null });
        phase = 'finished';
      } else expect(exit.signal).toBe('SIGKILL');
      if (phase !== 'finished' && current().endsWith(mine)) phase = 'committed';

      const state = await inspect(graphDir);
      const held = state.dataHash === newState.dataHash ? 'new' : 'old';
      expect(state).toEqual(held === 'new' ? newState : oldState);
      // CURRENT is the commit point: before it moves the old graph is live, after it the new one.
      expect(held).toBe(phase === 'committed' || phase === 'finished' ? 'new' : 'old');

      const leftovers = (await readdir(graphDir)).filter((n) => n !== 'CURRENT' && !n.startsWith(current()));
      kills.push({ delayMs, phase, held, leftovers });
      // Back to the old graph, so that the next kill can again tell old from new; this load also clears leftovers.
      if (held === 'new') await loadEmbedded(graphDir, small);
    }

    const count = (phase: Phase) => kills.filter((k) => k.phase === phase).length;
    console.log(
      `${kills.length} kills: ${count('building')} mid-load (version being built), ${count('starting')} before building, ` +
        `${count('committed')} after the commit, ${count('finished')} after the load finished; ` +
        `${kills.filter((k) => k.held === 'old').length} opened on the old graph, ${kills.filter((k) => k.held === 'new').length} on the new\n` +
        kills.map((k) => `  +${k.delayMs} ms: ${k.phase} -> ${k.held}${k.leftovers.length ? ` (left: ${k.leftovers.join(', ')})` : ''}`).join('\n'),
    );
    // The point of the exercise: kills that land while the new version is being written.
    expect(count('building')).toBeGreaterThanOrEqual(3);

    // The next load after the crashes completes, and clears what the killed loads left behind.
    const last = spawnScript('src/cli/load.ts', { GRAPH_DATA_DIR: graphDir, CURATED_DATA_DIR: DATA_DIR });
    expect((await within(last.exited, 30_000, 'waiting for a clean load')).code, last.stderr()).toBe(0);
    expect(await inspect(graphDir)).toEqual(newState);
    const entries = (await readdir(graphDir)).sort();
    expect(entries).toEqual(['CURRENT', (await readFile(path.join(graphDir, 'CURRENT'), 'utf8')).trim()]);
  }, 90_000);

  it('a second server on the same data directory exits at once, saying the directory is in use', async () => {
    const first = await startServer(graphDir);
    try {
      const started = performance.now();
      const second = spawnScript('src/server.ts', { GRAPH_DATA_DIR: graphDir, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'test' });
      const exit = await within(second.exited, 15_000, 'waiting for the second server to give up').catch((error: unknown) => {
        second.child.kill('SIGKILL');
        throw error;
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(`second server exited with ${exit.code} after ${seconds.toFixed(1)} s`);
      expect(exit.code).not.toBe(0);
      expect(exit.signal).toBeNull();
      expect(second.stderr()).toContain('in use by another process');
      expect(second.stderr()).toContain(graphDir);
      expect(second.stderr()).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(second.stdout()).not.toMatch(/ecosystem-graph on http/);
      // Node and tsx start in ~1 s here; the rest is the open that fails on the lock, which must not wait or retry.
      expect(seconds).toBeLessThan(10);
      // The first server is undisturbed.
      expect(first.child.exitCode).toBeNull();
    } finally {
      first.child.kill('SIGTERM');
      await within(first.exited, 15_000, 'waiting for the first server to stop');
    }
  }, 40_000);
});
