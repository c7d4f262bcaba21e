// Bulk import: COPY reads a CSV of src/bulk/csv.ts through LOAD, because a STRING[] column read from CSV cannot hold
// an alias containing a comma: aliases travel as one field joined by U+001F and are split here.
// COPY takes no parameter for its file: the registry splices {{csvFile}}, an absolute path it has checked.
COPY Entity FROM (
  LOAD WITH HEADERS (slug STRING, kind STRING, name STRING, aliases STRING, description STRING, date STRING,
                     facts STRING, searchText STRING, degree INT64)
  FROM '{{csvFile}}' (HEADER=true, NULL_STRINGS=['\\N'])
  RETURN slug, kind, name,
         CASE WHEN aliases = '' THEN CAST([] AS STRING[]) ELSE string_split(aliases, '\u001f') END,
         description, date, facts, searchText, degree
)
