-- One page of OGC items in id order (keyset: rows inserted while a client pages never shift a page).
-- Parameters shared by every collection's Items query: $1-$4 bbox (x = lon or easting), $5 its SRID;
-- $6/$7 first/last day; $8 event type; $9 country; $10 geo precision; $11 the previous page's last id;
-- $12 output SRID, $13 latitude first (EPSG:4326), $14 decimals; $15 page size + 1; $16 one id (a single item).
-- A NULL switches a filter off; every plan is a custom plan (the server sets plan_cache_mode), so unused
-- predicates fold away. Columns: the id, the geometry as GeoJSON text, then one column per property,
-- named as the property (OgcFeatureWriter writes each from its type).
-- The page's ids come first, from the covering index incidents_id_page (V0011): the rows are stored
-- in time order, scattered in space, so a bbox page walks ~30 ids per match in id order, and the
-- index holds what the bbox and date filters test; only the page's rows are read from the table.
-- /* filter */ TRUE is where a CQL2 filter's predicate goes (OgcFilterSql), its values from $17 on.
-- The last column is the incidents change counter, read in the same statement (see OgcCounts).
WITH page AS (
    SELECT id
    FROM incidents
    WHERE status = 'active'
      AND ($1::float8 IS NULL OR geom && ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, $5), 4326))
      AND /* filter */ TRUE
      AND ($6::date IS NULL OR occurred_on >= $6)
      AND ($7::date IS NULL OR occurred_on <= $7)
      AND ($8::text IS NULL OR event_type = $8)
      AND ($9::text IS NULL OR country = $9)
      AND ($10::smallint IS NULL OR geo_precision = $10)
      AND ($11::text IS NULL OR id > $11::bigint)
      AND ($16::text IS NULL OR id = $16::bigint)
    ORDER BY id
    LIMIT $15
)
SELECT i.id,
       ST_AsGeoJSON(CASE WHEN $13 THEN ST_FlipCoordinates(ST_Transform(i.geom, $12)) ELSE ST_Transform(i.geom, $12) END, $14, 0) AS geometry,
       i.occurred_on AS date, CASE i.time_precision WHEN 1 THEN 'day' WHEN 2 THEN 'week' ELSE 'month' END AS time_precision,
       i.event_type, i.sub_event_type, i.fatalities, i.injured, i.place_name, i.admin1, i.admin2, i.country,
       i.geo_precision, i.confidence, i.uncertainty_m, i.border_side, i.border_distance_m, i.border_segment_id,
       i.source, i.source_url, i.synthetic, i.updated_at,
       (SELECT last_value FROM incidents_data_version) AS data_version
FROM page
JOIN incidents i ON i.id = page.id
ORDER BY i.id;
