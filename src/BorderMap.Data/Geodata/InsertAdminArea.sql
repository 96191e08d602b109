INSERT INTO admin_areas (code, level, country, admin1_code, name, alternate_names, seat_place_id, seat_name,
                         border_distance_m, point_source, geom)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);
