UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.publisher AS publisher, a.publishedOn AS publishedOn,
       a.dateInferredFrom AS dateInferredFrom
