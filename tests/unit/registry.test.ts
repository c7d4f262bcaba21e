import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, CypherBook, DIALECTS, fillSlots, registeredQueries } from '../../src/store/cypher-registry.js';
import '../../src/store/queries.js';
import '../../src/store/bulk-queries.js';

describe('the Cypher registry', () => {
  it('finds a file for every registered query in every dialect', () => {
    for (const dialect of DIALECTS) expect(() => new CypherBook(dialect)).not.toThrow();
  });

  it('has one home per query: shared, or one file per dialect, never both', () => {
    const names = (dir: string) => (existsSync(path.join(CYPHER_DIR, dir)) ? readdirSync(path.join(CYPHER_DIR, dir)) : []);
    const shared = new Set(names('shared'));
    const [ladybug, neo4j] = [new Set(names('ladybug')), new Set(names('neo4j'))];
    for (const file of shared) expect(ladybug.has(file) || neo4j.has(file), file).toBe(false);
    expect([...ladybug].sort()).toEqual([...neo4j].sort());
    const registered = new Set(registeredQueries().map((q) => `${q.name}.cypher`));
    for (const file of [...shared, ...ladybug]) expect(registered.has(file), `${file} is not registered`).toBe(true);
  });

  it('fails fast at start-up naming a missing file', () => {
    expect(() => new CypherBook('neo4j', '/nonexistent')).toThrow(/Missing Cypher for dialect neo4j: .*entities-by-slug\.cypher/);
  });

  it('splices template slots only from their closed sets', () => {
    expect(fillSlots('[:{{relationTypes}}*1..{{maxHops}}]', { relationTypes: ['HOLDS_ROLE', 'MEMBER_OF'], maxHops: 3 })).toBe(
      '[:HOLDS_ROLE|MEMBER_OF*1..3]',
    );
    expect(() => fillSlots('{{relationTypes}}', { relationTypes: ['HOLDS_ROLE]->() DETACH DELETE (n' as never] })).toThrow();
    expect(() => fillSlots('{{maxHops}}', { maxHops: 7 })).toThrow(/1 to 6/);
    expect(() => fillSlots('{{maxHops}}', { maxHops: 2.5 })).toThrow();
    expect(() => fillSlots('{{user}}', {})).toThrow(/unknown template slot/);
  });
});
