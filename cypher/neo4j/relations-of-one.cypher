// relations-of for one slug, both directions (the LadybugDB twin needs a scalar parameter to seek its index; Neo4j
// seeks either way). One direction: relations-out-of-one, relations-into-one.
MATCH (a:Entity {slug: $slug})-[r:{{relationTypes}}]->(b:Entity)
RETURN a.slug AS key, b.slug AS other, true AS outgoing, type(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
UNION ALL
MATCH (a:Entity {slug: $slug})<-[r:{{relationTypes}}]-(b:Entity)
RETURN a.slug AS key, b.slug AS other, false AS outgoing, type(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
