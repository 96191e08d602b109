-- Incidents keep their segment and crossing ids as plain text, so the tables can be replaced.
TRUNCATE place_names, places, admin_areas, crossings, border_segments, border_line, countries;
UPDATE geodata_versions SET is_current = false WHERE is_current;
