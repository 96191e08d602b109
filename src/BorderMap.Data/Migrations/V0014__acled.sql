-- Incidents imported from ACLED keep ACLED's key and every ACLED column BorderMap has no column
-- for (issue 14). A re-import finds its incident by acled_event_id (event_id_cnty): an unchanged
-- row changes nothing, a changed one is a new revision, a deleted one retracts it.
-- `acled` holds ACLED's own columns as ACLED wrote them (text values): disorder_type, assoc_actor_1,
-- inter1, …, iso, region, country, admin3, source_scale, tags, timestamp, any column ACLED adds,
-- and the spelling of a typed column when BorderMap would write it differently (e.g. "08 May 2022").
ALTER TABLE incidents ADD COLUMN acled_event_id text, ADD COLUMN acled jsonb;
CREATE UNIQUE INDEX incidents_acled_event_id ON incidents (acled_event_id) WHERE acled_event_id IS NOT NULL;
