import neo4j from 'neo4j-driver';

/** Neo4j values -> plain JS: Integer -> number, temporal values -> ISO strings, nodes -> their properties. */
export function fromNeo4j(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  )
    return String(value);
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (value !== null && typeof value === 'object') {
    const source = 'properties' in value && 'labels' in value ? (value as { properties: object }).properties : value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(source)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}

/** JS numbers reach Neo4j as floats; whole numbers must be Integers or LIMIT and counts refuse them. */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}
