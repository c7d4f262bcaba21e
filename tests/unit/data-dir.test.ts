import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.js';
import { openEmbedded } from '../../src/store/embedded-store.js';
import { commitVersion, currentVersion, newVersionPath, removeStaleVersions } from '../../src/store/ladybug/data-dir.js';

describe('the embedded data directory', () => {
  it('is empty until a version is committed, then names it in CURRENT', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'graph-'));
    expect(await currentVersion(dir)).toBeNull();
    const file = await newVersionPath(dir);
    await writeFile(file, 'x');
    await commitVersion(dir, file);
    expect(await currentVersion(dir)).toBe(file);
  });

  it('removes every version but the live one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'graph-'));
    await writeFile(path.join(dir, 'graph-old.lbug'), 'x');
    await writeFile(path.join(dir, 'graph-old.lbug.wal'), 'x');
    const live = path.join(dir, 'graph-live.lbug');
    await writeFile(live, 'x');
    await commitVersion(dir, live);
    expect((await removeStaleVersions(dir)).sort()).toEqual(['graph-old.lbug', 'graph-old.lbug.wal']);
    expect((await readdir(dir)).sort()).toEqual(['CURRENT', 'graph-live.lbug']);
  });

  it('refuses a CURRENT naming a missing version, saying how to rebuild', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'graph-'));
    await writeFile(path.join(dir, 'CURRENT'), 'graph-gone.lbug\n');
    const opening = openEmbedded({ dataDir: dir });
    await expect(opening).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(opening).rejects.toThrow(/graph-gone\.lbug.*npm run load/);
    expect(await readdir(dir)).toEqual(['CURRENT']);
  });
});
