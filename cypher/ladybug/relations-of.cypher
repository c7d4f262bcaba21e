// Relations touching each slug, both directions in one round trip; `key` says which slug asked.
// The direction test stands in a WITH, not in MATCH's WHERE: LadybugDB drops a MATCH predicate that reads only
// parameters (measured: `MATCH ... WHERE $direction = 'X'` still returned rows). Shared shape for both dialects.
UNWIND $slugs AS s
WITH s WHERE $direction <> 'IN'
MATCH (a:Entity {slug: s})-[r]->(b:Entity)
WHERE label(r) IN $types
RETURN s AS key, label(r) AS type, r.id AS id, a.slug AS from, b.slug AS to, r.label AS label, r.title AS title,
       r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf, r.announced AS announced,
       r.effective AS effective, r.amount AS amount, r.outcome AS outcome, r.inferred AS inferred, r.note AS note,
       r.sources AS sources
UNION ALL
UNWIND $slugs AS s
WITH s WHERE $direction <> 'OUT'
MATCH (a:Entity {slug: s})<-[r]-(b:Entity)
WHERE label(r) IN $types
RETURN s AS key, label(r) AS type, r.id AS id, b.slug AS from, a.slug AS to, r.label AS label, r.title AS title,
       r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf, r.announced AS announced,
       r.effective AS effective, r.amount AS amount, r.outcome AS outcome, r.inferred AS inferred, r.note AS note,
       r.sources AS sources
