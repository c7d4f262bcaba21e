// Relations touching several slugs, both directions in one round trip; `key` is the slug asked for, `other` the far
// end, `outgoing` whether the relation starts at `key`. The caller passes the slugs once per direction it wants
// ($outSlugs, $inSlugs; [] for none; $outKeys/$inKeys are LadybugDB's and unused here). Same shape as the LadybugDB query; {{relationTypes}} is spliced from the closed
// enum so only those relationship types are expanded.
UNWIND $outSlugs AS s
MATCH (a:Entity {slug: s})-[r:{{relationTypes}}]->(b:Entity)
RETURN s AS key, b.slug AS other, true AS outgoing, type(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
UNION ALL
UNWIND $inSlugs AS s
MATCH (a:Entity {slug: s})<-[r:{{relationTypes}}]-(b:Entity)
RETURN s AS key, b.slug AS other, false AS outgoing, type(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
