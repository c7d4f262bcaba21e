import { useEffect } from 'preact/hooks';
import { useQuery } from '../client';
import { EntitySearch } from '../components/search';
import { ErrorBox, Skeleton } from '../components/ui';
import { partialDate } from '../format';
import { HomeDocument } from '../gql/graphql';
import { KIND } from '../kinds';
import { Link, navigate, routes } from '../router';

export function HomeView() {
  useEffect(() => {
    document.title = 'Ecosystem explorer';
  }, []);
  const { data, error, retry } = useQuery(HomeDocument, {});
  const counts = data && [
    { label: KIND.PERSON.plural, n: data.people.totalCount, colour: KIND.PERSON.colour },
    { label: KIND.ORGANISATION.plural, n: data.organisations.totalCount, colour: KIND.ORGANISATION.colour },
    { label: KIND.CITY.plural, n: data.cities.totalCount, colour: KIND.CITY.colour },
    { label: KIND.EVENT.plural, n: data.events.totalCount, colour: KIND.EVENT.colour },
  ];
  return (
    <div class="home">
      <section class="hero">
        <h1>Who runs the French digital ecosystem, and how do we know?</h1>
        <p class="lede">
          French Tech metropoles, clusters, incubators, the people who run them and the events where they meet — each
          relation backed by a verbatim quote from the press.
        </p>
        <EntitySearch
          class="hero-search"
          id="hero-search"
          label="Search the graph"
          placeholder="Try “Benchimol”, “Digital113”, “Mêlée”…"
          autoFocus
          onSelect={(entity) => navigate(routes.entity(entity.slug))}
        />
        <p class="hint">
          Type two letters; <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open. Press <kbd>/</kbd> anywhere to search.
        </p>
      </section>

      <div class="tiles">
        <Link class="tile card" href={routes.entity('daniel-benchimol')}>
          <span class="tile-kicker">Entity page</span>
          <strong>Daniel Benchimol</strong>
          <span>His roles, each with the article that states it.</span>
        </Link>
        <Link class="tile card" href={routes.graph('digital113')}>
          <span class="tile-kicker">Neighbourhood</span>
          <strong>Around Digital113</strong>
          <span>The cluster born of a merger, drawn as a graph you can expand.</span>
        </Link>
        <Link class="tile card" href={routes.path('jean-pierre-bayol', 'tony-marchand')}>
          <span class="tile-kicker">Path finder</span>
          <strong>Jean-Pierre Bayol → Tony Marchand</strong>
          <span>The shortest chain between two people, step by step.</span>
        </Link>
        <Link class="tile card" href={routes.roles()}>
          <span class="tile-kicker">Table</span>
          <strong>Who presides what</strong>
          <span>Presidencies by kind, organisation and city.</span>
        </Link>
      </div>

      <div class="home-columns">
        <section class="card section">
          <h2>In the graph</h2>
          {error ? (
            <ErrorBox error={error} retry={retry} />
          ) : !counts ? (
            <Skeleton lines={4} />
          ) : (
            <ul class="stats">
              {counts.map((c) => (
                <li key={c.label}>
                  <span class="stat-n" style={{ color: c.colour }}>
                    {c.n.toLocaleString('en-GB')}
                  </span>
                  <span class="stat-label">{c.label}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="card section">
          <h2>Built from {data ? `${data.articles.totalCount} articles` : 'these articles'}</h2>
          {error ? null : !data ? (
            <Skeleton lines={5} />
          ) : (
            <ul class="articles">
              {data.articles.edges.map(({ node }) => (
                <li key={node.id}>
                  <cite>{node.title}</cite>
                  <span class="muted">
                    {[node.publisher, partialDate(node.publishedOn)].filter(Boolean).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
