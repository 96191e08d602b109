-- How many incidents an export will write (for progress bars): the filters of ExportIncidents.sql.
SELECT count(*)
FROM analytics_incidents($1::boolean, $2::float8, $3::float8, $4::float8, $5::float8, $6::date, $7::date, $8::text[], $9::text,
                         $10::smallint, $11::float8, $12::float8, $13::float8, $14::float8, $15::float8, $16::float8, $17::float8);
