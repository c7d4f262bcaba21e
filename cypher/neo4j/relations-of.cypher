// Relations touching each slug, both directions in one round trip; `key` says which slug asked.
UNWIND $slugs AS s
MATCH (a:Entity {slug: s})-[r]->(b:Entity)
WHERE $outgoing AND type(r) IN $types
RETURN s AS key, type(r) AS type, r.id AS id, a.slug AS from, b.slug AS to, r.label AS label, r.title AS title,
       r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf, r.announced AS announced,
       r.effective AS effective, r.amount AS amount, r.outcome AS outcome, r.inferred AS inferred, r.note AS note,
       r.sources AS sources
UNION ALL
UNWIND $slugs AS s
MATCH (a:Entity {slug: s})<-[r]-(b:Entity)
WHERE $incoming AND type(r) IN $types
RETURN s AS key, type(r) AS type, r.id AS id, b.slug AS from, a.slug AS to, r.label AS label, r.title AS title,
       r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf, r.announced AS announced,
       r.effective AS effective, r.amount AS amount, r.outcome AS outcome, r.inferred AS inferred, r.note AS note,
       r.sources AS sources
