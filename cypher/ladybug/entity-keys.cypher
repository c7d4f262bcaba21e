// The internal offset of each entity, by primary-key seek. LadybugDB indexes only the primary key and tests `IN` on
// a list row by row: `a.slug IN $slugs` costs 56 ms for 100 slugs over 136,500 entities, `offset(id(a)) IN $keys`
// 7.6 ms (integers). So a batched query over several entities first turns slugs into keys (1.5 ms for 100).
// Offsets are only valid for the database they came from: they are looked up again for each batch, never cached.
UNWIND $slugs AS s
MATCH (e:Entity {slug: s})
RETURN e.slug AS slug, offset(id(e)) AS key
