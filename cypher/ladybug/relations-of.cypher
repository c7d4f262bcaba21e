// Relations touching several entities, both directions in one round trip; `key` is the slug asked for, `other` the far
// end, `outgoing` whether the relation starts at `key`. The caller passes the entities' keys (entity-keys: internal
// offsets, compared as integers) once per direction it wants ($outKeys, $inKeys; [] for none): a MATCH predicate
// reading only parameters is dropped by LadybugDB. $outSlugs/$inSlugs are for Neo4j's text and unused here.
// {{relationTypes}}: the types asked for, spliced from the closed enum, so only those tables are scanned.
// HINT: start from the matched entities. Without it the planner hash-joins whole relation tables: 400 ms for one
// entity's roles at 1M relationships, 12-40 ms with it. LadybugDB uses no index for `IN`: see entity-keys and
// relations-of-one.
// Every column is a distinct expression: a UNION ALL whose branches alias one expression twice mixed up its columns.
MATCH (a:Entity)-[r:{{relationTypes}}]->(b:Entity)
WHERE offset(id(a)) IN $outKeys
HINT (a JOIN r) JOIN b
RETURN a.slug AS key, b.slug AS other, true AS outgoing, label(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
UNION ALL
MATCH (a:Entity)<-[r:{{relationTypes}}]-(b:Entity)
WHERE offset(id(a)) IN $inKeys
HINT (a JOIN r) JOIN b
RETURN a.slug AS key, b.slug AS other, false AS outgoing, label(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
