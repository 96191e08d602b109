INSERT INTO border_line (id, name, length_m, geom) VALUES ($1, $2, $3, $4);
