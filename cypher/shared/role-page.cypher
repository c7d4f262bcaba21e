MATCH (a:Entity)-[r:HOLDS_ROLE]->(b:Entity)
WHERE r.roleKind IN $kinds
  // LadybugDB answers false to CONTAINS '' (Neo4j: true), so an empty filter is tested first.
  AND ($title = '' OR r.titleKey CONTAINS $title)
  AND ($person = '' OR a.slug = $person)
  AND ($organisation = '' OR b.slug = $organisation)
  // Interval overlap: the role's [startsOn, endsOn] meets the asked date's [activeFrom, activeTo].
  AND r.startsOn <= $activeTo AND r.endsOn >= $activeFrom
  AND r.id > $after
RETURN 'HOLDS_ROLE' AS type, r.id AS id, a.slug AS from, b.slug AS to, r.label AS label, r.title AS title,
       r.roleKind AS roleKind, r.since AS since, r.until AS until, r.asOf AS asOf, r.announced AS announced,
       r.effective AS effective, r.amount AS amount, r.outcome AS outcome, r.inferred AS inferred, r.note AS note,
       r.sources AS sources
ORDER BY id
LIMIT $limit
