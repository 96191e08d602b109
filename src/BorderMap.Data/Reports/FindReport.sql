-- $1 content hash, $2 url: the report already stored for this text and address.
SELECT id, status FROM reports WHERE content_hash = $1 AND coalesce(url, '') = coalesce($2, '');
