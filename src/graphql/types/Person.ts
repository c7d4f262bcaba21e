import { HUB_LIST_MULTIPLIER } from '../complexity.js';
import { builder } from '../builder.js';
import { entityListField, entityNodeOptions } from '../entity-types.js';
import { PersonRef, RelationRef } from '../refs.js';
import { relationsOf } from '../relation-fields.js';
import { rolesField } from './Role.js';

builder.node(PersonRef, {
  ...entityNodeOptions('PERSON'),
  description: 'A person named in the articles.',
  fields: (t) => ({
    roles: rolesField(t, 'OUT', 'Roles the person holds or held.'),
    events: t.field({
      type: [RelationRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Events the person took part in or organised (PARTICIPATED_IN, ORGANISED).',
      resolve: (person, _, ctx) => relationsOf(ctx, person, ['PARTICIPATED_IN', 'ORGANISED'], 'OUT'),
    }),
  }),
});

entityListField(PersonRef, 'PERSON', 'people', 'people');
