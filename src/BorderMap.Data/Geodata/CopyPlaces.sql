COPY places (id, name, ascii_name, feature_class, feature_code, country, admin1_code, admin1_name,
             admin2_code, admin2_name, population, border_distance_m, geom)
FROM STDIN (FORMAT BINARY)
