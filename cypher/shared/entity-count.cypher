MATCH (e:Entity)
WHERE e.kind IN $kinds
RETURN count(e) AS count
