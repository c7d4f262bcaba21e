// Keyset pagination on the unique slug: the cursor is the last slug seen.
// The page is chosen on the slug alone, then its entities are read by key: sorting whole rows (facts and all) made
// LadybugDB read every column of every candidate, 32 ms vs 15 ms for a page of organisations at 1M relationships.
MATCH (x:Entity)
WHERE x.kind IN $kinds AND x.slug > $after
WITH x.slug AS key
ORDER BY key
LIMIT $limit
MATCH (e:Entity {slug: key})
RETURN e.slug AS slug, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description, e.date AS date,
       e.facts AS facts, e.degree AS degree
ORDER BY slug
