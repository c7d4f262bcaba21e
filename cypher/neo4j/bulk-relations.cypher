// Bulk import of one relation type ({{relationTypes}} names exactly one; neither engine takes a relationship type as
// a parameter in CREATE). Each row is {from, to, properties}; SET r = map stores the non-null ones. A row whose
// endpoint is missing matches nothing: `created` lets the importer notice.
UNWIND $rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
CREATE (a)-[r:{{relationTypes}}]->(b)
SET r = row.properties
RETURN count(r) AS created
