-- Alert rules, the alerts they raise with their webhook deliveries, reprocessing runs, and the
-- materialised aggregates that timelines and hotspots read. Hangfire keeps its own tables in the
-- schema "hangfire", created by Hangfire.PostgreSql itself.

-- The fixed windows of docs in BorderMap.Core.Alerts.AlertWindow: window k of a d-day rule covers
-- days [k·d, (k+1)·d) counted from 1970-01-01 (floor division, so dates before 1970 work too).
CREATE FUNCTION alert_window_start(day date, days integer) RETURNS date
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN day - ((((day - DATE '1970-01-01') % days) + days) % days);

CREATE TABLE alert_rules (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text        NOT NULL,
    -- what the client asked for (echoed back) ...
    area_kind        text        NOT NULL CHECK (area_kind IN ('polygon', 'point', 'segment', 'crossing')),
    area_ref         text,                          -- segment or crossing id
    area_buffer_km   double precision CHECK (area_buffer_km > 0),
    area_input       geometry(Geometry, 4326) NOT NULL, -- the drawn polygon, the point, or the segment/crossing geometry
    -- ... and the polygon it resolves to, which evaluation uses
    area             geometry(MultiPolygon, 4326) NOT NULL,
    event_types      text[]      NOT NULL DEFAULT '{}', -- empty: every type
    min_count        integer     NOT NULL CHECK (min_count >= 1),
    window_hours     integer     NOT NULL CHECK (window_hours >= 24 AND window_hours % 24 = 0),
    min_fatalities   integer     CHECK (min_fatalities >= 0),
    baseline_windows integer     CHECK (baseline_windows BETWEEN 1 AND 52),
    rise_percent     double precision CHECK (rise_percent > 0),
    severity         text        NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    webhook_url      text,
    webhook_secret   text,
    cooldown_minutes integer     NOT NULL DEFAULT 0 CHECK (cooldown_minutes >= 0),
    enabled          boolean     NOT NULL DEFAULT true,
    -- the start of the last check that evaluated this rule; NULL until then (and after an edit),
    -- which makes the next check evaluate every window of the rule
    evaluated_at     timestamptz,
    last_alert_at    timestamptz,
    revision         integer     NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    deleted_at       timestamptz,
    CONSTRAINT alert_rules_baseline_pair CHECK ((baseline_windows IS NULL) = (rise_percent IS NULL)),
    CONSTRAINT alert_rules_webhook_secret CHECK (webhook_url IS NULL OR webhook_secret IS NOT NULL)
);
CREATE INDEX alert_rules_area_gist ON alert_rules USING gist (area) WHERE enabled AND deleted_at IS NULL;

-- delivery_state: none (no webhook) | pending → delivering → delivered
--                                    pending ← delivering (failed attempt, retry at next_attempt_at)
--                                              delivering → failed (attempts exhausted)
CREATE TABLE alerts (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_id           bigint      NOT NULL REFERENCES alert_rules (id),
    window_start      date        NOT NULL,
    window_end        date        NOT NULL CHECK (window_end > window_start), -- exclusive
    incident_count    integer     NOT NULL,
    fatalities        integer     NOT NULL,
    incident_ids      bigint[]    NOT NULL,
    baseline_average  double precision,
    severity          text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    acknowledged_at   timestamptz,
    acknowledged_by   text,
    delivery_state    text        NOT NULL CHECK (delivery_state IN ('none', 'pending', 'delivering', 'delivered', 'failed')),
    delivery_attempts integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz,
    lease_until       timestamptz,
    delivered_at      timestamptz,
    -- one rule, one window, one alert: enforced here, not only checked by the evaluator
    CONSTRAINT alerts_one_per_rule_window UNIQUE (rule_id, window_start, window_end)
);
CREATE INDEX alerts_created ON alerts (created_at DESC, id DESC);
CREATE INDEX alerts_undelivered ON alerts (next_attempt_at) WHERE delivery_state IN ('pending', 'delivering');

CREATE TABLE alert_delivery_attempts (
    alert_id    bigint      NOT NULL REFERENCES alerts (id),
    attempt     integer     NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    outcome     text        NOT NULL CHECK (outcome IN ('started', 'delivered', 'failed')),
    status_code integer,
    error       text,
    PRIMARY KEY (alert_id, attempt)
);

-- Checks re-evaluate only the windows of incidents written since the rule's last evaluation.
CREATE INDEX incidents_updated_at ON incidents (updated_at);

-- Reprocessing runs: scope, progress and a keyset cursor so a run resumes where it stopped.
CREATE TABLE reprocess_runs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state           text        NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
    reason          text        NOT NULL CHECK (reason IN ('api', 'gazetteer-changed', 'nightly')),
    scope_kind      text        NOT NULL CHECK (scope_kind IN ('all', 'bbox', 'dates', 'ids')),
    bbox            geometry(Polygon, 4326),
    date_from       date,
    date_to         date,
    incident_ids    bigint[],
    target_version  text,
    hangfire_job_id text,
    total           bigint,
    processed       bigint      NOT NULL DEFAULT 0,
    changed         bigint      NOT NULL DEFAULT 0,
    relocated       bigint      NOT NULL DEFAULT 0,
    cursor_id       bigint      NOT NULL DEFAULT 0,
    attempts        integer     NOT NULL DEFAULT 0,
    error           text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);

-- Daily counts by event type, side and segment for timelines and hotspots; RefreshAggregates
-- refreshes it CONCURRENTLY, which needs a unique index over plain columns (hence '' for NULL).
CREATE MATERIALIZED VIEW incident_daily_counts AS
SELECT occurred_on                            AS day,
       event_type,
       coalesce(border_side::text, '')        AS border_side,
       coalesce(border_segment_id, '')        AS segment_id,
       count(*)::integer                      AS incidents,
       coalesce(sum(fatalities), 0)::integer  AS fatalities
FROM incidents
WHERE status = 'active'
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX incident_daily_counts_key ON incident_daily_counts (day, event_type, border_side, segment_id);
