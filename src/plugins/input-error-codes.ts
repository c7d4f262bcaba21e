import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Errors graphql-js raises before any resolver runs carry no code. A result without `data` comes from
 * variable coercion (a wrong enum value, a malformed scalar in `variables`): the client's input, so
 * BAD_USER_INPUT, as Apollo Server does. Validation failures become GRAPHQL_VALIDATION_FAILED.
 */
export function inputErrorCodes(): Plugin {
  return {
    onValidate: ({ addValidationRule }) => {
      addValidationRule(knownOperationTypes);
      return ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (Symbol.asyncIterator in result || result.data !== undefined || !result.errors) return;
        setResult({ ...result, errors: result.errors.map((error) => withCode(error, 'BAD_USER_INPUT')) });
      },
    }),
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/** graphql-js 16 lets a mutation or subscription through validation on a schema without one, then fails it uncoded. */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation))
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations, only queries.`, { nodes: node }));
  },
});
