import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LIMIT_CODE, limitError, withoutLimitNumbers } from '../graphql/complexity.js';
import { relayAwareDepthRule } from './relay-aware-depth.js';

/** Limits on the shape of an operation, checked before anything runs. Defaults: GraphQL Armor's. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Shown in refusals outside production only. */
  exposeLimits: boolean;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxTokens: 1000, exposeLimits: true };

/**
 * GraphQL Armor for aliases, directives and tokens, and for blocking field suggestions ("Did you mean …?"), which
 * would reveal the schema when introspection is off. Depth uses a Relay-aware count; cost is the Pothos complexity
 * plugin's, which multiplies by `first` (Armor's cost does not see list sizes). Every refusal carries
 * `extensions.code = OPERATION_LIMIT_EXCEEDED` and `extensions.limit`.
 */
export function operationLimits(limits: OperationLimits): Plugin[] {
  const refuse = (limit: string) => (context: ValidationContext | null, error: GraphQLError) => {
    const refusal = limitError(limit, error.message.replace(/^Syntax Error: /, ''));
    // The token limit acts while parsing, where there is no validation context to report to: throw instead.
    if (!context) throw refusal;
    context.reportError(refusal);
  };
  const armor = (limit: string, n: number) => ({
    n,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [refuse(limit)],
  });
  return [
    EnvelopArmorPlugin({
      maxAliases: armor('aliases', limits.maxAliases),
      maxDirectives: armor('directives', limits.maxDirectives),
      maxTokens: armor('tokens', limits.maxTokens),
      maxDepth: { enabled: false },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: true },
    }),
    {
      onValidate: ({ addValidationRule }) => {
        addValidationRule(relayAwareDepthRule(limits.maxDepth));
      },
    },
    hideLimitNumbers(limits.exposeLimits),
  ];
}

/** In production, refusals name the limit but not its value or the operation's measure. */
function hideLimitNumbers(expose: boolean): Plugin {
  const hide = (errors: readonly GraphQLError[]) =>
    errors.map((error) => (error.extensions?.code === LIMIT_CODE ? withoutLimitNumbers(error) : error));
  if (expose) return {};
  return {
    onValidate: () => ({ result, setResult }) => {
      if (result.length > 0) setResult(hide(result as readonly GraphQLError[]));
    },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result || !result.errors) return;
        setResult({ ...result, errors: hide(result.errors as readonly GraphQLError[]) });
      },
    }),
  };
}
