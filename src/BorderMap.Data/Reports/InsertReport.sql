-- $1 content hash, $2 url, $3 title, $4 published, $5 text, $6 who submitted it, $7 the stated language (or null).
-- Returns the new report, or nothing when the same text from the same address is already stored.
INSERT INTO reports (content_hash, url, title, published_on, text, received_by, language)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (content_hash, coalesce(url, '')) DO NOTHING
RETURNING id, status;
