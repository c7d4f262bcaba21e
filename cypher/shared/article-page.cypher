MATCH (a:Article)
WHERE a.id > $after
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.publishedOn AS publishedOn,
       a.dateInferredFrom AS dateInferredFrom
ORDER BY id
LIMIT $limit
