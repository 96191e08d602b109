-- The planner's estimate is enough to decide between maintaining and rebuilding indexes.
SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'incidents'::regclass;
