// One bounded step of emptying the graph, GraphMeta first so a half-emptied graph never looks complete.
// The embedded import never needs it (it builds a fresh version); it is the twin of the Neo4j statement.
MATCH (n:Entity:Article:GraphMeta)
WITH n ORDER BY label(n) = 'GraphMeta' DESC
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
