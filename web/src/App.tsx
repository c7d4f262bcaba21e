import { lazy, Suspense } from 'preact/compat';
import { EntitySearch } from './components/search';
import { Spinner } from './components/ui';
import { Link, navigate, routes, useLocation } from './router';
import { EntityView } from './views/EntityView';
import { HomeView } from './views/HomeView';
import { PathView } from './views/PathView';
import { RolesView } from './views/RolesView';

// The graph view carries the graph-drawing library: loaded when first opened.
const GraphView = lazy(() => import('./views/GraphView').then((m) => ({ default: m.GraphView })));

function NotFound() {
  return (
    <div class="card narrow">
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. Search for a name above, or go back to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}

export function App() {
  const location = useLocation();
  const { path } = location;
  const section = path.split('/')[1] ?? '';

  let view;
  let match: RegExpExecArray | null;
  if (path === '/' || path === '/index.html') view = <HomeView />;
  else if ((match = /^\/entity\/([^/]+)\/?$/.exec(path))) view = <EntityView slug={decodeURIComponent(match[1]!)} />;
  else if ((match = /^\/graph(?:\/([^/]+))?\/?$/.exec(path)))
    view = <GraphView slug={match[1] ? decodeURIComponent(match[1]) : null} params={location.params} />;
  else if (/^\/path\/?$/.test(path)) view = <PathView params={location.params} />;
  else if (/^\/roles\/?$/.test(path)) view = <RolesView params={location.params} />;
  else view = <NotFound />;

  const nav = [
    { href: '/', label: 'Home', key: '' },
    { href: '/graph/digital113', label: 'Graph', key: 'graph' },
    { href: '/path', label: 'Path finder', key: 'path' },
    { href: '/roles', label: 'Who presides what', key: 'roles' },
  ];

  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <Link href="/" class="brand" aria-label="Ecosystem explorer, home">
          <img src="/favicon.svg" alt="" width="26" height="26" />
          <span>
            Ecosystem <b>explorer</b>
          </span>
        </Link>
        <EntitySearch
          class="topbar-search"
          id="global-search"
          label="Search people, organisations, cities, events"
          placeholder="Search a name…"
          shortcut
          onSelect={(entity) => navigate(routes.entity(entity.slug))}
        />
        <nav aria-label="Views">
          {nav.map((item) => (
            <Link key={item.key} href={item.href} class={`nav-link${section === item.key ? ' current' : ''}`} aria-current={section === item.key ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
          <a class="nav-link subtle" href="/graphql" title="The GraphQL endpoint and its playground">
            GraphQL
          </a>
        </nav>
      </header>
      <main id="main">
        <Suspense fallback={<Spinner label="Loading the graph view…" />}>{view}</Suspense>
      </main>
      <footer class="footer">
        Built on the public GraphQL contract of <code>/graphql</code> alone. Every statement cites its article.
      </footer>
    </>
  );
}
