import { pageArgs } from '../args.js';
import { HUB_LIST_MULTIPLIER, pagedComplexity } from '../complexity.js';
import { builder } from '../builder.js';
import type { Context } from '../../context.js';
import { entityListField, entityNodeOptions } from '../entity-types.js';
import { connectionFromList, readPage } from '../pagination.js';
import { CityRef, EntityRef, EventRef, PlaceRef, RelationRef } from '../refs.js';
import { relationsOf } from '../relation-fields.js';
import { otherEnds } from '../resolve-entity.js';
import type { EntityRow } from '../../store/rows.js';
import { RelationConnection } from './Relation.js';

/** Where an event was held: the entities at the end of its HELD_IN relations (cities or venues). */
async function heldAt(ctx: Context, event: EntityRow): Promise<EntityRow[]> {
  return otherEnds(ctx, event.slug, await relationsOf(ctx, event, ['HELD_IN'], 'OUT'));
}

/** The city of a place: the first city it is located in. */
export async function cityOfPlace(ctx: Context, place: EntityRow): Promise<EntityRow | null> {
  const located = await otherEnds(ctx, place.slug, await relationsOf(ctx, place, ['LOCATED_IN'], 'OUT'));
  return located.find((e) => e.kind === 'CITY') ?? null;
}

builder.node(EventRef, {
  ...entityNodeOptions('EVENT'),
  description: 'An event series or a single occurrence.',
  fields: (t) => ({
    date: t.expose('date', { type: 'PartialDate', nullable: true, description: 'When it took place, at the precision known.' }),
    city: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city where it was held, directly or at a venue in it.',
      resolve: async (event, _, ctx) => {
        const places = await heldAt(ctx, event);
        const city = places.find((p) => p.kind === 'CITY');
        if (city) return city;
        const venue = places.find((p) => p.kind === 'PLACE');
        return venue ? cityOfPlace(ctx, venue) : null;
      },
    }),
    venues: t.field({
      type: [PlaceRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Venues where it was held.',
      resolve: async (event, _, ctx) => (await heldAt(ctx, event)).filter((p) => p.kind === 'PLACE'),
    }),
    organisers: t.field({
      type: [EntityRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Who organised it.',
      resolve: async (event, _, ctx) => otherEnds(ctx, event.slug, await relationsOf(ctx, event, ['ORGANISED'], 'IN')),
    }),
    participants: t.field({
      type: RelationConnection,
      description: 'Who took part (`from` is the participant), with sources.',
      args: pageArgs(t.arg),
      complexity: pagedComplexity,
      resolve: async (event, args, ctx) =>
        connectionFromList(await relationsOf(ctx, event, ['PARTICIPATED_IN'], 'IN'), (r) => r.id, readPage(args)),
    }),
    sponsors: t.field({
      type: [RelationRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Who supported it (`from` is the sponsor).',
      resolve: (event, _, ctx) => relationsOf(ctx, event, ['SPONSORS'], 'IN'),
    }),
    partOf: t.field({
      type: [EventRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'The series this occurrence belongs to.',
      resolve: async (event, _, ctx) => otherEnds(ctx, event.slug, await relationsOf(ctx, event, ['PART_OF'], 'OUT')),
    }),
    occurrences: t.field({
      type: [EventRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Occurrences of this series.',
      resolve: async (event, _, ctx) => otherEnds(ctx, event.slug, await relationsOf(ctx, event, ['PART_OF'], 'IN')),
    }),
  }),
});

export const EventConnection = entityListField(EventRef, 'EVENT', 'events', 'events');
