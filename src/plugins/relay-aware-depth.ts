import {
  getNamedType,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  Kind,
} from 'graphql';
import { limitError } from '../graphql/complexity.js';

/**
 * GraphQL Armor's depth limit counted the way a reader counts: a Relay connection's `edges { node }` wrapper and
 * inline fragments or fragment spreads add no depth. With Armor's own counting, `roles { edges { node { person } } }`
 * is 4 deep for what is one hop, and a depth of 6 would forbid the two-hop questions the API exists to answer.
 */
export function relayAwareDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

    const depthOf = (selectionSet: SelectionSetNode, parentType: string | undefined, seen: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          const wrapper = isConnectionWrapper(parentType, selection.name.value);
          const fieldType = parentType ? fieldTypeName(context, parentType, selection.name.value) : undefined;
          const below = selection.selectionSet ? depthOf(selection.selectionSet, fieldType, seen) : 0;
          deepest = Math.max(deepest, below + (wrapper ? 0 : 1));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition?.name.value ?? parentType;
          deepest = Math.max(deepest, depthOf(selection.selectionSet, type, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragment.typeCondition.name.value, new Set([...seen, name])));
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation)?.name;
        const depth = depthOf(operation.selectionSet, root, new Set());
        if (depth > maxDepth) context.reportError(limitError('depth', `it is ${depth} fields deep, the limit is ${maxDepth}.`));
      },
    };
  };
}

/** `edges` of a *Connection and `node` of an *Edge are pagination plumbing, not a step into the graph. */
function isConnectionWrapper(parentType: string | undefined, field: string): boolean {
  return (parentType?.endsWith('Connection') && field === 'edges') || (parentType?.endsWith('Edge') === true && field === 'node');
}

function fieldTypeName(context: ValidationContext, parentType: string, field: string): string | undefined {
  const type = context.getSchema().getType(parentType);
  if (!type || !('getFields' in type)) return undefined;
  const definition = (type.getFields() as Record<string, { type: Parameters<typeof getNamedType>[0] }>)[field];
  return definition ? getNamedType(definition.type)?.name : undefined;
}
