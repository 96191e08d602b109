-- How many incidents an export will write (for progress bars): the filters of ExportIncidents.sql.
SELECT count(*)
FROM incidents
WHERE (status = 'active' OR ($1 AND status = 'retracted'))
  AND ($2::float8 IS NULL OR geom && ST_MakeEnvelope($2, $3, $4, $5, 4326))
  AND ($6::date IS NULL OR occurred_on >= $6)
  AND ($7::date IS NULL OR occurred_on <= $7)
  AND ($8::text[] IS NULL OR event_type = ANY ($8))
  AND ($9::text IS NULL OR country = $9)
  AND ($10::smallint IS NULL OR geo_precision <= $10)
  AND ($11::float8 IS NULL OR (
        geom && ST_MakeEnvelope($14, $15, $16, $17, 4326)
        AND ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($11, $12), 4326)::geography, $13)));
