SELECT *, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM incidents WHERE id = $1;
