-- Incidents: one row per coded incident, with its full revision history beside it.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE incidents (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_on         date        NOT NULL,
    time_precision      smallint    NOT NULL DEFAULT 1 CHECK (time_precision BETWEEN 1 AND 3),
    event_type          text        NOT NULL,
    sub_event_type      text,
    tags                text[]      NOT NULL DEFAULT '{}',
    actors              text[]      NOT NULL DEFAULT '{}',
    fatalities          integer     CHECK (fatalities >= 0),
    injured             integer     CHECK (injured >= 0),
    geom                geometry(Point, 4326) NOT NULL,
    place_name          text,
    admin1              text,
    admin2              text,
    country             char(2),
    geo_precision       smallint    NOT NULL CHECK (geo_precision BETWEEN 1 AND 3),
    confidence          real        CHECK (confidence BETWEEN 0 AND 1),
    uncertainty_m       integer     CHECK (uncertainty_m >= 0),
    alternatives        jsonb       NOT NULL DEFAULT '[]',
    -- border context, filled at write time once the border line is loaded
    border_side         char(2),
    border_distance_m   double precision,
    border_segment_id   text,
    nearest_crossing_id text,
    nearest_crossing_m  double precision,
    -- provenance
    report_id           bigint,
    source              text,
    source_url          text,
    published_at        timestamptz,
    evidence            jsonb,
    notes               text,
    gazetteer_version   text,
    geocoder_version    text,
    synthetic           boolean     NOT NULL DEFAULT false,
    status              text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged', 'retracted')),
    merged_into         bigint REFERENCES incidents (id),
    revision            integer     NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text        NOT NULL,
    CONSTRAINT incidents_geom_valid CHECK (ST_X(geom) BETWEEN -180 AND 180 AND ST_Y(geom) BETWEEN -90 AND 90),
    CONSTRAINT incidents_country_code CHECK (country ~ '^[A-Z]{2}$')
);

CREATE INDEX incidents_geom_gist ON incidents USING gist (geom);
-- lists page newest first by (occurred_on, id); the type index serves "one type in a period"
CREATE INDEX incidents_occurred_on_id ON incidents (occurred_on DESC, id DESC);
CREATE INDEX incidents_event_type_occurred_on ON incidents (event_type, occurred_on DESC, id DESC);
CREATE INDEX incidents_status ON incidents (status) WHERE status <> 'active';

-- Every state an incident has had, written in the same transaction as the change.
CREATE TABLE incident_revisions (
    incident_id bigint      NOT NULL REFERENCES incidents (id),
    revision    integer     NOT NULL,
    change      text        NOT NULL CHECK (change IN ('created', 'updated', 'retracted', 'merged', 'relocated')),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  text        NOT NULL,
    state       jsonb       NOT NULL,
    PRIMARY KEY (incident_id, revision)
);
