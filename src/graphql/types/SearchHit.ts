import { ENTITY_KINDS } from '../../domain.js';
import { badInput } from '../../errors.js';
import { builder } from '../builder.js';
import { EntityRef, SearchHitRef } from '../refs.js';
import { EntityKindEnum } from './EntityKind.js';

const MAX_HITS = 100;
const MAX_QUERY_LENGTH = 200;

SearchHitRef.implement({
  description: 'An entity matching a search, with how well it matched.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity found.', resolve: (hit) => hit.entity }),
    score: t.exposeFloat('score', {
      description: '4: a name or alias equals the query; 3: one starts with it; 2: a word starts with it; 1: contains it.',
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description: 'Case- and accent-insensitive search over names and aliases; prefixes match (autocomplete).',
    complexity: (args) => ({ field: 1, multiplier: Math.max(0, args.first ?? 10) }),
    args: {
      query: t.arg.string({ required: true, description: 'Text to look for: "melee numerique", "digital pl"...' }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds (all when omitted).' }),
      first: t.arg.int({ defaultValue: 10, description: `How many hits, best first: 10 when omitted, at most ${MAX_HITS}.` }),
    },
    resolve: (_, args, { store }) => {
      const first = args.first ?? 10;
      if (!Number.isInteger(first) || first < 0 || first > MAX_HITS)
        throw badInput(`\`first\` must be between 0 and ${MAX_HITS} (got ${first}).`, { max: MAX_HITS });
      if (args.query.length > MAX_QUERY_LENGTH)
        throw badInput(`\`query\` is at most ${MAX_QUERY_LENGTH} characters (got ${args.query.length}).`);
      return store.search(args.query, args.kinds ?? ENTITY_KINDS, first);
    },
  }),
);
