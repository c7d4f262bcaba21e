// Bulk import: Neo4j receives the rows of the CSV in batches ($rows), one bounded transaction per batch.
// SET e = row stores every non-null value under its column name, as create-entities does.
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row
