// Same shape as the LadybugDB query; the variable-length bound cannot be a parameter in Neo4j either.
// `a <> b`: Neo4j refuses a shortestPath from a node to itself (error 51N23) where LadybugDB finds no path; both
// now answer no row.
MATCH (a:Entity {slug: $from})
MATCH (b:Entity {slug: $to})
WHERE a <> b
MATCH p = shortestPath((a)-[:{{relationTypes}}*1..{{maxHops}}]-(b))
RETURN [n IN nodes(p) | n.slug] AS slugs, [r IN relationships(p) | r.id] AS ids
LIMIT 1
