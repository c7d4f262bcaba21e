// relations-of-one for the incoming direction alone (see relations-out-of-one).
MATCH (a:Entity {slug: $slug})<-[r:{{relationTypes}}]-(b:Entity)
RETURN a.slug AS key, b.slug AS other, false AS outgoing, type(r) AS type, r.id AS id, r.label AS label,
       r.title AS title, r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf,
       r.announced AS announced, r.effective AS effective, r.amount AS amount, r.outcome AS outcome,
       r.inferred AS inferred, r.note AS note, r.sources AS sources
