-- How many incidents an export will write (progress bars, and the server's size cap): the filters of
-- ExportIncidents.sql ($1-$17). $18 stops counting after so many rows (NULL counts them all), so
-- checking a cap costs at most that many rows however many match.
SELECT count(*)
FROM (SELECT 1
      FROM analytics_incidents($1::boolean, $2::float8, $3::float8, $4::float8, $5::float8, $6::date, $7::date, $8::text[], $9::text,
                               $10::smallint, $11::float8, $12::float8, $13::float8, $14::float8, $15::float8, $16::float8, $17::float8)
      LIMIT $18) AS matching;
