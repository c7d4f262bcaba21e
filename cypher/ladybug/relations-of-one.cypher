// relations-of for one slug, both directions: a primary-key seek ({slug: $param}) is the one lookup LadybugDB indexes,
// 4x faster than the batched query's scan for `IN`. One direction: relations-out-of-one, relations-into-one.
MATCH (a:Entity {slug: $slug})-[r:{{relationTypes}}]->(b:Entity)
RETURN a.slug AS key, b.slug AS other, true AS outgoing, label(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
UNION ALL
MATCH (a:Entity {slug: $slug})<-[r:{{relationTypes}}]-(b:Entity)
RETURN a.slug AS key, b.slug AS other, false AS outgoing, label(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
