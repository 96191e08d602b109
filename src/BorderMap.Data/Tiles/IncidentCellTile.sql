-- The incidents layer of a clustered tile (zoom 0 to 9) built from the cell table of migration
-- V0011 instead of the points: the tile's 64 × 64 clusters are the cells of level z + 6, and each
-- cluster sums the rows of its cell that pass the filters. Same columns, order and arithmetic as the
-- clusters of IncidentTile.sql, so the bytes are the same. Answers NULL when it cannot answer
-- exactly: a cell of the tile is stale (incidents changed there since the last refresh), or a date
-- filter is set (the cells do not keep days); the caller then builds the tile from the points. Also
-- NULL when the tile holds 1 to $10 incidents: those are drawn one by one, from the points.
-- $1 z, $2 x, $3 y; $4 include retracted, $5 from, $6 to, $7 types, $8 country, $9 max geo precision;
-- $10 the most points drawn individually.
WITH tile AS (
    SELECT $1 + 6 AS level, 15 - $1 AS below, 1::bigint << (22 - $1) AS unit
),
unanswerable AS (
    SELECT $5::date IS NOT NULL OR $6::date IS NOT NULL OR EXISTS (
        SELECT 1 FROM incident_cells_stale s, tile t
        WHERE s.cx BETWEEN $2 << t.below AND (($2 + 1) << t.below) - 1
          AND s.cy BETWEEN $3 << t.below AND (($3 + 1) << t.below) - 1) AS yes
),
by_type AS (
    SELECT c.cx AS gx, c.cy AS gy,
           sum(c.incidents)::integer AS count, sum(c.fatalities)::integer AS fatalities,
           min(c.first_day)::text AS first_date, max(c.last_day)::text AS last_date,
           coalesce(sum(c.incidents) FILTER (WHERE c.event_type = 'battles'), 0) AS battles,
           coalesce(sum(c.incidents) FILTER (WHERE c.event_type = 'explosions_remote_violence'), 0) AS explosions,
           coalesce(sum(c.incidents) FILTER (WHERE c.event_type = 'violence_against_civilians'), 0) AS civilians,
           coalesce(sum(c.incidents) FILTER (WHERE c.event_type = 'protests'), 0) AS protests,
           coalesce(sum(c.incidents) FILTER (WHERE c.event_type = 'riots'), 0) AS riots,
           coalesce(sum(c.incidents) FILTER (WHERE c.event_type = 'strategic_developments'), 0) AS strategic,
           ST_MakePoint(round(sum(c.sum_x) / (sum(c.incidents) * min(t.unit))) - $2::bigint * 4096,
                        round(sum(c.sum_y) / (sum(c.incidents) * min(t.unit))) - $3::bigint * 4096) AS geom
    FROM incident_cells c, tile t
    WHERE c.level = t.level
      AND c.cx BETWEEN $2 * 64 AND $2 * 64 + 63
      AND c.cy BETWEEN $3 * 64 AND $3 * 64 + 63
      AND (NOT c.retracted OR $4)
      AND ($7::text[] IS NULL OR c.event_type = ANY ($7))
      AND ($8::text IS NULL OR c.country = $8)
      AND ($9::smallint IS NULL OR c.geo_precision <= $9)
    GROUP BY c.cx, c.cy
),
clusters AS (
    -- event_type is the cluster's most frequent type (ties to the first in ACLED's order), so a style
    -- by event_type colours clusters too; each type's count is its own property, absent when 0.
    SELECT count, fatalities, first_date, last_date,
           CASE greatest(battles, explosions, civilians, protests, riots, strategic)
               WHEN 0 THEN NULL
               WHEN battles THEN 'battles' WHEN explosions THEN 'explosions_remote_violence'
               WHEN civilians THEN 'violence_against_civilians' WHEN protests THEN 'protests'
               WHEN riots THEN 'riots' ELSE 'strategic_developments' END AS event_type,
           NULLIF(battles, 0)::integer AS battles, NULLIF(explosions, 0)::integer AS explosions_remote_violence,
           NULLIF(civilians, 0)::integer AS violence_against_civilians, NULLIF(protests, 0)::integer AS protests,
           NULLIF(riots, 0)::integer AS riots, NULLIF(strategic, 0)::integer AS strategic_developments,
           geom
    FROM by_type
    ORDER BY gx, gy
)
SELECT CASE WHEN (SELECT yes FROM unanswerable) OR (SELECT sum(count) FROM by_type) <= $10 THEN NULL
            ELSE COALESCE((SELECT ST_AsMVT(clusters, 'incidents', 4096, 'geom') FROM clusters), ''::bytea) END;
