import { CITATION_MULTIPLIER } from '../complexity.js';
import { CitationRef, MergerRef, OrganisationRef } from '../refs.js';
import { entityAt } from '../resolve-entity.js';

MergerRef.implement({
  description: 'An organisation merging into another, with when it was announced and when it took effect.',
  fields: (t) => ({
    from: t.field({ type: OrganisationRef, description: 'The organisation that merged.', resolve: (r, _, ctx) => entityAt(ctx, r.from) }),
    into: t.field({ type: OrganisationRef, description: 'The organisation it merged into.', resolve: (r, _, ctx) => entityAt(ctx, r.to) }),
    announced: t.expose('announced', { type: 'PartialDate', nullable: true, description: 'When the merger was first announced.' }),
    effective: t.expose('effective', { type: 'PartialDate', nullable: true, description: 'When it took effect.' }),
    sources: t.expose('sources', { type: [CitationRef], complexity: { field: 1, multiplier: CITATION_MULTIPLIER }, description: 'The articles stating it, with quotes.' }),
  }),
});

