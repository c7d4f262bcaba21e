// In LadybugDB (n:A:B) means A OR B.
MATCH (n:Entity:Article:GraphMeta) DETACH DELETE n
