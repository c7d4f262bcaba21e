UNWIND $slugs AS s
MATCH (e:Entity {slug: s})
RETURN e.slug AS slug, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description, e.date AS date,
       e.facts AS facts, e.degree AS degree
