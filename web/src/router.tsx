import type { AnchorHTMLAttributes, ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * History routes, so every view has a plain shareable URL (/entity/digital113, /path?from=…&to=…). The server answers
 * any such path with index.html (webStatic's fallback); the page reads the URL and fetches what it shows.
 */
const CHANGE = 'explorer:navigate';

export interface Location {
  path: string;
  params: URLSearchParams;
  href: string;
}

function read(): Location {
  return { path: window.location.pathname, params: new URLSearchParams(window.location.search), href: window.location.pathname + window.location.search };
}

export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  const here = window.location.pathname + window.location.search;
  if (href === here) return;
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(CHANGE));
  if (!replace) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return location;
}

/** A query string from a record; empty values are left out. Repeated keys for arrays. */
export function qs(values: Record<string, string | number | readonly string[] | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

type AnchorProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children?: ComponentChildren };

/** An in-page link: a real <a href> (open in a new tab, copy link), navigated without reloading. */
export function Link({ href, onClick, ...rest }: AnchorProps) {
  return (
    <a
      href={href}
      onClick={(event) => {
        if (onClick) (onClick as (e: MouseEvent) => void)(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
      {...rest}
    />
  );
}

export const routes = {
  home: () => '/',
  entity: (slug: string) => `/entity/${encodeURIComponent(slug)}`,
  graph: (slug: string, extra: Record<string, string | number | readonly string[] | null | undefined> = {}) =>
    `/graph/${encodeURIComponent(slug)}${qs(extra)}`,
  path: (from?: string | null, to?: string | null, hops?: number | null) => `/path${qs({ from, to, hops })}`,
  roles: (filters: Record<string, string | number | readonly string[] | null | undefined> = {}) => `/roles${qs(filters)}`,
};
