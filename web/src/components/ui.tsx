import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { partialDate, plural } from '../format';
import type { CitationFieldsFragment, EntityRefFragment } from '../gql/graphql';
import { kindOf } from '../kinds';
import { Link, routes } from '../router';

export function KindBadge({ kind }: { kind: string }) {
  const k = kindOf(kind);
  return (
    <span class="badge" style={{ color: k.colour, background: k.tint }}>
      {k.label}
    </span>
  );
}

export function KindDot({ kind }: { kind: string }) {
  return <span class="dot" style={{ background: kindOf(kind).colour }} aria-hidden="true" />;
}

/** A link to an entity's page, its kind as a coloured dot. */
export function EntityLink({ entity, title }: { entity: Pick<EntityRefFragment, 'slug' | 'name' | 'kind'>; title?: string }) {
  return (
    <Link class="entity-link" href={routes.entity(entity.slug)} title={title ?? `${kindOf(entity.kind).label}: ${entity.name}`}>
      <KindDot kind={entity.kind} />
      {entity.name}
    </Link>
  );
}

export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

/** Placeholder rows while a section loads. */
export function Skeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div class="skeleton" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <div class="skeleton-line" key={i} style={{ width: `${90 - ((i * 23) % 40)}%` }} />
      ))}
    </div>
  );
}

export function ErrorBox({ error, retry, title = 'Something went wrong' }: { error: Error; retry?: () => void; title?: string }) {
  return (
    <div class="error-box" role="alert">
      <strong>{title}</strong>
      <p>{error.message}</p>
      {retry && (
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** "Source" toggle: the verbatim quote, the article title, publisher and date, shown on demand. */
export function Sources({ sources, id }: { sources: readonly CitationFieldsFragment[]; id: string }) {
  const [open, setOpen] = useState(false);
  if (sources.length === 0) return <span class="no-source">no source</span>;
  const panel = `src-${id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <>
      <button
        type="button"
        class={`source-toggle${open ? ' open' : ''}`}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        title={open ? 'Hide the quote' : 'Show the quote and the article it comes from'}
      >
        <span aria-hidden="true">❝</span> {sources.length === 1 ? 'Source' : plural(sources.length, 'source')}
      </button>
      {open && (
        <div class="citations" id={panel}>
          {sources.map((source, i) => (
            <Citation key={i} citation={source} />
          ))}
        </div>
      )}
    </>
  );
}

export function Citation({ citation }: { citation: CitationFieldsFragment }) {
  const { article } = citation;
  return (
    <figure class="citation">
      <blockquote lang="fr">« {citation.quote} »</blockquote>
      <figcaption>
        <cite>{article.title}</cite>
        {article.publisher && <span class="publisher"> — {article.publisher}</span>}
        {article.publishedOn && <span class="published">, {partialDate(article.publishedOn)}</span>}
      </figcaption>
    </figure>
  );
}

export function Section({
  title,
  count,
  countSuffix = '',
  children,
  id,
}: {
  title: string;
  count?: number;
  countSuffix?: string;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <section class="card section" id={id} aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 id={id ? `${id}-title` : undefined}>
        {title}
        {count !== undefined && (
          <span class="count" title={countSuffix ? 'Shown so far; more to load' : undefined}>
            {count.toLocaleString('en-GB')}
            {countSuffix}
          </span>
        )}
      </h2>
      {children}
    </section>
  );
}
