import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

/** What a layout needs: boxes (a node and its label), links, and the nodes that must not move. */
export interface LayoutInput {
  nodes: { id: string; w: number; h: number; x?: number; y?: number }[];
  edges: { id: string; source: string; target: string }[];
  fixed: { nodeId: string; position: { x: number; y: number } }[];
  randomize: boolean;
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * fCoSE on a headless Cytoscape: no DOM, so it runs in a Web Worker and the page never freezes while a large
 * neighbourhood is laid out. Labels are accounted for by each node's box (w, h).
 */
export function computeLayout(input: LayoutInput): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: n.x === undefined ? undefined : { x: n.x, y: n.y! } })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const count = input.nodes.length;
  cy.layout({
    name: 'fcose',
    quality: count > 250 ? 'draft' : 'default',
    randomize: input.randomize,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 90,
    nodeRepulsion: 6000,
    nodeSeparation: 80,
    fixedNodeConstraint: input.fixed.length ? input.fixed.slice(0, 500) : undefined,
  } as cytoscape.LayoutOptions).run();
  const positions: Positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return positions;
}
