// Neo4j seeks slugs through its unique index, so its batched queries take slugs and never need these keys; the
// query exists so that both backends answer the same store calls.
UNWIND $slugs AS s
MATCH (e:Entity {slug: s})
RETURN e.slug AS slug, elementId(e) AS key
