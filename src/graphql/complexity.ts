import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/**
 * Static cost of an operation (Pothos complexity plugin), computed before any resolver runs: each field costs 1 and
 * a list multiplies the cost of its sub-selection by how many items it may return. Connections multiply by `first`;
 * plain relation lists, which return every relation of an entity and can be huge on hub nodes (a national label at
 * 1M relationships), multiply by HUB_LIST_MULTIPLIER.
 */
export const COST_LIMIT = 5000;
export const HUB_LIST_MULTIPLIER = 50;
/** Citations of one fact or relation: one to three in practice. */
export const CITATION_MULTIPLIER = 2;

/** Connection fields: the page size asked for. */
export function pagedComplexity(args: { first?: number | null }) {
  return { field: 1, multiplier: Math.max(0, args.first ?? DEFAULT_PAGE_SIZE) };
}

export const LIMIT_CODE = 'OPERATION_LIMIT_EXCEEDED';

/** Refusal of an operation over a static limit, naming the limit; production hides the numbers (see hideLimits). */
export function limitError(limit: string, detail: string): GraphQLError {
  return new GraphQLError(`Operation refused by the ${limit} limit: ${detail}`, {
    extensions: { code: LIMIT_CODE, limit, http: { status: 400 } },
  });
}

/** The same refusal without numbers, for production. */
export function withoutLimitNumbers(error: GraphQLError): GraphQLError {
  const limit = String(error.extensions.limit ?? 'operation');
  return new GraphQLError(`Operation refused by the ${limit} limit. Ask for less (smaller pages, fewer nested lists).`, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: LIMIT_CODE, limit, http: { status: 400 } },
  });
}
