UNWIND $rows AS row
CREATE (:Article {id: row.id, title: row.title, publisher: row.publisher, publishedOn: row.publishedOn, dateInferredFrom: row.dateInferredFrom})
