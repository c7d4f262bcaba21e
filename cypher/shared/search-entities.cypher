// searchText is "|key|key|...|" of normalised names and aliases (accents stripped, lower-case) and their
// space-less forms, so one CONTAINS decides exact, prefix, word-prefix and substring matches.
MATCH (e:Entity)
WHERE e.kind IN $kinds
  AND (e.searchText CONTAINS $normalized OR e.searchText CONTAINS $compact)
WITH e,
  CASE
    WHEN e.searchText CONTAINS ('|' + $normalized + '|') OR e.searchText CONTAINS ('|' + $compact + '|') THEN 4.0
    WHEN e.searchText CONTAINS ('|' + $normalized) OR e.searchText CONTAINS ('|' + $compact) THEN 3.0
    WHEN e.searchText CONTAINS (' ' + $normalized) THEN 2.0
    ELSE 1.0
  END AS score
RETURN e.slug AS slug, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.description AS description, e.date AS date,
       e.facts AS facts, e.degree AS degree, score
ORDER BY score DESC, degree DESC, slug
LIMIT $limit
