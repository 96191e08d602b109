-- Reports: texts as users submitted them, kept verbatim so every incident can be re-derived when the
-- geoparser or the gazetteer changes; and the sources behind each incident.
CREATE TABLE reports (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash      text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    url               text,
    title             text,
    published_on      date        NOT NULL,
    text              text        NOT NULL,
    status            text        NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processing', 'done', 'failed')),
    error             text,
    skipped           jsonb       NOT NULL DEFAULT '[]',
    gazetteer_version text,
    received_at       timestamptz NOT NULL DEFAULT now(),
    received_by       text        NOT NULL,
    processed_at      timestamptz
);

-- The same text from the same address is the same report: submitting it again changes nothing.
CREATE UNIQUE INDEX reports_content_hash_url ON reports (content_hash, coalesce(url, ''));

ALTER TABLE incidents ADD CONSTRAINT incidents_report_id_fkey FOREIGN KEY (report_id) REFERENCES reports (id);
CREATE INDEX incidents_report_id ON incidents (report_id) WHERE report_id IS NOT NULL;

-- Every report an incident was found in, with the sentence that says so. An incident reported by
-- two sources is one incident with two rows here.
CREATE TABLE incident_sources (
    incident_id bigint      NOT NULL REFERENCES incidents (id),
    report_id   bigint      NOT NULL REFERENCES reports (id),
    evidence    jsonb       NOT NULL,
    merged      boolean     NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (incident_id, report_id)
);
CREATE INDEX incident_sources_report_id ON incident_sources (report_id);
