/**
 * LadybugDB values -> plain JS: INT64 arrives as bigint, DATE/TIMESTAMP as Date. Rows and lists are converted in
 * place: the driver makes them fresh for each result, and copying them doubled the garbage of large results.
 */
export function fromLadybug(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromLadybug(value[i]);
    return value;
  }
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), fromLadybug(v)]));
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = fromLadybug(record[key]);
  return record;
}
