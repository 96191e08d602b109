-- SQLite, not PostgreSQL: the triggers of the GeoPackage R*Tree spatial index extension (OGC 12-128r18,
-- F.3) for layer {table}, column geom, as GDAL writes them. They keep the index right when QGIS or
-- GDAL later edit the file; the ST_ functions are theirs. The export fills the index itself before
-- creating them, because SQLite without those functions cannot run them.
CREATE TRIGGER rtree_{table}_geom_insert AFTER INSERT ON {table}
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_{table}_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_{table}_geom_update1 AFTER UPDATE OF geom ON {table}
  WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_{table}_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_{table}_geom_update2 AFTER UPDATE OF geom ON {table}
  WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_{table}_geom WHERE id = OLD.fid;
END;
CREATE TRIGGER rtree_{table}_geom_update3 AFTER UPDATE ON {table}
  WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_{table}_geom WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_{table}_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER rtree_{table}_geom_update4 AFTER UPDATE ON {table}
  WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_{table}_geom WHERE id IN (OLD.fid, NEW.fid);
END;
CREATE TRIGGER rtree_{table}_geom_delete AFTER DELETE ON {table}
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_{table}_geom WHERE id = OLD.fid;
END;
