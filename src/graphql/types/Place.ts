import { builder } from '../builder.js';
import { HUB_LIST_MULTIPLIER } from '../complexity.js';
import { entityListField, entityNodeOptions } from '../entity-types.js';
import { CityRef, EventRef, PlaceRef } from '../refs.js';
import { relationsOf } from '../relation-fields.js';
import { otherEnds } from '../resolve-entity.js';
import { cityOfPlace } from './Event.js';

builder.node(PlaceRef, {
  ...entityNodeOptions('PLACE'),
  description: 'A venue, site or area named in the articles.',
  fields: (t) => ({
    city: t.field({
      type: CityRef,
      nullable: true,
      description: 'The city the place is in, when known.',
      resolve: (place, _, ctx) => cityOfPlace(ctx, place),
    }),
    events: t.field({
      type: [EventRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Events held at the place.',
      resolve: async (place, _, ctx) => otherEnds(ctx, place.slug, await relationsOf(ctx, place, ['HELD_IN'], 'IN')),
    }),
  }),
});

entityListField(PlaceRef, 'PLACE', 'places', 'places');
