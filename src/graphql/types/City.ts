import { pageArgs } from '../args.js';
import { HUB_LIST_MULTIPLIER, pagedComplexity } from '../complexity.js';
import { builder } from '../builder.js';
import { entityListField, entityNodeOptions } from '../entity-types.js';
import { connectionFromList, readPage, toConnection } from '../pagination.js';
import { CityRef, PlaceRef, RelationRef } from '../refs.js';
import { relationsOf } from '../relation-fields.js';
import { entityAt, otherEnds } from '../resolve-entity.js';
import { EventConnection } from './Event.js';
import { OrganisationConnection } from './Organisation.js';

builder.node(CityRef, {
  ...entityNodeOptions('CITY'),
  description: 'A city or metropolis.',
  fields: (t) => ({
    organisations: t.field({
      type: OrganisationConnection,
      description: 'Organisations located in the city.',
      args: pageArgs(t.arg),
      complexity: pagedComplexity,
      resolve: async (city, args, ctx) => {
        const located = await otherEnds(ctx, city.slug, await relationsOf(ctx, city, ['LOCATED_IN'], 'IN'));
        const organisations = located.filter((e) => e.kind === 'ORGANISATION').sort((a, b) => (a.slug < b.slug ? -1 : 1));
        return connectionFromList(organisations, (e) => e.slug, readPage(args));
      },
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events held in the city, directly or at a venue in it.',
      args: pageArgs(t.arg),
      complexity: pagedComplexity,
      resolve: async (city, args, ctx) => {
        const page = readPage(args);
        const slugs = await ctx.loaders.eventsInCity.load(city.slug);
        const following = slugs.filter((s) => s > page.afterKey).slice(0, page.size + 1);
        const events = await Promise.all(following.map((s) => entityAt(ctx, s)));
        return toConnection(events, (e) => e.slug, page, () => slugs.length);
      },
    }),
    places: t.field({
      type: [PlaceRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Venues and sites in the city.',
      resolve: async (city, _, ctx) =>
        (await otherEnds(ctx, city.slug, await relationsOf(ctx, city, ['LOCATED_IN'], 'IN'))).filter((e) => e.kind === 'PLACE'),
    }),
    candidacies: t.field({
      type: [RelationRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Labels the city was a candidate to (`to` is the label; `outcome`).',
      resolve: (city, _, ctx) => relationsOf(ctx, city, ['CANDIDATE_TO'], 'OUT'),
    }),
    labels: t.field({
      type: [RelationRef],
      complexity: { field: 1, multiplier: HUB_LIST_MULTIPLIER },
      description: 'Labels the city obtained.',
      resolve: (city, _, ctx) => relationsOf(ctx, city, ['LABELLED'], 'OUT'),
    }),
  }),
});

entityListField(CityRef, 'CITY', 'cities', 'cities');
