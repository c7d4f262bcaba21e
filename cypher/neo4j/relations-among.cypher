// Every relation whose two ends are both in a set of entities (a neighbourhood's edges), in id order. Each such
// relation leaves one of them, so the outgoing side alone finds it once. ($keys is LadybugDB's.)
UNWIND $slugs AS s
MATCH (a:Entity {slug: s})-[r:{{relationTypes}}]->(b:Entity)
WHERE b.slug IN $slugs
RETURN type(r) AS type, r.id AS id, a.slug AS from, b.slug AS to, r.label AS label, r.title AS title,
       r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf, r.announced AS announced,
       r.effective AS effective, r.amount AS amount, r.outcome AS outcome, r.inferred AS inferred, r.note AS note,
       r.sources AS sources
ORDER BY id
