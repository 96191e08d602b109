-- The list filters live in one place, the SQL function analytics_incidents (migration V0005),
-- which exports and analytics read too. PostgreSQL inlines it, and since the server's connections
-- force custom plans (plan_cache_mode, Server/Hosting/DatabaseSetup.cs; Npgsql may auto-prepare the
-- statement, but each call is still planned with its values), unused predicates fold away before an
-- index is chosen (bench/RESULTS.md).
-- $1 include retracted; $2-$5 bbox; $6 from; $7 to; $8 types; $9 country; $10 max geo precision;
-- $11-$12 near lon/lat, $13 radius m, $14-$17 the near circle's envelope; $18-$19 cursor; $20 limit.
SELECT *, ST_X(geom) AS lon, ST_Y(geom) AS lat
FROM analytics_incidents($1::boolean, $2::float8, $3::float8, $4::float8, $5::float8, $6::date, $7::date, $8::text[], $9::text,
                         $10::smallint, $11::float8, $12::float8, $13::float8, $14::float8, $15::float8, $16::float8, $17::float8)
WHERE $18::date IS NULL OR (occurred_on, id) < ($18, $19::bigint)
ORDER BY occurred_on DESC, id DESC
LIMIT $20;
