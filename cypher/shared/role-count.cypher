MATCH (a:Entity)-[r:HOLDS_ROLE]->(b:Entity)
WHERE r.roleKind IN $kinds
  // LadybugDB answers false to CONTAINS '' (Neo4j: true), so an empty filter is tested first.
  AND ($title = '' OR r.titleKey CONTAINS $title)
  AND ($person = '' OR a.slug = $person)
  AND ($organisation = '' OR b.slug = $organisation)
  // Interval overlap: the role's [startsOn, endsOn] meets the asked date's [activeFrom, activeTo].
  AND r.startsOn <= $activeTo AND r.endsOn >= $activeFrom
RETURN count(r) AS count
