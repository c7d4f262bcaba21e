import { CITATION_MULTIPLIER } from '../complexity.js';
import { CitationRef, FactRef } from '../refs.js';

FactRef.implement({
  description: 'A figure or attribute of an entity (members, jobs, budget, founding year...), with its sources.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'What the figure measures, camelCase: memberCompanies, jobs, foundedIn...' }),
    value: t.exposeString('value', { description: 'The value as the article gives it, unit included.' }),
    asOf: t.expose('asOf', { type: 'PartialDate', nullable: true, description: 'When the value held.' }),
    inferred: t.exposeBoolean('inferred', { description: 'True when deduced from the text rather than stated in it.' }),
    note: t.exposeString('note', { nullable: true, description: 'Why an inferred fact was inferred, or a caveat.' }),
    sources: t.expose('sources', { type: [CitationRef], complexity: { field: 1, multiplier: CITATION_MULTIPLIER }, description: 'The articles stating it.' }),
  }),
});
