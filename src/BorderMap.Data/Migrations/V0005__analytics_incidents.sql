-- The incident filters every analytics query shares, the same predicates as the incident list
-- (Incidents/ListIncidents.sql), as one SQL function. A NULL argument switches its predicate off.
-- LANGUAGE sql + STABLE + a single SELECT lets PostgreSQL inline the function into the calling
-- query, so with the caller's (unprepared) values the unused predicates fold away and the
-- GiST indexes on incidents are used as if the WHERE clause were written in place.
CREATE FUNCTION analytics_incidents(
    include_retracted boolean,
    min_lon float8, min_lat float8, max_lon float8, max_lat float8,
    from_date date, to_date date,
    event_types text[],
    country_code text,
    max_precision smallint,
    near_lon float8, near_lat float8, near_m float8,
    near_min_lon float8, near_min_lat float8, near_max_lon float8, near_max_lat float8)
RETURNS SETOF incidents
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT *
FROM incidents
WHERE (status = 'active' OR (include_retracted AND status = 'retracted'))
  AND (min_lon IS NULL OR geom && ST_MakeEnvelope(min_lon, min_lat, max_lon, max_lat, 4326))
  AND (from_date IS NULL OR occurred_on >= from_date)
  AND (to_date IS NULL OR occurred_on <= to_date)
  AND (event_types IS NULL OR event_type = ANY (event_types))
  AND (country_code IS NULL OR country = country_code)
  AND (max_precision IS NULL OR geo_precision <= max_precision)
  AND (near_lon IS NULL OR (
        geom && ST_MakeEnvelope(near_min_lon, near_min_lat, near_max_lon, near_max_lat, 4326)
        AND ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(near_lon, near_lat), 4326)::geography, near_m)))
$$;
