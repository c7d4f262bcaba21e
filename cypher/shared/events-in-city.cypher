// Events held in a city directly, or at a place located in it.
UNWIND $slugs AS s
MATCH (c:Entity {slug: s})<-[:HELD_IN]-(e:Entity)
RETURN s AS key, e.slug AS slug
UNION
UNWIND $slugs AS s
MATCH (c:Entity {slug: s})<-[:LOCATED_IN]-(p:Entity)<-[:HELD_IN]-(e:Entity)
WHERE p.kind = 'PLACE'
RETURN s AS key, e.slug AS slug
