INSERT INTO geodata_versions (version, counts, is_current) VALUES ($1, $2, true)
ON CONFLICT (version) DO UPDATE SET is_current = true, loaded_at = now(), counts = excluded.counts;
