import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isNotParamError,
  lintCypherQuery,
  testData,
  type DbSchema,
  type SyntaxDiagnostic,
} from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/domain.js';
import { CYPHER_DIR, CypherBook, fillSlots, registeredQueries } from '../../src/store/cypher-registry.js';
import { splitStatements } from '../../src/store/runner.js';
import '../../src/store/queries.js';
import '../../src/store/bulk-queries.js';

// No Neo4j server runs here, so every Neo4j query goes through Neo4j's own Cypher front end instead (the linter of
// its language server): syntax, undefined variables, unknown or deprecated functions, argument counts and types,
// aggregation scope (errors); unknown labels, relationship types and property keys, deprecations (warnings).
// Errors and warnings both fail: with the schema below complete, a warning is a misspelling or a deprecation.

// LSP DiagnosticSeverity.
const ERROR = 1;
const WARNING = 2;

const book = new CypherBook('neo4j');
const slots = { relationTypes: [...RELATION_TYPES], maxHops: 4 };

/** Every statement the Neo4j backend can send, named for the test report. */
const statements = registeredQueries().flatMap((query) => {
  if (query.name === 'schema')
    return splitStatements(book.text(query)).map((text, i) => ({ name: `schema #${i + 1}`, text }));
  if (query.name === 'create-relations' || query.name === 'bulk-relations')
    return RELATION_TYPES.map((type) => ({
      name: `${query.name} [${type}]`,
      text: book.text(query, { relationTypes: [type] }),
    }));
  return [{ name: query.name, text: book.text(query, slots) }];
});

// The property keys the write queries store (`key: row.x`, `key: $x`, `key: 'literal'`), plus the keys they read
// from their `row` maps (`row.from`: the linter cannot tell a map key from a property). A read of any other
// property is reported, since nothing would ever have written it.
const writes = registeredQueries().filter((q) => q.access === 'write' && q.name !== 'schema');
const keyPattern = /(\w+):\s*(?=row\.\w|\$\w|')|\brow\.(\w+)/g;
const propertyKeys = [
  ...new Set(
    writes.flatMap((q) =>
      [...book.text(q, { relationTypes: ['HOLDS_ROLE'] }).matchAll(keyPattern)].map((m) => (m[1] ?? m[2])!),
    ),
  ),
].sort();

const schema: DbSchema = {
  // The Cypher 5 function and procedure signatures shipped with the package: without them the linter cannot
  // tell an unknown function from a known one.
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  // docker-compose.yml runs neo4j:5, whose default language is Cypher 5.
  defaultLanguage: 'CYPHER 5',
  labels: ['Entity', 'Article', 'GraphMeta'],
  relationshipTypes: [...RELATION_TYPES],
  propertyKeys,
};

/**
 * Errors and warnings as `line:col message`. The only thing filtered: "Parameter $x is not defined." (what
 * `isNotParamError` drops), since the schema declares no parameters; every other diagnostic counts.
 */
function lint(text: string) {
  const { diagnostics } = lintCypherQuery(text, schema);
  const show = (d: SyntaxDiagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${message(d)}`;
  const kept = diagnostics.filter((d) => isNotParamError({ message: message(d) }));
  return {
    errors: kept.filter((d) => d.severity === ERROR).map(show),
    warnings: kept.filter((d) => d.severity === WARNING).map(show),
  };
}

function message(d: SyntaxDiagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

describe('Neo4j query files pass the Neo4j Cypher linter', () => {
  it('covers every registered query and the written property keys', () => {
    const names = new Set(statements.map((s) => s.name.replace(/ .*/, '')));
    expect([...names].sort()).toEqual(registeredQueries().map((q) => q.name).sort());
    expect(statements.filter((s) => s.name.startsWith('schema')).length).toBeGreaterThan(1);
    expect(propertyKeys).toEqual(expect.arrayContaining(['slug', 'kind', 'searchText', 'roleKind', 'titleKey', 'key', 'loadedAt']));
  });

  it.each(statements.map((s) => [s.name, s.text] as const))('%s', (_, text) => {
    expect(lint(text)).toEqual({ errors: [], warnings: [] });
  });
});

describe('the linter catches what it should', () => {
  it.each([
    ['an unknown function', 'MATCH (e:Entity) RETURN toLowr(e.name) AS name'],
    ['a syntax error', 'MATCH (e:Entity) RETRUN e.slug'],
    ['an undefined variable', 'MATCH (e:Entity) RETURN f.slug AS slug'],
    ['a wrong argument count', 'RETURN toInteger($x, 2) AS n'],
    ['an aggregation mixed with its grouping key', 'MATCH (e:Entity) RETURN e.kind + count(e) AS n'],
  ])('%s is an error', (_, text) => {
    expect(lint(text).errors).not.toEqual([]);
  });

  it.each([
    ['a misspelt label', 'MATCH (e:Entiy) RETURN e.slug AS slug'],
    ['a misspelt relationship type', 'MATCH (a:Entity)-[:HOLD_ROLE]->(b:Entity) RETURN b.slug AS slug'],
    ['a property nothing writes', 'MATCH (e:Entity) RETURN e.slg AS slug'],
    ['a deprecated function', 'MATCH (e:Entity) RETURN id(e) AS id'],
  ])('%s is a warning', (_, text) => {
    expect(lint(text).warnings).not.toEqual([]);
  });

  it('filters nothing but undefined parameters', () => {
    const { diagnostics } = lintCypherQuery('RETURN $x + y AS z', schema);
    expect(diagnostics.map((d) => [isNotParamError({ message: message(d) }), message(d)])).toEqual([
      [false, 'Parameter $x is not defined.'],
      [true, 'Variable `y` not defined'],
    ]);
  });

  // The LadybugDB twins of the per-dialect files are not Neo4j Cypher: proof that the neo4j/ overrides are needed
  // and that the check above can fail.
  it.each(['relations-of', 'shortest-path'])('the LadybugDB %s.cypher is rejected', (name) => {
    const text = fillSlots(readFileSync(path.join(CYPHER_DIR, 'ladybug', `${name}.cypher`), 'utf8'), slots, name);
    expect(lint(text).errors).not.toEqual([]);
  });
});
