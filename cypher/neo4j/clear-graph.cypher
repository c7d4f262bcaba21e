MATCH (n) WHERE n:Entity OR n:Article OR n:GraphMeta DETACH DELETE n
