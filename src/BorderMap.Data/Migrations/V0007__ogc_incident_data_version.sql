-- A counter that moves whenever the incidents table changes, so the tile server can cache tiles
-- and know when a cached tile may be stale without reading the table. A sequence is used because
-- nextval never waits on other transactions (a counter row would serialise every writer). The
-- trigger runs once per statement, so a bulk COPY bumps it once.
CREATE SEQUENCE incidents_data_version;

CREATE FUNCTION bump_incidents_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('incidents_data_version');
    RETURN NULL;
END
$$;

CREATE TRIGGER incidents_data_version_bump
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_incidents_data_version();
