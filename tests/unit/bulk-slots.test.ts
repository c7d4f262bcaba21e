import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherBook, fillSlots } from '../../src/store/cypher-registry.js';
import { bulkArticles, bulkRelations } from '../../src/store/bulk-queries.js';
import '../../src/store/queries.js';

// {{csvFile}}: the one value a bulk COPY cannot take as a parameter. Spliced into a quoted Cypher string, so only an
// absolute path of an existing .csv file made of a conservative set of characters gets through.
const dir = mkdtempSync(path.join(os.tmpdir(), 'bulk-slots-'));
const file = path.join(dir, 'relations-HOLDS_ROLE.csv');
writeFileSync(file, 'from,to\n');

describe('the csvFile template slot', () => {
  it('splices an absolute path to an existing .csv file', () => {
    expect(fillSlots("COPY X FROM '{{csvFile}}'", { csvFile: file })).toBe(`COPY X FROM '${file}'`);
    const hidden = path.join(dir, '.data', 'graph.csv');
    mkdirSync(path.dirname(hidden));
    writeFileSync(hidden, '');
    expect(fillSlots('{{csvFile}}', { csvFile: hidden })).toBe(hidden);
  });

  it.each([
    ['a missing value', undefined],
    ['a relative path', path.relative(process.cwd(), file)],
    ['a file that does not exist', path.join(dir, 'missing.csv')],
    ['a directory', (() => (mkdirSync(path.join(dir, 'folder.csv')), path.join(dir, 'folder.csv')))()],
    ['another extension', (() => (writeFileSync(path.join(dir, 'x.txt'), ''), path.join(dir, 'x.txt')))()],
    ['a quote that would end the Cypher string', `${dir}/x'); MATCH (n) DETACH DELETE n; //.csv`],
    ['a quote in an existing file name', (() => (writeFileSync(path.join(dir, "o'k.csv"), ''), path.join(dir, "o'k.csv")))()],
    ['a space', (() => (writeFileSync(path.join(dir, 'a b.csv'), ''), path.join(dir, 'a b.csv')))()],
    ['a backslash', `${dir}\\x.csv`],
    ['a parent segment', `${dir}/../${path.basename(dir)}/relations-HOLDS_ROLE.csv`],
    ['a line break', `${file}\n.csv`],
    ['a number', 42],
  ])('refuses %s', (_, csvFile) => {
    expect(() => fillSlots("COPY X FROM '{{csvFile}}'", { csvFile: csvFile as string })).toThrow(/csvFile slot/);
  });

  it('is what the LadybugDB bulk statements read; the Neo4j ones take rows and need no file', () => {
    const ladybug = new CypherBook('ladybug');
    expect(ladybug.text(bulkRelations, { relationTypes: ['HOLDS_ROLE'], csvFile: file })).toContain(`COPY HOLDS_ROLE FROM '${file}'`);
    expect(() => ladybug.text(bulkArticles, {})).toThrow(/csvFile slot/);
    expect(new CypherBook('neo4j').text(bulkArticles, {})).toContain('UNWIND $rows AS row');
  });

  it('leaves the other slots as they were', () => {
    expect(fillSlots('[:{{relationTypes}}*1..{{maxHops}}]', { relationTypes: ['HOLDS_ROLE'], maxHops: 2, csvFile: file })).toBe(
      '[:HOLDS_ROLE*1..2]',
    );
  });
});
