UNWIND $rows AS row
CREATE (:Entity {
  slug: row.slug, kind: row.kind, name: row.name, aliases: row.aliases, description: row.description, date: row.date,
  facts: row.facts, searchText: row.searchText, degree: row.degree
})
