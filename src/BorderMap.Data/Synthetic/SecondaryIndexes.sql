-- Every index of incidents that no constraint owns (the primary key stays), listed as pending with
-- its definition before the load drops it. GiST indexes come first, widest first: they build the
-- slowest (a multicolumn GiST over btree_gist has no sorted build: 6 s of CPU over 1M rows, against
-- 0.3–2.9 s for each other index), so one builder starts on them while the other takes the rest.
INSERT INTO incidents_pending_indexes (name, definition, position)
SELECT i.relname, pg_get_indexdef(x.indexrelid), row_number() OVER (ORDER BY am.amname <> 'gist', x.indnkeyatts DESC, i.relname)
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_am am ON am.oid = i.relam
WHERE x.indrelid = 'incidents'::regclass
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
RETURNING name;
