// relations-of for one slug (the LadybugDB twin needs a scalar parameter to seek its index; Neo4j seeks either way).
// $outSlug/$inSlug: the slug, or '' (no entity) for a direction not asked.
MATCH (a:Entity {slug: $outSlug})-[r:{{relationTypes}}]->(b:Entity)
RETURN a.slug AS key, b.slug AS other, true AS outgoing, type(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
UNION ALL
MATCH (a:Entity {slug: $inSlug})<-[r:{{relationTypes}}]-(b:Entity)
RETURN a.slug AS key, b.slug AS other, false AS outgoing, type(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
