import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * The embedded data directory holds immutable graph versions (`graph-<stamp>.lbug`) and a CURRENT file naming
 * the live one, as LevelDB's manifest does. A load builds a new version beside the old and then swaps CURRENT with
 * an atomic rename: a crash at any point leaves CURRENT naming a complete graph, the old one or the new.
 */
const CURRENT = 'CURRENT';
const VERSION = /^graph-[0-9a-z-]+\.lbug/;

/** The live version's file, or null when the directory holds no graph yet. */
export async function currentVersion(dir: string): Promise<string | null> {
  try {
    const name = (await readFile(path.join(dir, CURRENT), 'utf8')).trim();
    const file = path.join(dir, name);
    if (!VERSION.test(name) || !existsSync(file))
      throw new Error(`${path.join(dir, CURRENT)} names "${name}", which is not a graph version here`);
    return file;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A fresh file name for a version being built; unique per process and instant. */
export async function newVersionPath(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = `${Date.now().toString(36)}-${process.pid.toString(36)}`;
  return path.join(dir, `graph-${stamp}.lbug`);
}

/** Makes `file` the live version: CURRENT is written aside, flushed, then renamed over the old one. */
export async function commitVersion(dir: string, file: string): Promise<void> {
  const staged = path.join(dir, `${CURRENT}.next`);
  const handle = await open(staged, 'w');
  try {
    await handle.writeFile(`${path.basename(file)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(staged, path.join(dir, CURRENT));
  const dirHandle = await open(dir, 'r');
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}

/** Deletes every version but the live one, with their WAL and shadow files (left by crashed or old loads). */
export async function removeStaleVersions(dir: string): Promise<string[]> {
  const live = await currentVersion(dir);
  const keep = live ? path.basename(live) : null;
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    if (!VERSION.test(name)) continue;
    if (keep && (name === keep || name.startsWith(`${keep}.`))) continue;
    await rm(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
