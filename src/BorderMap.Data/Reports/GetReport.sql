SELECT id, content_hash, url, title, published_on, text, status, error, skipped::text, gazetteer_version, received_at, received_by, processed_at, language
FROM reports WHERE id = $1;
