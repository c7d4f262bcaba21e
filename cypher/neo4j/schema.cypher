// Neo4j schema: constraints give the unique slugs and ids their indexes; the full-text index serves name look-ups,
// the text index speeds the CONTAINS/STARTS WITH of search-entities, which both backends share.
CREATE CONSTRAINT entity_slug IF NOT EXISTS FOR (e:Entity) REQUIRE e.slug IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (e:Entity) ON (e.searchText);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText];
CREATE INDEX holds_role_kind IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.roleKind);
