// LadybugDB takes neither the relationship types nor the hop bound as parameters (a parameter inside a
// recursive pattern fails to bind), so the registry splices both from closed sets.
MATCH p = (a:Entity {slug: $from})-[:{{relationTypes}}* SHORTEST 1..{{maxHops}}]-(b:Entity {slug: $to})
RETURN properties(nodes(p), 'slug') AS slugs, properties(rels(p), 'id') AS ids
LIMIT 1
