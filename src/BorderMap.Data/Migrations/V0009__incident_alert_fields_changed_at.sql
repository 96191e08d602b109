-- When an incident last changed in a way alert rules can see: its date, place, type, status or
-- fatalities. Alert checks re-count only the windows of incidents stamped since a rule's last
-- evaluation. They used updated_at before, which reprocessing also moves when it rewrites only the
-- border context: a gazetteer change then made every check re-count every window of every rule.
ALTER TABLE incidents ADD COLUMN alert_fields_changed_at timestamptz;

-- Rows already there: NULL means "counted by every check since". The ones written since the oldest
-- evaluation of a live rule (less a margin wider than the checks' overlap) take their updated_at,
-- so the next check still sees them; a rule never evaluated counts everything in full anyway.
UPDATE incidents SET alert_fields_changed_at = updated_at
WHERE updated_at > (SELECT min(evaluated_at) - interval '1 hour' FROM alert_rules WHERE evaluated_at IS NOT NULL AND deleted_at IS NULL);

ALTER TABLE incidents ALTER COLUMN alert_fields_changed_at SET DEFAULT now();

CREATE FUNCTION incidents_stamp_alert_fields() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.occurred_on, NEW.geom, NEW.event_type, NEW.status, NEW.fatalities)
       IS DISTINCT FROM (OLD.occurred_on, OLD.geom, OLD.event_type, OLD.status, OLD.fatalities) THEN
        NEW.alert_fields_changed_at := now();
    END IF;
    RETURN NEW;
END
$$;

-- Only updates that name one of the columns fire it: reprocessing's border-context rewrite does not.
CREATE TRIGGER incidents_alert_fields_changed
    BEFORE UPDATE OF occurred_on, geom, event_type, status, fatalities ON incidents
    FOR EACH ROW EXECUTE FUNCTION incidents_stamp_alert_fields();

DROP INDEX incidents_updated_at;
CREATE INDEX incidents_alert_fields_changed_at ON incidents (alert_fields_changed_at) WHERE alert_fields_changed_at IS NOT NULL;
