// Every relation whose two ends are both in a set of entities (a neighbourhood's edges), in id order. Each such
// relation leaves one of them, so the outgoing side alone finds it once. Keys as in entity-keys; $slugs is Neo4j's.
MATCH (a:Entity)-[r:{{relationTypes}}]->(b:Entity)
WHERE offset(id(a)) IN $keys AND offset(id(b)) IN $keys
HINT (a JOIN r) JOIN b
RETURN label(r) AS type, r.id AS id, a.slug AS from, b.slug AS to, r.label AS label, r.title AS title,
       r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf, r.announced AS announced,
       r.effective AS effective, r.amount AS amount, r.outcome AS outcome, r.inferred AS inferred, r.note AS note,
       r.sources AS sources
ORDER BY id
