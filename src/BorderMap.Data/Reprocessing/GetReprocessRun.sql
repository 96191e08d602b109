SELECT * FROM reprocess_runs WHERE id = $1;
