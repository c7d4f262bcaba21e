import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useQuery } from '../client';
import { SearchDocument, type EntityRefFragment, type SearchQuery } from '../gql/graphql';
import { kindOf, type EntityKind } from '../kinds';
import { KindDot } from './ui';

type Hit = SearchQuery['search'][number];

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

/** Bolds where the (case- and accent-folded) query occurs in `text`. */
function Highlight({ text, query }: { text: string; query: string }) {
  const q = fold(query.trim());
  if (!q) return <>{text}</>;
  // Fold character by character so indices map back to the original text.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!);
    for (let j = 0; j < f.length; j++) origin.push(i);
    folded += f;
  }
  const at = folded.indexOf(q);
  if (at < 0) return <>{text}</>;
  const start = origin[at]!;
  const end = (origin[at + q.length - 1] ?? text.length - 1) + 1;
  return (
    <>
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface EntitySearchProps {
  /** Accessible name of the input. */
  label: string;
  placeholder?: string;
  kinds?: EntityKind[];
  /** Picker mode: the chosen entity, shown in the input. */
  value?: Pick<EntityRefFragment, 'slug' | 'name' | 'kind'> | null;
  onSelect: (entity: EntityRefFragment) => void;
  onClear?: () => void;
  autoFocus?: boolean;
  /** id of the input (for <label for>). */
  id?: string;
  class?: string;
  /** Global "/" shortcut focuses this input. */
  shortcut?: boolean;
  name?: string;
}

/**
 * Autocomplete over the `search` query, as an ARIA combobox: type two letters, ↑/↓ to move, Enter to choose, Esc to
 * close. Requests are debounced and stale answers dropped, so typing stays fluid on a large graph.
 */
export function EntitySearch({ label, placeholder, kinds, value, onSelect, onClear, autoFocus, id, shortcut, name, ...rest }: EntitySearchProps) {
  const generated = useId();
  const inputId = id ?? `search-${generated}`;
  const listId = `${inputId}-list`;
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setText(value?.name ?? ''), [value?.slug, value?.name]);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, []);
  /** Enter pressed before the suggestions arrived: take the best one when they do. */
  const pendingEnter = useRef(false);

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const typed = value && text === value.name ? '' : text.trim();
  const debounced = useDebounced(typed, 120);
  const enabled = debounced.length >= 2 && open;
  const { data, error, loading } = useQuery(SearchDocument, enabled ? { query: debounced, kinds: kinds ?? null, first: 8 } : null, {
    keepPrevious: true,
  });
  const hits: Hit[] = enabled && data ? data.search : [];
  const waiting = typed !== debounced || loading;
  const showList = open && typed.length >= 2;

  useEffect(() => {
    setActive(0);
    if (pendingEnter.current && typed === debounced && data && data.search.length > 0) {
      pendingEnter.current = false;
      choose(data.search[0]);
    }
  }, [data]);

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText(value !== undefined ? hit.entity.name : '');
    onSelect(hit.entity);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (hits.length ? (i + 1) % hits.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (hits.length ? (i - 1 + hits.length) % hits.length : 0));
    } else if (event.key === 'Enter') {
      if (showList && hits.length && !waiting) {
        event.preventDefault();
        choose(hits[active] ?? hits[0]);
      } else if (typed.length >= 2) {
        event.preventDefault();
        pendingEnter.current = true;
      }
    } else if (event.key === 'Escape') {
      if (open && typed) setOpen(false);
      else if (text) {
        setText('');
        onClear?.();
      }
    }
  };

  const activeId = showList && hits[active] ? `${listId}-${active}` : undefined;

  return (
    <div class={`combobox ${rest.class ?? ''}`}>
      <input
        ref={input}
        id={inputId}
        name={name}
        type="text"
        role="combobox"
        enterKeyHint="search"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeId}
        autoComplete="off"
        spellcheck={false}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={text}
        onInput={(event) => {
          const next = (event.target as HTMLInputElement).value;
          pendingEnter.current = false;
          setText(next);
          setOpen(true);
          if (value && next !== value.name) onClear?.();
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 120)}
        onKeyDown={onKeyDown}
      />
      {shortcut && !text && (
        <kbd class="shortcut" aria-hidden="true">
          /
        </kbd>
      )}
      <ul id={listId} role="listbox" aria-label={`${label}: suggestions`} class="listbox" hidden={!showList}>
        {showList && error && <li class="listbox-note error">{error.message}</li>}
        {showList && !error && hits.length === 0 && (
          <li class="listbox-note">{waiting ? 'Searching…' : `Nothing matches “${typed}”.`}</li>
        )}
        {hits.map((hit, i) => {
          const matchedAlias =
            !fold(hit.entity.name).includes(fold(typed)) ? hit.entity.aliases.find((alias) => fold(alias).includes(fold(typed))) : undefined;
          return (
            <li
              key={hit.entity.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={`option${i === active ? ' active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(hit)}
            >
              <KindDot kind={hit.entity.kind} />
              <span class="option-name">
                <Highlight text={hit.entity.name} query={typed} />
                {matchedAlias && (
                  <span class="option-alias">
                    {' '}
                    also “<Highlight text={matchedAlias} query={typed} />”
                  </span>
                )}
              </span>
              <span class="option-kind">{kindOf(hit.entity.kind).label}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
