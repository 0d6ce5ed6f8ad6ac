-- Rectification notices (整改通知书): one per site per round. A notice keeps the number (文号) it
-- was given the first time, so a re-export after edits says the same thing on the same paper.
-- The office's own details (name, number pattern, contact) live in app_meta under "notice.*".
CREATE TABLE notices (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES rounds (id) ON DELETE RESTRICT,
    site_id      INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    number       TEXT NOT NULL CHECK (length(trim(number)) > 0),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    serial       INTEGER NOT NULL CHECK (serial > 0),
    issued_on    TEXT NOT NULL,
    working_days INTEGER NOT NULL CHECK (working_days > 0),
    deadline     TEXT NOT NULL,
    requirements TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (round_id, site_id),
    UNIQUE (year, serial)
);

CREATE INDEX notices_by_round ON notices (round_id);
