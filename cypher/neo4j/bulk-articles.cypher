// Bulk import: Neo4j receives the rows of the CSV in batches ($rows), one bounded transaction per batch.
// SET a = row stores every non-null value under its column name, as create-articles does.
UNWIND $rows AS row
CREATE (a:Article)
SET a = row
