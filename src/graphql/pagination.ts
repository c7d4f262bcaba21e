import { badInput } from '../errors.js';
import { truncate } from './global-id.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const CURSOR_PREFIX = 'k1:';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page request checked once: size within bounds, cursor decoded to the key it stands for. */
export interface Page {
  size: number;
  /** Items strictly after this key; '' for the first page. */
  afterKey: string;
}

export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Lazy, so the count query runs only when a client asks for totalCount. */
  totalCount: () => Promise<number> | number;
}

/** Keyset cursors: the opaque form of an item's unique sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(CURSOR_PREFIX) || encodeCursor(text.slice(CURSOR_PREFIX.length)) !== cursor)
    throw badInput(`"${truncate(cursor)}" is not a cursor of this API: pass a \`cursor\` or \`pageInfo.endCursor\` value unchanged.`);
  return text.slice(CURSOR_PREFIX.length);
}

/** Validates `first`/`after`: `first` from 0 to 100 (default 20). */
export function readPage(args: PageArgs, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): Page {
  const size = args.first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max)
    throw badInput(`\`first\` must be between 0 and ${max} (got ${size}); page through larger results with \`after\`.`, {
      max,
    });
  return { size, afterKey: args.after ? decodeCursor(args.after) : '' };
}

/** Builds a connection from items already sorted by `keyOf`, of which at most page.size + 1 follow the cursor. */
export function toConnection<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  page: Page,
  totalCount: () => Promise<number> | number,
): ConnectionResult<T> {
  const visible = items.slice(0, page.size);
  const edges = visible.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > page.size,
      hasPreviousPage: page.afterKey !== '',
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Pages a complete, key-sorted list held in memory (the relations of one entity). */
export function connectionFromList<T>(all: readonly T[], keyOf: (item: T) => string, page: Page): ConnectionResult<T> {
  const rest = page.afterKey === '' ? all : all.filter((item) => keyOf(item) > page.afterKey);
  return toConnection(rest.slice(0, page.size + 1), keyOf, page, () => all.length);
}
