// {{relationTypes}} is one relation type, spliced by the registry from the closed enum: neither engine takes a
// relationship type as a parameter in CREATE.
UNWIND $rows AS row
MATCH (a:Entity {slug: row.from})
MATCH (b:Entity {slug: row.to})
CREATE (a)-[:{{relationTypes}} {
  id: row.id, label: row.label, title: row.title, titleKey: row.titleKey, roleKind: row.roleKind,
  since: row.since, until: row.until, asOf: row.asOf, startsOn: row.startsOn, endsOn: row.endsOn,
  announced: row.announced, effective: row.effective, amount: row.amount, outcome: row.outcome,
  inferred: row.inferred, note: row.note, sources: row.sources
}]->(b)
