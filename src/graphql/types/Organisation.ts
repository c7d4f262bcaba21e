import type { Direction, RelationType } from '../../domain.js';
import { HUB_LIST_MULTIPLIER } from '../complexity.js';
import { builder } from '../builder.js';
import { entityListField, entityNodeOptions } from '../entity-types.js';
import { MergerRef, OrganisationRef, RelationRef } from '../refs.js';
import { relationsOf } from '../relation-fields.js';
import { rolesField } from './Role.js';

/** Typed views of one relation type: [field, types, direction, description]. */
const RELATION_FIELDS: [string, RelationType[], Direction, string][] = [
  ['sponsors', ['SPONSORS'], 'IN', 'Who sponsors or funds it (`from` is the sponsor; `amount` when given).'],
  ['sponsored', ['SPONSORS'], 'OUT', 'What it sponsors or funds (`to` is the beneficiary).'],
  ['members', ['MEMBER_OF'], 'IN', 'Its members (`from` is the member).'],
  ['memberships', ['MEMBER_OF'], 'OUT', 'What it is a member of (`to` is the organisation or network).'],
  ['locations', ['LOCATED_IN'], 'OUT', 'Where it is: seat, secondary sites (`to` is the city or place; see `label`).'],
  ['partners', ['PARTNER_OF'], 'BOTH', 'Partnerships, either way.'],
  ['candidacies', ['CANDIDATE_TO'], 'BOTH', 'Candidacies for a label: its own, or those it received as a label.'],
  ['labels', ['LABELLED'], 'BOTH', 'Labels it holds, or who holds it when it is a label.'],
  ['events', ['ORGANISED', 'PARTICIPATED_IN', 'SPONSORS'], 'OUT', 'Events it organised, took part in or sponsored.'],
];

builder.node(OrganisationRef, {
  ...entityNodeOptions('ORGANISATION'),
  description: 'A company, cluster, association, network, lab, public body, label or candidacy.',
  fields: (t) => ({
    roles: rolesField(t, 'IN', 'People holding roles in this organisation.'),
    mergedInto: t.field({
      type: [MergerRef],
      description: 'Organisations this one merged into.',
      resolve: (organisation, _, ctx) => relationsOf(ctx, organisation, ['MERGED_INTO'], 'OUT'),
    }),
    mergedFrom: t.field({
      type: [MergerRef],
      description: 'Organisations that merged into this one.',
      resolve: (organisation, _, ctx) => relationsOf(ctx, organisation, ['MERGED_INTO'], 'IN'),
    }),
    ...Object.fromEntries(
      RELATION_FIELDS.map(([field, types, direction, description]) => [
        field,
        t.field({
          type: [RelationRef],
          description,
          complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
          resolve: (organisation, _, ctx) => relationsOf(ctx, organisation, types, direction),
        }),
      ]),
    ),
  }),
});

export const OrganisationConnection = entityListField(OrganisationRef, 'ORGANISATION', 'organisations', 'organisations');
