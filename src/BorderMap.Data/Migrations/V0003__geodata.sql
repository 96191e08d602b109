-- The committed geodata (geodata/*.tsv, *.geojson) as tables. The loader replaces their contents
-- in one transaction when the files' content hash changes and records the hash as the gazetteer
-- version; incidents record the version they were geocoded with.
CREATE TABLE geodata_versions (
    version    text        PRIMARY KEY,            -- sha256 of the files, hex
    loaded_at  timestamptz NOT NULL DEFAULT now(),
    counts     jsonb       NOT NULL DEFAULT '{}',
    is_current boolean     NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX geodata_versions_one_current ON geodata_versions (is_current) WHERE is_current;

CREATE TABLE places (
    id                bigint PRIMARY KEY,            -- GeoNames geonameid
    name              text        NOT NULL,
    ascii_name        text        NOT NULL,
    feature_class     char(1)     NOT NULL,
    feature_code      text        NOT NULL,
    country           char(2)     NOT NULL,
    admin1_code       text,
    admin1_name       text,
    admin2_code       text,
    admin2_name       text,
    population        bigint      NOT NULL DEFAULT 0,
    border_distance_m double precision,
    geom              geometry(Point, 4326) NOT NULL
);
CREATE INDEX places_geom_gist ON places USING gist (geom);

CREATE TABLE place_names (
    place_id   bigint NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    name       text   NOT NULL,
    normalized text   NOT NULL,
    match_key  text   NOT NULL,
    script     text   NOT NULL,
    kind       text   NOT NULL CHECK (kind IN ('official', 'alternate', 'historic', 'transliterated')),
    source     text,
    PRIMARY KEY (place_id, name, kind)
);
CREATE INDEX place_names_match_key ON place_names (match_key);
CREATE INDEX place_names_match_key_trgm ON place_names USING gin (match_key gin_trgm_ops);

CREATE TABLE admin_areas (
    code              text PRIMARY KEY,              -- GeoNames admin code, e.g. TJ.02.8221292
    level             smallint NOT NULL CHECK (level IN (1, 2)),
    country           char(2)  NOT NULL,
    admin1_code       text     NOT NULL,
    name              text     NOT NULL,
    alternate_names   text[]   NOT NULL DEFAULT '{}',
    seat_place_id     bigint,
    seat_name         text,
    border_distance_m double precision,
    point_source      text,
    geom              geometry(Point, 4326)          -- the seat; NULL where no source gives one
);

CREATE TABLE border_line (
    id       text PRIMARY KEY,
    name     text NOT NULL,
    length_m double precision NOT NULL,
    geom     geometry(LineString, 4326) NOT NULL
);

CREATE TABLE border_segments (
    id             text PRIMARY KEY,                 -- seg-01 … from the Uzbek to the Chinese tripoint
    ordinal        integer NOT NULL UNIQUE,
    name           text    NOT NULL,
    tj_admin2_code text,
    tj_admin2_name text,
    af_admin2_code text,
    af_admin2_name text,
    from_m         double precision NOT NULL,
    to_m           double precision NOT NULL,
    length_m       double precision NOT NULL,
    geom           geometry(LineString, 4326) NOT NULL
);
CREATE INDEX border_segments_geom_gist ON border_segments USING gist (geom);

CREATE TABLE crossings (
    id              text PRIMARY KEY,
    name            text NOT NULL,
    kind            text NOT NULL,
    tj_side         text,
    af_side         text,
    segment_id      text REFERENCES border_segments (id),
    snap_distance_m double precision NOT NULL,
    note            text,
    source          text NOT NULL,
    source_geom     geometry(Point, 4326) NOT NULL,  -- the sourced anchor place
    geom            geometry(Point, 4326) NOT NULL   -- snapped onto the border line
);
CREATE INDEX crossings_geom_gist ON crossings USING gist (geom);

CREATE TABLE countries (
    code text PRIMARY KEY,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('border', 'context')),
    source text NOT NULL,
    geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX countries_geom_gist ON countries USING gist (geom);
