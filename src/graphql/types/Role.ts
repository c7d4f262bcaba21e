import { ROLE_KINDS } from '../../domain.js';
import { countedConnection } from '../connections.js';
import { CITATION_MULTIPLIER, pagedComplexity } from '../complexity.js';
import { slugFromReference } from '../global-id.js';
import { ENTITY_REFERENCE, pageArgs } from '../args.js';
import { builder, type BuilderTypes } from '../builder.js';
import { connectionFromList, readPage, toConnection } from '../pagination.js';
import { relationsOf } from '../relation-fields.js';
import type { EntityRow } from '../../store/rows.js';
import { CitationRef, OrganisationRef, PersonRef, RoleRef } from '../refs.js';
import { entityAt } from '../resolve-entity.js';
import { RoleKindEnum } from './RoleKind.js';

RoleRef.implement({
  description: 'A person holding a role in an organisation ("X préside Y"), with its sources.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Stable identifier of the underlying relation.' }),
    person: t.field({ type: PersonRef, description: 'Who holds the role.', resolve: (r, _, ctx) => entityAt(ctx, r.from) }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'Where the role is held.',
      resolve: (r, _, ctx) => entityAt(ctx, r.to),
    }),
    kind: t.field({ type: RoleKindEnum, description: 'The normalised kind of the title.', resolve: (r) => r.roleKind ?? 'OTHER' }),
    title: t.string({
      description: "The title exactly as the article gives it, e.g. 'président fondateur'.",
      resolve: (r) => r.title ?? r.label,
    }),
    since: t.expose('since', { type: 'PartialDate', nullable: true, description: 'When the role started, if known.' }),
    until: t.expose('until', { type: 'PartialDate', nullable: true, description: 'When the role ended, if known.' }),
    asOf: t.expose('asOf', {
      type: 'PartialDate',
      nullable: true,
      description: 'The date at which a source states the role held, when no start date is known.',
    }),
    inferred: t.exposeBoolean('inferred', { description: 'True when deduced from the text rather than stated in it.' }),
    sources: t.expose('sources', { type: [CitationRef], complexity: { field: 1, multiplier: CITATION_MULTIPLIER }, description: 'The articles stating it, with quotes.' }),
  }),
});

export const RoleConnection = countedConnection(RoleRef, 'Role', 'roles');

builder.queryField('roles', (t) =>
  t.field({
    type: RoleConnection,
    description:
      "Who holds which role where: 'who presides what' is roles(kinds: [PRESIDENT, CO_PRESIDENT]). person/organisation take a slug or an id.",
    args: {
      kinds: t.arg({ type: [RoleKindEnum], description: 'Only these kinds of role (all when omitted).' }),
      title: t.arg.string({ description: 'Only titles containing this text, ignoring case and accents ("fondat").' }),
      person: t.arg.string({ description: `Only roles of this person. ${ENTITY_REFERENCE}` }),
      organisation: t.arg.string({ description: `Only roles in this organisation. ${ENTITY_REFERENCE}` }),
      activeAt: t.arg({ type: 'PartialDate', description: 'Only roles not known to have started after or ended before this date.' }),
      ...pageArgs(t.arg),
    },
    complexity: pagedComplexity,
    resolve: async (_, args, { store }) => {
      const page = readPage(args);
      const filter = {
        kinds: args.kinds ?? ROLE_KINDS,
        title: args.title ?? undefined,
        person: args.person ? slugFromReference(args.person) : undefined,
        organisation: args.organisation ? slugFromReference(args.organisation) : undefined,
        activeAt: args.activeAt ?? undefined,
      };
      const rows = await store.rolePage(filter, page.afterKey, page.size + 1);
      return toConnection(rows, (r) => r.id, page, () => store.roleCount(filter));
    },
  }),
);

/** `Person.roles` (the roles held: OUT) and `Organisation.roles` (the people in it: IN). */
export function rolesField(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, EntityRow>,
  direction: 'IN' | 'OUT',
  description: string,
) {
  return t.field({
    type: RoleConnection,
    description,
    args: {
      kinds: t.arg({ type: [RoleKindEnum], description: 'Only these kinds of role (all when omitted).' }),
      ...pageArgs(t.arg),
    },
    complexity: pagedComplexity,
    resolve: async (entity, args, ctx) => {
      const kinds: readonly string[] = args.kinds ?? ROLE_KINDS;
      const roles = (await relationsOf(ctx, entity, ['HOLDS_ROLE'], direction)).filter((r) => kinds.includes(r.roleKind ?? 'OTHER'));
      return connectionFromList(roles, (r) => r.id, readPage(args));
    },
  });
}
