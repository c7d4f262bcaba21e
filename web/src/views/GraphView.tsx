import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { query } from '../client';
import { EntitySearch } from '../components/search';
import { ErrorBox, KindBadge, Spinner } from '../components/ui';
import { plural } from '../format';
import { NeighbourhoodDocument, type NeighbourhoodQuery } from '../gql/graphql';
import { KIND, kindOf, RELATION_LABEL } from '../kinds';
import { Link, navigate, routes } from '../router';
import { layoutGraph } from './layout';
import type { LayoutInput } from './layout-core';


type Sub = NeighbourhoodQuery['neighbourhood'];
type GraphNode = Sub['nodes'][number];
type GraphEdge = Sub['edges'][number];

const DEPTHS = [1, 2, 3];
const LIMITS = [25, 50, 100, 200, 300];
/** Neighbours added by one expansion. */
const EXPAND_LIMIT = 40;
/** Most entities drawn at once: expansions stop there, so the page stays fluid whatever the graph's size. */
const MAX_DRAWN = 1000;

interface Loaded {
  key: string;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  centreId: string | null;
  /** Which loads were cut by their limit. */
  truncated: { slug: string; name: string; limit: number }[];
  expanded: Set<string>;
  capped: boolean;
}

const edgeId = (e: GraphEdge) => `${e.type}|${e.from.id}|${e.to.id}`;

/** Above this many edges, relation labels are drawn only around the selected node (text is what costs most). */
const EDGE_LABELS_UP_TO = 150;
/** Above this many edges, edges are drawn straight and without arrows (much cheaper to draw). */
const LARGE_DRAWING = 250;
/** Elements added to the drawing per task. */
const ADD_SLICE = 150;

/** Names cut to what fits under a node, once, instead of Cytoscape measuring text to ellipsize it on every draw. */
function shortLabel(name: string): string {
  return name.length > 24 ? `${name.slice(0, 22).trimEnd()}…` : name;
}

function list(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).flatMap((v) => v.split(',')).filter(Boolean);
}

