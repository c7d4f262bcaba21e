CREATE (:GraphMeta {
  key: 'graph', loadedAt: $loadedAt, dataHash: $dataHash,
  articles: $articles, entities: $entities, relations: $relations
})
