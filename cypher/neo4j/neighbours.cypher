// The entities one relation away from a set of entities, in either direction, leaving out those already kept:
// the best-connected first (degree), then by slug. Same shape as the LadybugDB query ($keys/$excludeKeys are its own).
UNWIND $slugs AS s
MATCH (a:Entity {slug: s})-[:{{relationTypes}}]-(b:Entity)
WHERE NOT b.slug IN $exclude
RETURN DISTINCT b.slug AS slug, b.degree AS degree
ORDER BY degree DESC, slug
LIMIT $limit
