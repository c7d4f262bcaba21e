// Bulk import of one relation table ({{relationTypes}} names exactly one): the CSV's first two columns are the
// endpoint slugs, then the properties in table order. COPY takes no parameter for its file: the registry splices
// {{csvFile}}, an absolute path it has checked.
COPY {{relationTypes}} FROM '{{csvFile}}' (HEADER=true, NULL_STRINGS=['\\N'])
