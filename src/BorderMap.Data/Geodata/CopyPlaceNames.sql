COPY place_names (place_id, name, normalized, match_key, script, kind, source) FROM STDIN (FORMAT BINARY)
