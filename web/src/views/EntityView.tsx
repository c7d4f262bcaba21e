import { useEffect, useState } from 'preact/hooks';
import { query, useQuery } from '../client';
import { EntitySearch } from '../components/search';
import { EntityLink, ErrorBox, KindBadge, Section, Skeleton, Sources, Empty } from '../components/ui';
import { factKey, partialDate, period } from '../format';
import {
  EntityMergersDocument,
  EntityPageDocument,
  EntityRelationsDocument,
  EntityRolesDocument,
  type MergerItemFragment,
  type RelationItemFragment,
  type RoleItemFragment,
} from '../gql/graphql';
import { RELATION_LABEL, roleLabel } from '../kinds';
import { Link, navigate, routes } from '../router';

/** Relations per page (grouped by type on the page), roles per page. */
const RELATIONS_PAGE = 50;
const ROLES_PAGE = 10;

/** The groups of the page, in the order of the issue: roles, mergers, sponsors, memberships, locations, events… */
const GROUPS: { id: string; title: string; types: string[] }[] = [
  { id: 'sponsors', title: 'Sponsors and funding', types: ['SPONSORS'] },
  { id: 'memberships', title: 'Memberships', types: ['MEMBER_OF'] },
  { id: 'locations', title: 'Locations', types: ['LOCATED_IN'] },
  { id: 'events', title: 'Events', types: ['ORGANISED', 'PARTICIPATED_IN', 'HELD_IN', 'PART_OF'] },
  { id: 'partners', title: 'Partners', types: ['PARTNER_OF'] },
  { id: 'labels', title: 'Labels and candidacies', types: ['CANDIDATE_TO', 'LABELLED'] },
];
/** Shown in their own sections, from typed fields (the verbatim title of a role, the dates of a merger). */
const DEDICATED = new Set(['HOLDS_ROLE', 'MERGED_INTO']);
const GROUPED = new Set(GROUPS.flatMap((g) => g.types));

interface MorePages {
  items: RelationItemFragment[];
  cursor: string | null;
  hasNext: boolean;
  loading: boolean;
  error?: Error;
}

