/** LadybugDB values -> plain JS: INT64 arrives as bigint, DATE/TIMESTAMP as Date. */
export function fromLadybug(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(fromLadybug);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), fromLadybug(v)]));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromLadybug(v);
    return out;
  }
  return value;
}
