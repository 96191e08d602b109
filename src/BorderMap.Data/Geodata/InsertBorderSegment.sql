INSERT INTO border_segments (id, ordinal, name, tj_admin2_code, tj_admin2_name, af_admin2_code, af_admin2_name,
                             from_m, to_m, length_m, geom)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);
