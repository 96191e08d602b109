-- SQLite, not PostgreSQL: the tables of a GeoPackage 1.3 file (OGC 12-128r18) holding BorderMap's
-- incidents, border segments and crossings in EPSG:4326, with the R*Tree spatial index extension.
PRAGMA application_id = 1196444487; -- 'GPKG'
PRAGMA user_version = 10300;

CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326,
   'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));

CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));

CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));

CREATE TABLE incidents (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT,
  date DATE NOT NULL, time_precision TEXT, event_type TEXT NOT NULL, sub_event_type TEXT,
  fatalities MEDIUMINT, injured MEDIUMINT, place_name TEXT, admin1 TEXT, admin2 TEXT, country TEXT,
  geo_precision SMALLINT NOT NULL, confidence REAL, uncertainty_m MEDIUMINT, border_side TEXT, border_distance_m REAL, border_segment_id TEXT,
  source TEXT, source_url TEXT, published_at DATETIME, synthetic BOOLEAN NOT NULL, updated_at DATETIME NOT NULL);

CREATE TABLE border_segments (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom LINESTRING,
  segment_id TEXT NOT NULL UNIQUE, ordinal MEDIUMINT NOT NULL, name TEXT NOT NULL, tj_admin2_name TEXT, af_admin2_name TEXT,
  from_m REAL NOT NULL, to_m REAL NOT NULL, length_m REAL NOT NULL);

CREATE TABLE crossings (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT,
  crossing_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL, tj_side TEXT, af_side TEXT,
  segment_id TEXT, note TEXT, source TEXT NOT NULL);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('incidents', 'features', 'incidents', 'BorderMap security incidents; fid is the incident id', 4326),
  ('border_segments', 'features', 'border_segments', 'Tajik–Afghan border segments', 4326),
  ('crossings', 'features', 'crossings', 'Border crossings (bridges, posts)', 4326);
INSERT INTO gpkg_geometry_columns VALUES
  ('incidents', 'geom', 'POINT', 4326, 0, 0),
  ('border_segments', 'geom', 'LINESTRING', 4326, 0, 0),
  ('crossings', 'geom', 'POINT', 4326, 0, 0);

CREATE VIRTUAL TABLE rtree_incidents_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE VIRTUAL TABLE rtree_border_segments_geom USING rtree(id, minx, maxx, miny, maxy);
CREATE VIRTUAL TABLE rtree_crossings_geom USING rtree(id, minx, maxx, miny, maxy);
INSERT INTO gpkg_extensions VALUES
  ('incidents', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only'),
  ('border_segments', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only'),
  ('crossings', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
