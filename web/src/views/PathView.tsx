import { useEffect, useState } from 'preact/hooks';
import { useQuery, type QueryState } from '../client';
import { EntitySearch } from '../components/search';
import { Citation, EntityLink, ErrorBox, KindDot, Skeleton } from '../components/ui';
import { period } from '../format';
import { EntityNamesDocument, ShortestPathDocument, type EntityRefFragment, type ShortestPathQuery } from '../gql/graphql';
import { kindOf, RELATION_LABEL } from '../kinds';
import { Link, navigate, routes } from '../router';

type Ref = Pick<EntityRefFragment, 'slug' | 'name' | 'kind'>;

const HOPS = [1, 2, 3, 4, 5, 6];

export function PathView({ params }: { params: URLSearchParams }) {
  const from = params.get('from');
  const to = params.get('to');
  const hopsParam = Number(params.get('hops') ?? 4);
  const hops = HOPS.includes(hopsParam) ? hopsParam : 4;

  // Names of the two ends when the page is opened from a shared URL.
  const names = useQuery(EntityNamesDocument, from && to ? { a: from, b: to } : null);
  const [start, setStart] = useState<Ref | null>(null);
  const [end, setEnd] = useState<Ref | null>(null);
  useEffect(() => {
    if (names.data) {
      if (names.data.a) setStart(names.data.a);
      if (names.data.b) setEnd(names.data.b);
    }
  }, [names.data]);
  useEffect(() => {
    if (!from) setStart(null);
    if (!to) setEnd(null);
  }, [from, to]);
  const fromOnly = useQuery(EntityNamesDocument, from && !to ? { a: from, b: from } : null);
  useEffect(() => {
    if (fromOnly.data?.a) setStart(fromOnly.data.a);
  }, [fromOnly.data]);

  const result = useQuery(ShortestPathDocument, from && to ? { from, to, maxHops: hops } : null);

  useEffect(() => {
    document.title =
      start && end && from && to ? `${start.name} → ${end.name} · Path finder` : 'Path finder · Ecosystem explorer';
  }, [start?.name, end?.name, from, to]);

  const go = (a: Ref | null, b: Ref | null, h = hops) => navigate(routes.path(a?.slug, b?.slug, h === 4 ? null : h));

  return (
    <div class="path-view">
      <div class="card">
        <h1>Path finder</h1>
        <p class="muted">How are two entities connected? Pick both ends: the shortest chain of relations comes back, each step with its quote.</p>
        <form
          class="path-form"
          onSubmit={(event) => {
            event.preventDefault();
            go(start, end);
          }}
        >
          <div class="field">
            <label for="path-from">From</label>
            <EntitySearch id="path-from" label="From" placeholder="A person, an organisation…" value={start} onSelect={(e) => { setStart(e); if (end) go(e, end); }} onClear={() => setStart(null)} />
          </div>
          <button
            type="button"
            class="button icon swap"
            title="Swap the two ends"
            aria-label="Swap the two ends"
            onClick={() => {
              setStart(end);
              setEnd(start);
              if (start && end) go(end, start);
            }}
          >
            ⇄
          </button>
          <div class="field">
            <label for="path-to">To</label>
            <EntitySearch id="path-to" label="To" placeholder="…and another" value={end} onSelect={(e) => { setEnd(e); if (start) go(start, e); }} onClear={() => setEnd(null)} />
          </div>
          <div class="field narrow-field">
            <label for="path-hops">At most</label>
            <select id="path-hops" value={hops} onChange={(e) => go(start, end, Number((e.target as HTMLSelectElement).value))}>
              {HOPS.map((n) => (
                <option key={n} value={n}>
                  {n} {n === 1 ? 'step' : 'steps'}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button primary" disabled={!start || !end}>
            Find the path
          </button>
        </form>
      </div>

      {from && to && <PathResult state={result} start={start} end={end} hops={hops} from={from} to={to} />}
      {!(from && to) && (
        <div class="card section">
          <p class="muted">
            For instance: <Link href={routes.path('jean-pierre-bayol', 'tony-marchand')}>Jean-Pierre Bayol → Tony Marchand</Link>, or{' '}
            <Link href={routes.path('daniel-benchimol', 'pierre-deniset')}>Daniel Benchimol → Pierre Deniset</Link>.
          </p>
        </div>
      )}
    </div>
  );
}

function PathResult({
  state,
  start,
  end,
  hops,
  from,
  to,
}: {
  state: QueryState<ShortestPathQuery>;
  start: Ref | null;
  end: Ref | null;
  hops: number;
  from: string;
  to: string;
}) {
  const { data, error, loading, retry } = state;
  if (error) return <ErrorBox error={error} retry={retry} title="The path could not be computed" />;
  if (loading || !data)
    return (
      <div class="card section" aria-busy="true">
        <p class="muted">Looking for the shortest chain…</p>
        <Skeleton lines={4} />
      </div>
    );
  const path = data.path;
  if (!path)
    return (
      <div class="card section empty-result" role="status">
        <h2>No connection found</h2>
        <p>
          No chain of at most {hops} {hops === 1 ? 'relation' : 'relations'} links {start?.name ?? from} and {end?.name ?? to}.
          {hops < 6 && (
            <>
              {' '}
              <Link href={routes.path(from, to, 6)}>Look up to 6 steps away</Link>.
            </>
          )}
        </p>
      </div>
    );
  const nodes = path.nodes;
  return (
    <div class="card section path-result">
      <h2 class="path-summary" aria-live="polite">
        {nodes[0]?.name} and {nodes[nodes.length - 1]?.name} are{' '}
        {path.length === 0 ? 'the same entity' : `${path.length} ${path.length === 1 ? 'step' : 'steps'} apart`}
      </h2>
      <ol class="chain-strip" aria-label="The chain at a glance">
        {nodes.map((node, i) => (
          <li key={node.id}>
            <Link href={routes.entity(node.slug)} class="chain-chip" style={{ borderColor: kindOf(node.kind).colour }}>
              <KindDot kind={node.kind} />
              {node.name}
            </Link>
            {i < nodes.length - 1 && (
              <span class="chain-arrow" aria-hidden="true">
                —
              </span>
            )}
          </li>
        ))}
      </ol>
      <ol class="steps">
        {path.steps.map((step, i) => {
          const when = period(step.since, step.until);
          return (
            <li class="step" key={i}>
              <div class="step-head">
                <span class="step-n">{i + 1}</span>
                <span class="step-sentence">
                  <EntityLink entity={step.from} />{' '}
                  <span class="relation-label" lang="fr">
                    {step.label}
                  </span>{' '}
                  <EntityLink entity={step.to} />
                </span>
                <span class="type-tag">{RELATION_LABEL[step.type] ?? step.type}</span>
                {when && <span class="when">{when}</span>}
              </div>
              <div class="step-sources">
                {step.sources.length === 0 ? <span class="no-source">no source</span> : step.sources.map((c, j) => <Citation key={j} citation={c} />)}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
