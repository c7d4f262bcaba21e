import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/domain.js';
import { CypherBook, registeredQueries } from '../../src/store/cypher-registry.js';
import { LadybugRunner } from '../../src/store/ladybug/ladybug-runner.js';
import '../../src/store/queries.js';
import '../../src/store/bulk-queries.js';

// Every LadybugDB query must bind against the real schema: prepare() parses and binds without executing.
describe('LadybugDB query files', () => {
  let runner: LadybugRunner;
  const book = new CypherBook('ladybug');
  beforeAll(async () => {
    runner = await LadybugRunner.open({ path: ':memory:', readers: 1 });
    await runner.applySchema();
  });
  afterAll(() => runner.close());

  // COPY binds its file at prepare time: an empty one is enough.
  const csvFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'ladybug-queries-')), 'empty.csv');
  writeFileSync(csvFile, '');
  const queries = registeredQueries().filter((q) => q.name !== 'schema');
  it.each(queries.map((q) => [q.name, q] as const))('%s prepares', async (_, query) => {
    const slots = { relationTypes: [...RELATION_TYPES], maxHops: 4, csvFile };
    const texts = ['create-relations', 'bulk-relations'].includes(query.name)
      ? RELATION_TYPES.map((t) => book.text(query, { relationTypes: [t], csvFile }))
      : [book.text(query, slots)];
    for (const text of texts) await expect(runner.check(text)).resolves.toBeUndefined();
  });

  it('applying the schema twice is harmless', async () => {
    await expect(runner.applySchema()).resolves.toBeUndefined();
  });
});
