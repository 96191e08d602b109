-- The index is built: off the list, in the build's own transaction. $1 its name.
DELETE FROM incidents_pending_indexes WHERE name = $1;
