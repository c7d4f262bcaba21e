// Keyset pagination on the unique slug: the cursor is the last slug seen.
MATCH (e:Entity)
WHERE e.kind IN $kinds AND e.slug > $after
RETURN e.slug AS slug, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description, e.date AS date,
       e.facts AS facts, e.degree AS degree
ORDER BY slug
LIMIT $limit
