MATCH (m:GraphMeta {key: 'graph'})
RETURN m.loadedAt AS loadedAt, m.dataHash AS dataHash, m.articles AS articles, m.entities AS entities,
       m.relations AS relations
