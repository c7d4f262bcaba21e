// One bounded step of emptying the graph (a million relationships do not fit one transaction), GraphMeta first so a
// half-emptied or half-imported graph never looks complete. Repeated until it deletes nothing.
MATCH (n)
WHERE n:Entity OR n:Article OR n:GraphMeta
WITH n ORDER BY n:GraphMeta DESC
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
