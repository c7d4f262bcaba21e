// The entities one relation away from a set of entities, in either direction, leaving out those already kept:
// the best-connected first (degree), then by slug, so a truncated neighbourhood keeps the hubs and is the same on
// every run. Only slugs and degrees travel: the relations themselves come from relations-among once the entities
// are chosen. Keys as in entity-keys ($keys, $excludeKeys); $slugs/$exclude are Neo4j's.
MATCH (a:Entity)-[r:{{relationTypes}}]-(b:Entity)
WHERE offset(id(a)) IN $keys AND NOT offset(id(b)) IN $excludeKeys
HINT (a JOIN r) JOIN b
RETURN DISTINCT b.slug AS slug, b.degree AS degree
ORDER BY degree DESC, slug
LIMIT $limit
