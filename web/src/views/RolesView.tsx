import { useEffect, useState } from 'preact/hooks';
import { query, useQuery } from '../client';
import { EntitySearch } from '../components/search';
import { Citation, EntityLink, ErrorBox, Skeleton } from '../components/ui';
import { period, plural } from '../format';
import {
  EntityNamesDocument,
  PlaceCitiesDocument,
  RolesTableDocument,
  type EntityRefFragment,
  type RoleKind,
  type RolesTableQuery,
  type RolesTableQueryVariables,
} from '../gql/graphql';
import { ROLE_KINDS, roleLabel } from '../kinds';
import { Link, navigate, routes } from '../router';

type Ref = Pick<EntityRefFragment, 'slug' | 'name' | 'kind'>;
type Edge = RolesTableQuery['roles']['edges'][number];
interface Row {
  edge: Edge;
  cities: Ref[];
}

const PAGE = 25;
/** With a city filter (applied here, the API has no city argument): pages read per step, and how many at most. */
const SCAN_PAGE = 50;
const SCAN_PAGES = 4;
const PRESIDENCIES: RoleKind[] = ['PRESIDENT', 'CO_PRESIDENT'];

/** The city of each place, by place id: a venue's city, read once. */
const placeCity = new Map<string, Ref[]>();
/** For each page reached with "Next" (filters|cursor): the cursor of the page before it, and its number. */
const previousPage = new Map<string, string | null>();
const pageNumbers = new Map<string, number>();

async function citiesOf(edges: Edge[], signal: AbortSignal): Promise<Row[]> {
  const places = new Set<string>();
  for (const { node } of edges)
    for (const { node: rel } of node.organisation.relations.edges) if (rel.to.kind === 'PLACE' && !placeCity.has(rel.to.id)) places.add(rel.to.id);
  const all = [...places];
  // In batches of 25 (the cost of one request stays bounded however many venues a page names).
  for (let start = 0; start < all.length; start += 25) {
    const ids = all.slice(start, start + 25);
    const data = await query(PlaceCitiesDocument, { ids }, signal);
    data.nodes.forEach((n, i) => {
      const cities = n && 'relations' in n ? n.relations.edges.map((e) => e.node.to).filter((t) => t.kind === 'CITY') : [];
      placeCity.set(ids[i]!, cities);
    });
  }
  return edges.map((edge) => {
    const cities: Ref[] = [];
    for (const { node: rel } of edge.node.organisation.relations.edges) {
      const found = rel.to.kind === 'CITY' ? [rel.to] : rel.to.kind === 'PLACE' ? (placeCity.get(rel.to.id) ?? []) : [];
      for (const c of found) if (!cities.some((x) => x.slug === c.slug)) cities.push(c);
    }
    return { edge, cities };
  });
}

interface PageResult {
  /** The filters this page answers (the previous page stays on screen while the next loads). */
  key: string;
  city: string | null;
  rows: Row[];
  totalCount: number;
  hasNext: boolean;
  nextCursor: string | null;
  scanned: number;
}