export function GraphView({ slug, params }: { slug: string | null; params: URLSearchParams }) {
  const depthParam = Number(params.get('depth') ?? 1);
  const depth = DEPTHS.includes(depthParam) ? depthParam : 1;
  const limitParam = Number(params.get('limit') ?? 100);
  const limit = LIMITS.includes(limitParam) ? limitParam : 100;
  const expand = list(params, 'expand');
  const expandKey = expand.join(',');

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const drawnKey = useRef<string | null>(null);
  const lastExpanded = useRef<string | null>(null);
  const layoutGeneration = useRef(0);

  const href = (next: { slug?: string; depth?: number; limit?: number; expand?: string[] }) =>
    routes.graph(next.slug ?? slug ?? '', {
      depth: (next.depth ?? depth) === 1 ? null : (next.depth ?? depth),
      limit: (next.limit ?? limit) === 100 ? null : (next.limit ?? limit),
      expand: next.expand ?? expand,
    });

  // Load the centre's neighbourhood, then each expansion (from the URL, so a shared link redraws the same graph).
  useEffect(() => {
    if (!slug) return;
    const controller = new AbortController();
    const base = `${slug}|${depth}|${limit}`;
    let cancelled = false;
    (async () => {
      setError(null);
      let state: Loaded | null = loaded && loaded.key.startsWith(`${base}|`) ? loaded : null;
      if (!state) {
        setBusy(`Loading the neighbourhood of ${slug}…`);
        const data = await query(NeighbourhoodDocument, { of: slug, depth, limit }, controller.signal);
        const sub = data.neighbourhood;
        state = {
          key: `${base}|`,
          nodes: new Map(sub.nodes.map((n) => [n.id, n])),
          edges: new Map(sub.edges.map((e) => [edgeId(e), e])),
          centreId: sub.nodes[0]?.id ?? null,
          truncated: sub.truncated ? [{ slug, name: sub.nodes[0]?.name ?? slug, limit }] : [],
          expanded: new Set(),
          capped: false,
        };
      }
      for (const target of expand) {
        if (state.expanded.has(target)) continue;
        if (state.nodes.size >= MAX_DRAWN) {
          state = { ...state, capped: true };
          break;
        }
        setBusy(`Expanding ${target}…`);
        const data = await query(NeighbourhoodDocument, { of: target, depth: 1, limit: EXPAND_LIMIT }, controller.signal);
        const sub = data.neighbourhood;
        const nodes: Map<string, GraphNode> = new Map(state.nodes);
        const edges: Map<string, GraphEdge> = new Map(state.edges);
        for (const n of sub.nodes) if (nodes.size < MAX_DRAWN || nodes.has(n.id)) nodes.set(n.id, n);
        for (const e of sub.edges) if (nodes.has(e.from.id) && nodes.has(e.to.id)) edges.set(edgeId(e), e);
        state = {
          ...state,
          nodes,
          edges,
          expanded: new Set([...state.expanded, target]),
          truncated: sub.truncated ? [...state.truncated, { slug: target, name: sub.nodes[0]?.name ?? target, limit: EXPAND_LIMIT }] : state.truncated,
          capped: state.capped || nodes.size >= MAX_DRAWN,
        };
        lastExpanded.current = target;
      }
      // Expansions removed from the URL (back button): rebuild from the centre.
      if ([...state.expanded].some((s) => !expand.includes(s))) {
        if (!cancelled) setLoaded(null);
        return;
      }
      if (!cancelled) {
        setBusy(null);
        if (state !== loaded || state.key !== `${base}|${expandKey}`) setLoaded({ ...state, key: `${base}|${expandKey}` });
      }
    })().catch((e: Error) => {
      if (controller.signal.aborted) return;
      setError(e);
      setBusy(null);
    });
    return () => {
      cancelled = true;
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug, depth, limit, expandKey, attempt, loaded === null]);

  // Draw: a full layout for a new centre, an incremental one (old nodes pinned) for an expansion.
  useEffect(() => {
    if (!loaded || !container.current) return;
    let cy = cyRef.current;
    if (!cy) {
      cy = cytoscape({
        container: container.current,
        style: STYLE,
        minZoom: 0.15,
        maxZoom: 3,
        boxSelectionEnabled: false,
        textureOnViewport: true,
        hideEdgesOnViewport: false,
      });
      cyRef.current = cy;
      (window as unknown as { explorerGraph?: Core }).explorerGraph = cy;
      cy.on('tap', 'node', (event) => setSelected((event.target as NodeSingular).id()));
      cy.on('tap', (event) => {
        if (event.target === cy) setSelected(null);
      });
      cy.on('dbltap', 'node', (event) => {
        const node = event.target as NodeSingular;
        window.dispatchEvent(new CustomEvent('explorer:expand', { detail: node.data('slug') as string }));
      });
    }
    const base = loaded.key.split('|').slice(0, 3).join('|');
    const incremental = drawnKey.current !== null && drawnKey.current.split('|').slice(0, 3).join('|') === base;
    if (!incremental) cy.elements().remove();
    else {
      // Back button: expansions no longer in the URL leave the drawing.
      cy.edges().filter((e) => !loaded.edges.has(e.id())).remove();
      cy.nodes().filter((n) => !loaded.nodes.has(n.id())).remove();
    }
    const existing = new Set(cy.nodes().map((n) => n.id()));
    const anchor: cytoscape.NodeCollection | null = lastExpanded.current ? cy.nodes().filter((n) => n.data('slug') === lastExpanded.current) : null;
    const anchorPos = anchor && anchor.length ? { ...anchor.first().position() } : { x: 0, y: 0 };
    const degree = new Map<string, number>();
    for (const e of loaded.edges.values()) {
      degree.set(e.from.id, (degree.get(e.from.id) ?? 0) + 1);
      degree.set(e.to.id, (degree.get(e.to.id) ?? 0) + 1);
    }
    const size = (id: string) => (id === loaded.centreId ? 46 : 18 + Math.min(24, ((degree.get(id) ?? 0) * 24) / 20));

    // The layout runs in a Web Worker; the drawing changes only once positions are known.
    const generation = ++layoutGeneration.current;
    container.current.setAttribute('data-ready', 'false');
    setBusy(`Laying out ${plural(loaded.nodes.size, 'entity', 'entities')}…`);
    const input: LayoutInput = {
      nodes: [...loaded.nodes.values()].map((n) => {
        const box = { id: n.id, w: Math.max(size(n.id), shortLabel(n.name).length * 6.4), h: size(n.id) + 18 };
        if (existing.has(n.id)) return { ...box, ...cy!.getElementById(n.id).position() };
        return incremental ? { ...box, x: anchorPos.x + (Math.random() - 0.5) * 80, y: anchorPos.y + (Math.random() - 0.5) * 80 } : box;
      }),
      edges: [...loaded.edges.entries()].map(([id, e]) => ({ id, source: e.from.id, target: e.to.id })),
      // A small drawing is re-laid out whole from where its nodes are (it stays recognisable); a large one keeps its
      // nodes where they are and places only the newcomers.
      fixed: incremental && existing.size > 60 ? [...existing].map((id) => ({ nodeId: id, position: { ...cy!.getElementById(id).position() } })) : [],
      randomize: !incremental,
    };
    const large = loaded.edges.size > LARGE_DRAWING;
    const quiet = loaded.edges.size > EDGE_LABELS_UP_TO;
    const classesOf = (...names: (string | false)[]) => names.filter(Boolean).join(' ');
    layoutGraph(input)
      .then(async (positions) => {
        if (generation !== layoutGeneration.current || cyRef.current !== cy) return;
        drawnKey.current = loaded.key;
        const added: ElementDefinition[] = [];
        for (const n of loaded.nodes.values()) {
          if (existing.has(n.id)) continue;
          added.push({
            group: 'nodes',
            data: { id: n.id, slug: n.slug, name: n.name, label: shortLabel(n.name), kind: n.kind, colour: kindOf(n.kind).colour, degree: degree.get(n.id) ?? 0 },
            position: incremental ? { ...anchorPos } : positions[n.id],
            classes: classesOf(n.id === loaded.centreId && 'centre', loaded.expanded.has(n.slug) && 'expanded', large && 'large'),
          });
        }
        for (const [id, e] of loaded.edges) {
          if (cy!.getElementById(id).length) continue;
          // Relation labels on every edge only while the drawing is small; on a large one, around the selected node.
          // A large drawing also uses the cheapest shapes: straight edges without arrows, plain node outlines.
          added.push({ group: 'edges', data: { id, source: e.from.id, target: e.to.id, label: e.label, type: e.type }, classes: classesOf(quiet && 'quiet', large && 'large') });
        }
        // Elements go in by slices of a few hundred, one per task, so the page keeps answering while a large
        // neighbourhood is drawn.
        for (let start = 0; start < added.length; start += ADD_SLICE) {
          if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
          if (generation !== layoutGeneration.current || cyRef.current !== cy) return;
          cy!.batch(() => cy!.add(added.slice(start, start + ADD_SLICE)));
        }
        if (incremental)
          cy!.batch(() => {
            cy!.elements().toggleClass('large', large);
            cy!.edges().toggleClass('quiet', quiet);
            for (const n of cy!.nodes()) {
              const d = degree.get(n.id()) ?? 0;
              if (n.data('degree') !== d) n.data('degree', d);
              const expanded = loaded.expanded.has(n.data('slug') as string);
              if (n.hasClass('expanded') !== expanded) n.toggleClass('expanded', expanded);
            }
          });
        // Panning and zooming a large drawing stays fluid: edges are hidden while the viewport moves.
        const renderer = (cy as unknown as { renderer?: () => { hideEdgesOnViewport?: boolean } }).renderer?.();
        if (renderer) renderer.hideEdgesOnViewport = loaded.edges.size > 300;
        const done = () => {
          container.current?.setAttribute('data-ready', 'true');
          setBusy(null);
        };
        // A new centre is drawn at once and fitted; after an expansion, the new neighbours fly out of the node that
        // was expanded and the view follows them.
        const animate = incremental && cy!.nodes().length < 400;
        const layout = cy!.layout({ name: 'preset', positions: positions as never, animate, animationDuration: 350, fit: !incremental, padding: 40 } as cytoscape.LayoutOptions);
        layout.one('layoutstop', () => {
          const target = incremental ? cy!.nodes().filter((n) => n.data('slug') === lastExpanded.current) : null;
          if (target && target.length) cy!.animate({ fit: { eles: target.closedNeighborhood(), padding: 60 } }, { duration: 300 });
          done();
        });
        layout.run();
      })
      .catch((error: Error) => {
        if (generation !== layoutGeneration.current) return;
        setError(error);
        setBusy(null);
      });
  }, [loaded]);

  useEffect(
    () => () => {
      cyRef.current?.destroy();
      cyRef.current = null;
    },
    [],
  );

  // Selection styling.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().removeClass('selected faded');
    cy.edges().removeClass('faded highlighted');
    if (!selected) return;
    const node = cy.getElementById(selected);
    if (!node.length) return;
    node.addClass('selected');
    const neighbourhood = node.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass('faded');
    node.connectedEdges().addClass('highlighted');
  }, [selected, loaded]);

  const doExpand = (target: string) => {
    if (expand.includes(target) || target === slug) return;
    navigate(href({ expand: [...expand, target] }));
  };
  useEffect(() => {
    const onExpand = (event: Event) => doExpand((event as CustomEvent<string>).detail);
    window.addEventListener('explorer:expand', onExpand);
    return () => window.removeEventListener('explorer:expand', onExpand);
  });

  useEffect(() => {
    const centre = loaded?.centreId ? loaded.nodes.get(loaded.centreId) : null;
    document.title = centre ? `Around ${centre.name} · Ecosystem explorer` : 'Graph · Ecosystem explorer';
  }, [loaded?.centreId]);

  const selectedNode = selected && loaded ? loaded.nodes.get(selected) : null;
  const centre = loaded?.centreId ? loaded.nodes.get(loaded.centreId) : null;
  const selectedEdges = useMemo(() => {
    if (!selectedNode || !loaded) return [];
    return [...loaded.edges.values()].filter((e) => e.from.id === selectedNode.id || e.to.id === selectedNode.id).slice(0, 12);
  }, [selectedNode, loaded]);
  const kindsShown = useMemo(() => new Set<string>([...(loaded?.nodes.values() ?? [])].map((n) => n.kind)), [loaded]);

  if (!slug)
    return (
      <div class="card narrow">
        <h1>Neighbourhood graph</h1>
        <p>Pick an entity to draw what surrounds it.</p>
        <EntitySearch label="Centre of the graph" autoFocus onSelect={(e) => navigate(routes.graph(e.slug))} />
      </div>
    );

  return (
    <div class="graph-view">
      <div class="card graph-toolbar">
        <h1>
          Around <span>{centre ? centre.name : slug}</span>
        </h1>
        <div class="toolbar-controls">
          <EntitySearch
            class="graph-centre"
            label="Centre the graph on"
            placeholder="Centre on…"
            onSelect={(e) => {
              setSelected(null);
              navigate(href({ slug: e.slug, expand: [] }));
            }}
          />
          <label>
            Depth{' '}
            <select value={depth} onChange={(e) => navigate(href({ depth: Number((e.target as HTMLSelectElement).value), expand: [] }))}>
              {DEPTHS.map((d) => (
                <option key={d} value={d}>
                  {d} {d === 1 ? 'hop' : 'hops'}
                </option>
              ))}
            </select>
          </label>
          <label>
            At most{' '}
            <select value={limit} onChange={(e) => navigate(href({ limit: Number((e.target as HTMLSelectElement).value), expand: [] }))}>
              {LIMITS.map((l) => (
                <option key={l} value={l}>
                  {l} entities
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="button small" onClick={() => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 40 } }, { duration: 300 })}>
            Fit
          </button>
          {expand.length > 0 && (
            <Link class="button small" href={href({ expand: [] })}>
              Reset expansions
            </Link>
          )}
        </div>
      </div>

      {error && <ErrorBox error={error} retry={() => setAttempt((n) => n + 1)} title="The neighbourhood could not be loaded" />}
      {loaded && loaded.nodes.size === 0 && !error && (
        <div class="card section">
          <p>
            No entity “{slug}”. <Link href="/graph">Pick another centre</Link>.
          </p>
        </div>
      )}
      {loaded && (loaded.truncated.length > 0 || loaded.capped) && (
        <div class="notice" role="status">
          <strong>Partial view.</strong>{' '}
          {loaded.truncated.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && ' '}
              {t.slug === slug
                ? `The neighbourhood of ${t.name} has more than ${t.limit} entities within ${depth} ${depth === 1 ? 'hop' : 'hops'}: the ${t.limit} nearest are drawn.`
                : `Expanding ${t.name} added its ${t.limit} nearest neighbours only.`}
            </span>
          ))}
          {loaded.capped && ` At most ${MAX_DRAWN} entities are drawn at once.`}
          {loaded.truncated.some((t) => t.slug === slug) && limit < 300 && (
            <>
              {' '}
              <Link href={href({ limit: LIMITS[LIMITS.indexOf(limit) + 1], expand: [] })}>Draw more</Link>
            </>
          )}
        </div>
      )}

      <div class="graph-layout">
        <div class="graph-canvas card">
          <div ref={container} class="cy" data-testid="graph-canvas" aria-label={`Graph of the neighbourhood of ${centre?.name ?? slug}`} role="img" />
          {busy && (
            <div class="graph-busy">
              <Spinner label={busy} />
            </div>
          )}
          <ul class="legend" aria-label="Colours">
            {Object.entries(KIND)
              .filter(([k]) => kindsShown.has(k))
              .map(([k, v]) => (
                <li key={k}>
                  <span class="dot" style={{ background: v.colour }} />
                  {v.label}
                </li>
              ))}
          </ul>
          {loaded && (
            <p class="graph-count">
              {plural(loaded.nodes.size, 'entity', 'entities')} · {plural(loaded.edges.size, 'relation')}
            </p>
          )}
        </div>

        <aside class="card graph-side" aria-label="Selection">
          {selectedNode ? (
            <div class="selection" data-testid="graph-selection">
              <KindBadge kind={selectedNode.kind} />
              <h2>{selectedNode.name}</h2>
              <div class="actions vertical">
                <Link class="button primary" href={routes.entity(selectedNode.slug)}>
                  Open its page
                </Link>
                <button
                  type="button"
                  class="button"
                  disabled={selectedNode.slug === slug || expand.includes(selectedNode.slug) || !!busy}
                  onClick={() => doExpand(selectedNode.slug)}
                >
                  {selectedNode.slug === slug || expand.includes(selectedNode.slug) ? 'Expanded' : 'Expand its neighbours'}
                </button>
                {selectedNode.slug !== slug && (
                  <Link class="button" href={routes.graph(selectedNode.slug, { depth: depth === 1 ? null : depth })}>
                    Centre the graph here
                  </Link>
                )}
              </div>
              {selectedEdges.length > 0 && (
                <>
                  <h3>Relations in view</h3>
                  <ul class="edge-list">
                    {selectedEdges.map((e) => {
                      const a = loaded!.nodes.get(e.from.id);
                      const b = loaded!.nodes.get(e.to.id);
                      return (
                        <li key={edgeId(e)}>
                          {a?.name} <span class="relation-label" lang="fr">{e.label}</span> {b?.name}
                          <span class="type-tag">{RELATION_LABEL[e.type] ?? e.type}</span>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </div>
          ) : (
            <div class="selection-help">
              <h2>Explore</h2>
              <p>
                <b>Click</b> a node to see it here, open its page or expand it. <b>Double-click</b> expands it at once. Scroll to zoom,
                drag to pan.
              </p>
            </div>
          )}
          {loaded && loaded.nodes.size > 0 && (
            <details class="node-list">
              <summary>Entities in view ({loaded.nodes.size})</summary>
              <ul>
                {[...loaded.nodes.values()].slice(0, 300).map((n) => (
                  <li key={n.id}>
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => {
                        setSelected(n.id);
                        const node = cyRef.current?.getElementById(n.id);
                        if (node && node.length) cyRef.current?.animate({ center: { eles: node } }, { duration: 250 });
                      }}
                    >
                      <span class="dot" style={{ background: kindOf(n.kind).colour }} />
                      {n.name}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </aside>
      </div>
    </div>
  );
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      width: 'mapData(degree, 0, 20, 18, 42)',
      height: 'mapData(degree, 0, 20, 18, 42)',
      'font-family': 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 11,
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.centre', style: { width: 46, height: 46, 'border-width': 4, 'border-color': '#111827', 'font-size': 13, 'font-weight': 'bold' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'double' } },
  { selector: 'node.selected', style: { 'border-width': 4, 'border-color': '#facc15', 'z-index': 10 } },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'line-color': '#b8c0cc',
      'target-arrow-color': '#b8c0cc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#6b7280',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 9,
    },
  },
  { selector: 'edge.quiet', style: { label: '' } },
  { selector: 'edge.large', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 1 } },
  { selector: 'node.large', style: { 'border-width': 0, 'text-background-opacity': 0 } },
  { selector: 'edge.highlighted', style: { label: 'data(label)' } },
  { selector: 'edge.highlighted', style: { 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', width: 2.2, color: '#111827', 'z-index': 9 } },
  { selector: '.faded', style: { opacity: 0.18 } },
];