export function EntityView({ slug }: { slug: string }) {
  const { data, error, loading, retry } = useQuery(EntityPageDocument, { slug, first: RELATIONS_PAGE });
  const entity = data?.entity;
  const [more, setMore] = useState<MorePages | null>(null);
  useEffect(() => setMore(null), [slug]);
  useEffect(() => {
    document.title = entity ? `${entity.name} · Ecosystem explorer` : 'Ecosystem explorer';
  }, [entity?.name]);

  if (error) return <ErrorBox error={error} retry={retry} title={`Could not load “${slug}”`} />;
  if (loading || !data)
    return (
      <div class="entity" aria-busy="true">
        <div class="card entity-header">
          <Skeleton lines={2} />
        </div>
        <div class="card section">
          <Skeleton lines={5} />
        </div>
      </div>
    );
  if (!entity)
    return (
      <div class="card narrow">
        <h1>No entity “{slug}”</h1>
        <p>The graph has nothing under this name. Search for it:</p>
        <EntitySearch label="Search the graph" autoFocus onSelect={(e) => navigate(routes.entity(e.slug))} />
      </div>
    );

  const first = entity.relations;
  const relations = [...first.edges.map((e) => e.node), ...(more?.items ?? [])];
  const hasNext = more ? more.hasNext : first.pageInfo.hasNextPage;
  const cursor = more ? more.cursor : (first.pageInfo.endCursor ?? null);
  const loadMore = async () => {
    if (!cursor) return;
    setMore({ items: more?.items ?? [], cursor, hasNext, loading: true });
    try {
      const page = await query(EntityRelationsDocument, { slug, types: null, first: RELATIONS_PAGE, after: cursor });
      const connection = page.entity?.relations;
      setMore({
        items: [...(more?.items ?? []), ...(connection?.edges.map((e) => e.node) ?? [])],
        cursor: connection?.pageInfo.endCursor ?? null,
        hasNext: connection?.pageInfo.hasNextPage ?? false,
        loading: false,
      });
    } catch (e) {
      setMore({ items: more?.items ?? [], cursor, hasNext, loading: false, error: e as Error });
    }
  };

  // Roles and mergers have sections of their own, asked for when the entity may have some.
  const seen = new Set(relations.map((r) => r.type));
  const mayHaveRoles = (entity.kind === 'PERSON' || entity.kind === 'ORGANISATION') && (seen.has('HOLDS_ROLE') || hasNext);
  const mayHaveMergers = entity.kind === 'ORGANISATION' && (seen.has('MERGED_INTO') || hasNext);
  const groups = GROUPS.map((g) => ({ ...g, items: relations.filter((r) => g.types.includes(r.type)) })).filter((g) => g.items.length > 0);
  const other = relations.filter((r) => !GROUPED.has(r.type) && !DEDICATED.has(r.type));
  const plus = hasNext ? '+' : '';

  return (
    <div class="entity">
      <header class="card entity-header">
        <div class="entity-title">
          <KindBadge kind={entity.kind} />
          <h1>{entity.name}</h1>
        </div>
        {entity.aliases.length > 0 && (
          <p class="aliases">
            Also written <span>{entity.aliases.map((a) => `“${a}”`).join(', ')}</span>
          </p>
        )}
        {'date' in entity && (entity.date || entity.city) && (
          <p class="event-when">
            {entity.date && <span>{partialDate(entity.date)}</span>}
            {entity.city && (
              <>
                {entity.date && ' · '}
                <EntityLink entity={entity.city} />
              </>
            )}
          </p>
        )}
        <div class="actions">
          <Link class="button primary" href={routes.graph(entity.slug)}>
            Neighbourhood graph
          </Link>
          <Link class="button" href={routes.path(entity.slug, null)}>
            Find a path from here
          </Link>
          {entity.kind === 'ORGANISATION' && seen.has('HOLDS_ROLE') && (
            <Link class="button" href={routes.roles({ kind: 'all', org: entity.slug })}>
              Roles table
            </Link>
          )}
          {entity.kind === 'CITY' && (
            <Link class="button" href={routes.roles({ city: entity.slug })}>
              Presidencies in {entity.name}
            </Link>
          )}
        </div>
      </header>

      <div class={`entity-layout${entity.facts.length > 0 ? ' with-aside' : ''}`}>
        <div class="entity-main">
          {mayHaveRoles && <RolesSection slug={entity.slug} perspective={entity.kind === 'PERSON' ? 'person' : 'organisation'} />}
          {mayHaveMergers && <MergersSection slug={entity.slug} />}
          {groups.map((group) => (
            <Section key={group.id} title={group.title} count={group.items.length} countSuffix={plus} id={group.id}>
              <ul class="relations">
                {group.items.map((relation, i) => (
                  <RelationRow key={i} relation={relation} slug={entity.slug} id={`${entity.slug}-${group.id}-${i}`} />
                ))}
              </ul>
            </Section>
          ))}
          {other.length > 0 && (
            <Section title="Other relations" count={other.length} countSuffix={plus} id="other">
              <ul class="relations">
                {other.map((relation, i) => (
                  <RelationRow key={i} relation={relation} slug={entity.slug} id={`${entity.slug}-other-${i}`} />
                ))}
              </ul>
            </Section>
          )}
          {hasNext && (
            <div class="load-more card">
              <span class="muted">{relations.length.toLocaleString('en-GB')} relations shown; there are more.</span>
              {more?.error && <ErrorBox error={more.error} />}
              <button type="button" class="button" disabled={more?.loading} onClick={loadMore}>
                {more?.loading ? 'Loading…' : `Load ${RELATIONS_PAGE} more relations`}
              </button>
            </div>
          )}
          {relations.length === 0 && entity.facts.length === 0 && (
            <div class="card section">
              <Empty>No relation or fact is recorded for {entity.name} yet.</Empty>
            </div>
          )}
        </div>
        {entity.facts.length > 0 && (
          <aside class="entity-aside">
            <Section title="Facts" count={entity.facts.length} id="facts">
              <dl class="facts">
                {entity.facts.map((fact, i) => (
                  <div class="fact" key={`${fact.key}-${i}`}>
                    <dt>{factKey(fact.key)}</dt>
                    <dd>
                      <span class="fact-value">{fact.value}</span>
                      {fact.asOf && <span class="muted"> as of {partialDate(fact.asOf)}</span>} <Sources sources={fact.sources} id={`fact-${i}`} />
                    </dd>
                  </div>
                ))}
              </dl>
            </Section>
          </aside>
        )}
      </div>
    </div>
  );
}

function RelationRow({ relation, slug, id }: { relation: RelationItemFragment; slug: string; id: string }) {
  const outgoing = relation.from.slug === slug;
  const other = outgoing ? relation.to : relation.from;
  const when = period(relation.since, relation.until);
  return (
    <li class="relation">
      <div class="relation-line">
        <span class={`direction ${outgoing ? 'out' : 'in'}`} title={outgoing ? 'From this entity' : 'To this entity'} aria-hidden="true">
          {outgoing ? '→' : '←'}
        </span>
        {outgoing ? (
          <>
            <span class="relation-label" lang="fr">
              {relation.label}
            </span>{' '}
            <EntityLink entity={other} />
          </>
        ) : (
          <>
            <EntityLink entity={other} />{' '}
            <span class="relation-label" lang="fr">
              {relation.label}
            </span>
          </>
        )}
        <span class="type-tag">{RELATION_LABEL[relation.type] ?? relation.type}</span>
        {when && <span class="when">{when}</span>}
        <Sources sources={relation.sources} id={id} />
      </div>
    </li>
  );
}

