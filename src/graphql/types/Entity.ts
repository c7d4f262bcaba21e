import { RELATION_TYPES } from '../../domain.js';
import { pagedComplexity } from '../complexity.js';
import { pageArgs } from '../args.js';
import { builder } from '../builder.js';
import { ENTITY_TYPENAMES } from '../global-id.js';
import { connectionFromList, readPage } from '../pagination.js';
import { EntityRef, FactRef } from '../refs.js';
import { relationsOf } from '../relation-fields.js';
import { DirectionEnum } from './Direction.js';
import { EntityKindEnum } from './EntityKind.js';
import { RelationConnection } from './Relation.js';
import { RelationTypeEnum } from './RelationType.js';

EntityRef.implement({
  description: 'A node of the knowledge graph: a person, organisation, city, event or place.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => ENTITY_TYPENAMES[entity.kind],
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable human-readable key, e.g. "daniel-benchimol".' }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other spellings and short names used in the articles.' }),
    kind: t.field({ type: EntityKindEnum, description: 'What the entity is.', resolve: (e) => e.kind }),
    description: t.exposeString('description', { nullable: true, description: 'One line on what it is.' }),
    facts: t.expose('facts', { type: [FactRef], description: 'Figures and attributes, each with its sources.' }),
    relationCount: t.exposeInt('degree', { description: 'How many relations touch the entity.' }),
    relations: t.field({
      type: RelationConnection,
      description: 'Relations touching the entity, in a stable order.',
      args: {
        types: t.arg({ type: [RelationTypeEnum], description: 'Only these relation types (all when omitted).' }),
        direction: t.arg({
          type: DirectionEnum,
          defaultValue: 'BOTH',
          description: 'OUT: starting here; IN: pointing here; BOTH.',
        }),
        ...pageArgs(t.arg),
      },
      complexity: pagedComplexity,
      resolve: async (entity, args, ctx) => {
        const page = readPage(args);
        const all = await relationsOf(ctx, entity, args.types ?? RELATION_TYPES, args.direction ?? 'BOTH');
        return connectionFromList(all, (r) => r.id, page);
      },
    }),
  }),
});

builder.queryField('entity', (t) =>
  t.field({
    type: EntityRef,
    nullable: true,
    description: 'Any entity by its stable slug.',
    args: { slug: t.arg.string({ required: true, description: 'The slug, e.g. "digital113".' }) },
    resolve: (_, { slug }, { loaders }) => loaders.entity.load(slug),
  }),
);
