import { describe, expect, it } from 'vitest';
import { isPartialDate, lowerBound, upperBound } from '../../src/partial-date.js';
import { decodeCursor, encodeCursor, readPage } from '../../src/graphql/pagination.js';
import { encodeNodeId, slugFromReference, tryDecodeNodeId } from '../../src/graphql/global-id.js';
import { buildSearchText, compactText, normalizeText } from '../../src/store/search-text.js';
import { loadConfig } from '../../src/config.js';

describe('partial dates', () => {
  it.each(['2019', '2019-02', '2019-02-28', '2020-02-29'])('accepts %s', (d) => expect(isPartialDate(d)).toBe(true));
  it.each(['2019-02-30', '2019-13', '2019-00', '19', '2019-2-1', '2019/02', '2021-02-29', ''])('refuses %s', (d) =>
    expect(isPartialDate(d)).toBe(false),
  );
  it('turns a partial date into the interval it covers', () => {
    expect([lowerBound('2015'), upperBound('2015')]).toEqual(['2015-01-01', '2015-12-31']);
    expect([lowerBound('2015-06'), upperBound('2015-06')]).toEqual(['2015-06-01', '2015-06-31']);
    expect([lowerBound(null), upperBound(null)]).toEqual(['0000-01-01', '9999-12-31']);
  });
});

describe('search text', () => {
  it('folds case, accents, ligatures and punctuation', () => {
    expect(normalizeText('La Mêlée Numérique')).toBe('la melee numerique');
    expect(normalizeText("Cœur d'Hérault")).toBe('coeur d herault');
    expect(compactText('Digital Place')).toBe('digitalplace');
  });
  it('delimits every key so exact and prefix matches can be told apart', () => {
    expect(buildSearchText(['DigitalPlace', 'Digital Place'])).toBe('|digitalplace|digital place|');
  });
});

describe('cursors and page arguments', () => {
  it('round-trips a key through an opaque cursor', () => {
    const cursor = encodeCursor('holds_role:a:b:president');
    expect(cursor).not.toContain('holds_role');
    expect(decodeCursor(cursor)).toBe('holds_role:a:b:president');
  });
  it('refuses what it did not make', () => {
    expect(() => decodeCursor('abc')).toThrow(/not a cursor/);
    expect(() => decodeCursor('%%%')).toThrow(/not a cursor/);
  });
  it('defaults to 20 and caps at 100', () => {
    expect(readPage({})).toEqual({ size: 20, afterKey: '' });
    expect(readPage({ first: 100 }).size).toBe(100);
    expect(() => readPage({ first: 101 })).toThrow(/between 0 and 100/);
  });
});

describe('global ids', () => {
  it('decode only ids of known types that re-encode identically', () => {
    const id = encodeNodeId('Person', 'daniel-benchimol');
    expect(tryDecodeNodeId(id)).toEqual({ typename: 'Person', id: 'daniel-benchimol' });
    expect(tryDecodeNodeId('daniel-benchimol')).toBeNull();
    expect(tryDecodeNodeId(encodeNodeId('Robot', 'x'))).toBeNull();
  });
  it('arguments take a slug or an entity id', () => {
    expect(slugFromReference(encodeNodeId('Organisation', '43117'))).toBe('43117');
    expect(slugFromReference('43117')).toBe('43117');
  });
});

describe('configuration', () => {
  it('defaults to the embedded store on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, store: { backend: 'embedded', dataDir: './.data/graph' }, trace: false });
  });
  it('switches to Neo4j when NEO4J_URI is set', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'x' }).store).toMatchObject({ backend: 'neo4j', uri: 'neo4j://db:7687' });
  });
  it('traces store calls in development or with TRACE=1', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).trace).toBe(true);
    expect(loadConfig({ TRACE: '1' }).trace).toBe(true);
  });
  it('lists every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', NEO4J_URI: 'not a uri' })).toThrow(/PORT[\s\S]*NEO4J_URI/);
  });
});