/** Roles from the typed connection (title verbatim, kind, dates); hidden when the entity has none. */
function RolesSection({ slug, perspective }: { slug: string; perspective: 'person' | 'organisation' }) {
  const first = useQuery(EntityRolesDocument, { slug, first: ROLES_PAGE, after: null });
  const connection = first.data?.entity && 'roles' in first.data.entity ? first.data.entity.roles : null;
  if (first.data && (!connection || connection.edges.length === 0)) return null;
  return (
    <Section title="Roles" count={connection?.edges.length} countSuffix={connection?.pageInfo.hasNextPage ? '+' : ''} id="roles">
      <RolesGroup slug={slug} perspective={perspective} />
    </Section>
  );
}

function RolesGroup({ slug, perspective }: { slug: string; perspective: 'person' | 'organisation' }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [slug]);
  return (
    <ul class="relations roles">
      {cursors.map((after, i) => (
        <RolesPage
          key={after ?? 'first'}
          slug={slug}
          after={after}
          perspective={perspective}
          last={i === cursors.length - 1}
          more={(cursor) => setCursors([...cursors, cursor])}
        />
      ))}
    </ul>
  );
}

function RolesPage({
  slug,
  after,
  last,
  more,
  perspective,
}: {
  slug: string;
  after: string | null;
  last: boolean;
  more: (cursor: string) => void;
  perspective: 'person' | 'organisation';
}) {
  const { data, error, loading, retry } = useQuery(EntityRolesDocument, { slug, first: ROLES_PAGE, after });
  if (error)
    return (
      <li>
        <ErrorBox error={error} retry={retry} />
      </li>
    );
  if (loading || !data?.entity)
    return (
      <li>
        <Skeleton lines={2} />
      </li>
    );
  const entity = data.entity;
  const connection = 'roles' in entity ? entity.roles : null;
  if (!connection) return null;
  return (
    <>
      {connection.edges.map(({ node }, i) => (
        <RoleRow key={`${after}-${i}`} role={node} perspective={perspective} id={`${slug}-role-${after ?? 0}-${i}`} />
      ))}
      {last && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <li class="more">
          <button type="button" class="button small" onClick={() => more(connection.pageInfo.endCursor!)}>
            Show more roles
          </button>
        </li>
      )}
    </>
  );
}

function RoleRow({ role, perspective, id }: { role: RoleItemFragment; perspective: 'person' | 'organisation'; id: string }) {
  const when = period(role.since, role.until, role.asOf);
  return (
    <li class="relation role">
      <div class="relation-line">
        {perspective === 'organisation' && (
          <>
            <EntityLink entity={role.person} />{' '}
          </>
        )}
        <span class="role-title" lang="fr" title="The title as the article prints it">
          {role.title}
        </span>
        {perspective === 'person' && (
          <>
            {' '}
            <span class="muted">at</span> <EntityLink entity={role.organisation} />
          </>
        )}
        <span class="type-tag">{roleLabel(role.kind)}</span>
        {when && <span class="when">{when}</span>}
        <Sources sources={role.sources} id={id} />
      </div>
    </li>
  );
}

function MergersSection({ slug }: { slug: string }) {
  const { data, error, loading, retry } = useQuery(EntityMergersDocument, { slug });
  const entity = data?.entity;
  const mergers: MergerItemFragment[] = entity && 'mergedInto' in entity ? [...entity.mergedInto, ...entity.mergedFrom] : [];
  if (!error && !loading && mergers.length === 0) return null;
  return (
    <Section title="Mergers" count={loading ? undefined : mergers.length} id="mergers">
      {error ? <ErrorBox error={error} retry={retry} /> : loading ? <Skeleton lines={2} /> : <MergerList slug={slug} mergers={mergers} />}
    </Section>
  );
}

function MergerList({ slug, mergers }: { slug: string; mergers: MergerItemFragment[] }) {
  return (
    <ul class="relations">
      {mergers.map((merger, i) => (
        <li class="relation" key={i}>
          <div class="relation-line">
            <EntityLink entity={merger.from} /> <span class="relation-label">merged into</span> <EntityLink entity={merger.into} />
            {merger.announced && <span class="when">announced {partialDate(merger.announced)}</span>}
            {merger.effective && <span class="when">effective {partialDate(merger.effective)}</span>}
            <Sources sources={merger.sources} id={`${slug}-merger-${i}`} />
          </div>
        </li>
      ))}
    </ul>
  );
}
