import { ROLE_KINDS } from '../../domain.js';
import { HUB_LIST_MULTIPLIER, pagedComplexity } from '../complexity.js';
import { pageArgs } from '../args.js';
import { builder } from '../builder.js';
import { entityListField, entityNodeOptions } from '../entity-types.js';
import { connectionFromList, readPage } from '../pagination.js';
import { PersonRef, RelationRef } from '../refs.js';
import { relationsOf } from '../relation-fields.js';
import { RoleConnection } from './Role.js';
import { RoleKindEnum } from './RoleKind.js';

builder.node(PersonRef, {
  ...entityNodeOptions('PERSON'),
  description: 'A person named in the articles.',
  fields: (t) => ({
    roles: t.field({
      type: RoleConnection,
      description: 'Roles the person holds or held.',
      args: {
        kinds: t.arg({ type: [RoleKindEnum], description: 'Only these kinds of role (all when omitted).' }),
        ...pageArgs(t.arg),
      },
      complexity: pagedComplexity,
      resolve: async (person, args, ctx) => {
        const kinds: readonly string[] = args.kinds ?? ROLE_KINDS;
        const roles = (await relationsOf(ctx, person, ['HOLDS_ROLE'], 'OUT')).filter((r) => kinds.includes(r.roleKind ?? 'OTHER'));
        return connectionFromList(roles, (r) => r.id, readPage(args));
      },
    }),
    events: t.field({
      type: [RelationRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Events the person took part in or organised (PARTICIPATED_IN, ORGANISED).',
      resolve: (person, _, ctx) => relationsOf(ctx, person, ['PARTICIPATED_IN', 'ORGANISED'], 'OUT'),
    }),
  }),
});

entityListField(PersonRef, 'PERSON', 'people', 'people');
