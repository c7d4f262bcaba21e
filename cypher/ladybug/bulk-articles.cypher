// Bulk import: COPY reads a CSV of src/bulk/csv.ts (columns in table order, `\N` for NULL so an empty field stays '').
// COPY takes no parameter for its file: the registry splices {{csvFile}}, an absolute path it has checked.
COPY Article FROM '{{csvFile}}' (HEADER=true, NULL_STRINGS=['\\N'])
