INSERT INTO countries (code, name, role, source, geom) VALUES ($1, $2, $3, $4, ST_Multi($5));
