import { countedConnection } from '../connections.js';
import { CITATION_MULTIPLIER } from '../complexity.js';
import { CitationRef, EntityRef, RelationRef } from '../refs.js';
import { entityAt } from '../resolve-entity.js';
import { RelationTypeEnum } from './RelationType.js';
import { RoleKindEnum } from './RoleKind.js';

RelationRef.implement({
  description: 'Any edge of the graph, read generically.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable identifier of the relation, e.g. "holds_role:nicolas-basso:43117:president".' }),
    type: t.field({ type: RelationTypeEnum, description: 'What kind of edge.', resolve: (r) => r.type }),
    from: t.field({ type: EntityRef, description: 'Where the edge starts.', resolve: (r, _, ctx) => entityAt(ctx, r.from) }),
    to: t.field({ type: EntityRef, description: 'Where the edge ends.', resolve: (r, _, ctx) => entityAt(ctx, r.to) }),
    label: t.exposeString('label', { description: "Human-readable verb phrase, e.g. 'président de'." }),
    since: t.expose('since', { type: 'PartialDate', nullable: true, description: 'When it started, if known.' }),
    until: t.expose('until', { type: 'PartialDate', nullable: true, description: 'When it ended, if known.' }),
    asOf: t.expose('asOf', { type: 'PartialDate', nullable: true, description: 'A date at which a source states it held.' }),
    title: t.exposeString('title', { nullable: true, description: 'HOLDS_ROLE: the French title verbatim.' }),
    roleKind: t.field({
      type: RoleKindEnum,
      nullable: true,
      description: 'HOLDS_ROLE: the normalised kind of the title.',
      resolve: (r) => r.roleKind,
    }),
    amount: t.exposeString('amount', { nullable: true, description: 'SPONSORS: the amount, as the article gives it.' }),
    outcome: t.exposeString('outcome', { nullable: true, description: 'CANDIDATE_TO: what came of the candidacy.' }),
    announced: t.expose('announced', { type: 'PartialDate', nullable: true, description: 'MERGED_INTO: when announced.' }),
    effective: t.expose('effective', { type: 'PartialDate', nullable: true, description: 'MERGED_INTO: when effective.' }),
    inferred: t.exposeBoolean('inferred', { description: 'True when deduced from the text rather than stated in it.' }),
    note: t.exposeString('note', { nullable: true, description: 'Why an inferred relation was inferred, or a caveat.' }),
    sources: t.expose('sources', { type: [CitationRef], complexity: { field: 1, multiplier: CITATION_MULTIPLIER }, description: 'The articles stating it, with quotes.' }),
  }),
});

const RelationConnection = countedConnection(RelationRef, 'Relation', 'relations');

export { RelationConnection };