/** One page of the table. With a city, pages are read and filtered here until PAGE rows match or SCAN_PAGES were read. */
function useRolesPage(variables: RolesTableQueryVariables, city: string | null) {
  const key = JSON.stringify([variables, city]);
  const [state, setState] = useState<{ key: string; result?: PageResult; error?: Error; loading: boolean }>({ key, loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ key, result: previous.result, loading: true }));
    (async (): Promise<PageResult> => {
      if (!city) {
        const data = await query(RolesTableDocument, { ...variables, first: PAGE }, controller.signal);
        const rows = await citiesOf(data.roles.edges, controller.signal);
        return {
          key,
          city,
          rows,
          totalCount: data.roles.totalCount,
          hasNext: data.roles.pageInfo.hasNextPage,
          nextCursor: data.roles.pageInfo.endCursor ?? null,
          scanned: rows.length,
        };
      }
      const rows: Row[] = [];
      let after = variables.after ?? null;
      let scanned = 0;
      let totalCount = 0;
      for (let page = 0; page < SCAN_PAGES; page++) {
        const data = await query(RolesTableDocument, { ...variables, first: SCAN_PAGE, after }, controller.signal);
        totalCount = data.roles.totalCount;
        const withCities = await citiesOf(data.roles.edges, controller.signal);
        for (const row of withCities) {
          scanned++;
          after = row.edge.cursor;
          if (row.cities.some((c) => c.slug === city)) rows.push(row);
          if (rows.length === PAGE) {
            const last = row === withCities[withCities.length - 1];
            return { key, city, rows, totalCount, hasNext: !last || data.roles.pageInfo.hasNextPage, nextCursor: after, scanned };
          }
        }
        if (!data.roles.pageInfo.hasNextPage) return { key, city, rows, totalCount, hasNext: false, nextCursor: null, scanned };
      }
      return { key, city, rows, totalCount, hasNext: true, nextCursor: after, scanned };
    })().then(
      (result) => {
        if (!controller.signal.aborted) setState({ key, result, loading: false });
      },
      (error: Error) => {
        if (!controller.signal.aborted) setState({ key, error, loading: false });
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}

export function RolesView({ params }: { params: URLSearchParams }) {
  const kindParam = params.getAll('kind').flatMap((k) => k.split(','));
  const allKinds = kindParam.includes('all');
  const kinds: RoleKind[] = allKinds
    ? []
    : kindParam.length
      ? (kindParam.filter((k) => (ROLE_KINDS as readonly string[]).includes(k)) as RoleKind[])
      : PRESIDENCIES;
  const org = params.get('org');
  const city = params.get('city');
  const title = params.get('title') ?? '';
  const at = params.get('at') ?? '';
  const after = params.get('after');

  const filters = (next: Partial<{ kinds: RoleKind[] | 'all'; org: string | null; city: string | null; title: string; at: string }>) => {
    const k = next.kinds ?? (allKinds ? 'all' : kinds);
    const isDefault = k !== 'all' && k.length === PRESIDENCIES.length && PRESIDENCIES.every((p) => k.includes(p));
    return routes.roles({
      kind: k === 'all' ? 'all' : isDefault ? null : k.length === 0 ? 'all' : k,
      org: next.org === undefined ? org : next.org,
      city: next.city === undefined ? city : next.city,
      title: next.title ?? title,
      at: next.at ?? at,
    });
  };

  const names = useQuery(EntityNamesDocument, org || city ? { a: org ?? city!, b: city ?? org! } : null);
  const orgRef = org && names.data?.a?.slug === org ? names.data.a : org ? { slug: org, name: org, kind: 'ORGANISATION' as const } : null;
  const cityRef = city && names.data?.b?.slug === city ? names.data.b : city ? { slug: city, name: city, kind: 'CITY' as const } : null;

  const variables: RolesTableQueryVariables = {
    kinds: kinds.length ? kinds : null,
    organisation: org,
    title: title || null,
    activeAt: at || null,
    after,
  };
  const page = useRolesPage(variables, city);
  const result = page.result;

  // The page before each page reached with "Next", so "Previous" works with the back button too; a shared link to a
  // later page offers "First page".
  const filterKey = JSON.stringify([kinds, org, city, title, at]);
  const pageHref = (cursor: string | null) => {
    const base = filters({});
    if (!cursor) return base;
    return `${base}${base.includes('?') ? '&' : '?'}after=${encodeURIComponent(cursor)}`;
  };

  const [titleText, setTitleText] = useState(title);
  const [atText, setAtText] = useState(at);
  useEffect(() => setTitleText(title), [title]);
  useEffect(() => setAtText(at), [at]);

  const heading = kinds.length === 2 && PRESIDENCIES.every((p) => kinds.includes(p)) ? 'Who presides what' : 'Who holds which role';
  useEffect(() => {
    document.title = `${heading} · Ecosystem explorer`;
  }, [heading]);

  const previous = after ? previousPage.get(`${filterKey}|${after}`) : undefined;
  const pageNumber = pageNumbers.get(`${filterKey}|${after ?? ''}`) ?? (after ? null : 1);

  return (
    <div class="roles-view">
      <div class="card">
        <h1>{heading}</h1>
        <p class="muted">Roles as the articles state them: the French title verbatim, its kind, when it held, and the quote.</p>
        <form
          class="filters"
          onSubmit={(event) => {
            event.preventDefault();
            navigate(filters({ title: titleText.trim(), at: atText.trim() }));
          }}
        >
          <fieldset class="kind-filter">
            <legend>Role kind</legend>
            <div class="chips">
              <Link class={`chip${kinds.length === 2 && !allKinds && PRESIDENCIES.every((p) => kinds.includes(p)) ? ' on' : ''}`} href={filters({ kinds: PRESIDENCIES })}>
                Presidencies
              </Link>
              <Link class={`chip${allKinds || kinds.length === 0 ? ' on' : ''}`} href={filters({ kinds: 'all' })}>
                All kinds
              </Link>
              <span class="chips-sep" aria-hidden="true" />
              {ROLE_KINDS.map((k) => {
                const on = !allKinds && kinds.includes(k);
                const next = on ? kinds.filter((x) => x !== k) : [...kinds, k];
                return (
                  <button
                    type="button"
                    key={k}
                    class={`chip${on ? ' on' : ''}`}
                    aria-pressed={on}
                    onClick={() => navigate(filters({ kinds: next.length ? next : 'all' }))}
                  >
                    {roleLabel(k)}
                  </button>
                );
              })}
            </div>
          </fieldset>
          <div class="filter-row">
            <div class="field">
              <label for="filter-org">Organisation</label>
              <EntitySearch
                id="filter-org"
                label="Organisation"
                placeholder="Any organisation"
                kinds={['ORGANISATION']}
                value={orgRef}
                onSelect={(e) => navigate(filters({ org: e.slug }))}
                onClear={() => org && navigate(filters({ org: null }))}
              />
            </div>
            <div class="field">
              <label for="filter-city">City</label>
              <EntitySearch
                id="filter-city"
                label="City"
                placeholder="Any city"
                kinds={['CITY']}
                value={cityRef}
                onSelect={(e) => navigate(filters({ city: e.slug }))}
                onClear={() => city && navigate(filters({ city: null }))}
              />
            </div>
            <div class="field">
              <label for="filter-title">Title contains</label>
              <input id="filter-title" type="search" placeholder="fondat, délégué…" value={titleText} onInput={(e) => setTitleText((e.target as HTMLInputElement).value)} />
            </div>
            <div class="field narrow-field">
              <label for="filter-at">Active at</label>
              <input
                id="filter-at"
                type="text"
                inputMode="numeric"
                placeholder="2019-02"
                pattern="\d{4}(-\d{2}(-\d{2})?)?"
                title="A year, a month or a day: 2019, 2019-02, 2019-02-05"
                value={atText}
                onInput={(e) => setAtText((e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="field submit-field">
              <button type="submit" class="button primary">
                Apply
              </button>
            </div>
          </div>
          {(org || city || title || at) && (
            <p class="active-filters">
              <Link href={routes.roles({ kind: allKinds ? 'all' : kinds.length === 2 && PRESIDENCIES.every((p) => kinds.includes(p)) ? null : kinds })}>Clear filters</Link>
            </p>
          )}
        </form>
      </div>

      <div class={`card table-card${page.loading && result ? ' stale' : ''}`} aria-busy={page.loading}>
        {page.error ? (
          <ErrorBox error={page.error} retry={page.retry} title="The roles could not be loaded" />
        ) : !result ? (
          <Skeleton lines={8} />
        ) : (
          <>
            <div class="table-meta" role="status">
              {result.city ? (
                <span>
                  {plural(result.rows.length, 'role')} in {result.city === city ? (cityRef?.name ?? city) : result.city} on this page
                  <span class="muted">
                    {' '}
                    · {result.scanned.toLocaleString('en-GB')} of {plural(result.totalCount, 'role')} read (the city filter is applied in the page)
                  </span>
                </span>
              ) : (
                <span>
                  {plural(result.totalCount, 'role')}
                  {result.totalCount > PAGE && pageNumber && (
                    <span class="muted">
                      {' '}
                      · page {pageNumber} of {Math.ceil(result.totalCount / PAGE)}
                    </span>
                  )}
                </span>
              )}
              {page.loading && <span class="spinner small" aria-label="Loading" />}
            </div>
            {result.rows.length === 0 ? (
              <p class="empty">
                No role matches these filters{city && result.hasNext ? ' in the roles read so far' : ''}.
                {city && result.hasNext && result.nextCursor && (
                  <>
                    {' '}
                    <Link href={pageHref(result.nextCursor)}>Read further</Link>
                  </>
                )}
              </p>
            ) : (
              <div class="table-scroll">
                <table class="roles-table">
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Title</th>
                      <th scope="col">Organisation</th>
                      <th scope="col">City</th>
                      <th scope="col">When</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.map(({ edge, cities }) => (
                      <RoleTableRow key={edge.cursor} edge={edge} cities={cities} cityHref={(slug) => filters({ city: slug })} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <nav class="pager" aria-label="Pages">
              {after ? (
                <Link class="button small" href={pageHref(previous ?? null)}>
                  {previous !== undefined ? '← Previous' : '← First page'}
                </Link>
              ) : (
                <span />
              )}
              {result.hasNext && result.nextCursor && (
                <Link
                  class="button small"
                  href={pageHref(result.nextCursor)}
                  onClick={() => {
                    previousPage.set(`${filterKey}|${result.nextCursor}`, after);
                    if (pageNumber) pageNumbers.set(`${filterKey}|${result.nextCursor}`, pageNumber + 1);
                  }}
                >
                  Next →
                </Link>
              )}
            </nav>
          </>
        )}
      </div>
    </div>
  );
}

/** A row of the table; its sources open in a full-width row beneath it. */
function RoleTableRow({ edge, cities, cityHref }: { edge: Edge; cities: Ref[]; cityHref: (slug: string) => string }) {
  const [open, setOpen] = useState(false);
  const role = edge.node;
  const panel = `cite-${edge.cursor}`;
  return (
    <>
      <tr class={open ? 'open' : undefined}>
        <td data-label="Person" class="nowrap">
          <EntityLink entity={role.person} />
        </td>
        <td data-label="Title">
          <span class="role-title" lang="fr">
            {role.title}
          </span>
          <span class="type-tag">{roleLabel(role.kind)}</span>
        </td>
        <td data-label="Organisation">
          <EntityLink entity={role.organisation} />
        </td>
        <td data-label="City">
          {cities.length ? (
            cities.map((c, j) => (
              <span key={c.slug}>
                {j > 0 && ', '}
                <Link href={cityHref(c.slug)} class="city-filter-link" title={`Only roles in ${c.name}`}>
                  {c.name}
                </Link>
              </span>
            ))
          ) : (
            <span class="muted">—</span>
          )}
        </td>
        <td data-label="When" class="nowrap">
          {period(role.since, role.until, role.asOf) || <span class="muted">—</span>}
        </td>
        <td data-label="Source" class="nowrap">
          {role.sources.length === 0 ? (
            <span class="no-source">no source</span>
          ) : (
            <button
              type="button"
              class={`source-toggle${open ? ' open' : ''}`}
              aria-expanded={open}
              aria-controls={panel}
              onClick={() => setOpen(!open)}
              title={open ? 'Hide the quote' : 'Show the quote and the article it comes from'}
            >
              <span aria-hidden="true">❝</span> {role.sources.length === 1 ? 'Source' : plural(role.sources.length, 'source')}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr class="citation-row" id={panel}>
          <td colSpan={6}>
            {role.sources.map((c, j) => (
              <Citation key={j} citation={c} />
            ))}
          </td>
        </tr>
      )}
    </>
  );
}
