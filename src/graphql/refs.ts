import type { ArticleRow, CitationRow, EntityRow, FactRow, RelationRow } from '../store/rows.js';
import type { SearchHitRow } from '../store/graph-store.js';
import { builder } from './builder.js';

/**
 * References to every object type, declared before any is implemented so type files can point at each other
 * without import cycles. Each is implemented in types/<Name>.ts.
 */
export const EntityRef = builder.interfaceRef<EntityRow>('Entity');
export const PersonRef = builder.objectRef<EntityRow>('Person');
export const OrganisationRef = builder.objectRef<EntityRow>('Organisation');
export const CityRef = builder.objectRef<EntityRow>('City');
export const EventRef = builder.objectRef<EntityRow>('Event');
export const PlaceRef = builder.objectRef<EntityRow>('Place');
export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const CitationRef = builder.objectRef<CitationRow>('Citation');
export const FactRef = builder.objectRef<FactRow>('Fact');
export const RelationRef = builder.objectRef<RelationRow>('Relation');
export const RoleRef = builder.objectRef<RelationRow>('Role');
export const MergerRef = builder.objectRef<RelationRow>('Merger');
export const SearchHitRef = builder.objectRef<SearchHitRow>('SearchHit');

export interface PathShape {
  nodes: EntityRow[];
  steps: RelationRow[];
}
export const PathRef = builder.objectRef<PathShape>('Path');

export interface SubgraphShape {
  nodes: EntityRow[];
  edges: RelationRow[];
  truncated: boolean;
}
export const SubgraphRef = builder.objectRef<SubgraphShape>('Subgraph');
