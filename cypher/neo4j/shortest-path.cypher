// Same shape as the LadybugDB query; the variable-length bound cannot be a parameter in Neo4j either.
MATCH (a:Entity {slug: $from})
MATCH (b:Entity {slug: $to})
MATCH p = shortestPath((a)-[:{{relationTypes}}*1..{{maxHops}}]-(b))
RETURN [n IN nodes(p) | n.slug] AS slugs, [r IN relationships(p) | r.id] AS ids
LIMIT 1
