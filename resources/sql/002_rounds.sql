-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: checklist snapshots, inspection rounds, verdicts and findings.

-- A template is stored as the JSON it was loaded from, so a round keeps judging against the
-- checklist it started with even after the office edits its template files.
CREATE TABLE checklist_templates (
    id             INTEGER PRIMARY KEY,
    template_key   TEXT NOT NULL,
    name           TEXT NOT NULL,
    version        TEXT NOT NULL DEFAULT '',
    applies_to     TEXT NOT NULL CHECK (applies_to IN ('website', 'newmedia')),
    content_json   TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    loaded_from    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (template_key, content_sha256)
);

CREATE TABLE checklist_items (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES checklist_templates (id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    area_id     TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL CHECK (kind IN ('veto', 'deduction', 'bonus')),
    title       TEXT NOT NULL,
    points      REAL NOT NULL DEFAULT 0 CHECK (points >= 0),
    sort_order  INTEGER NOT NULL,
    UNIQUE (template_id, code)
);

CREATE TABLE rounds (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind                 TEXT NOT NULL CHECK (kind IN ('quarterly', 'self', 'peer', 'special', 'recheck')),
    period               TEXT NOT NULL DEFAULT '',
    period_start         TEXT NOT NULL DEFAULT '',
    period_end           TEXT NOT NULL DEFAULT '',
    inspection_date      TEXT NOT NULL,
    team                 TEXT NOT NULL DEFAULT '',
    website_template_id  INTEGER REFERENCES checklist_templates (id) ON DELETE RESTRICT,
    newmedia_template_id INTEGER REFERENCES checklist_templates (id) ON DELETE RESTRICT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE verdicts (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES rounds (id) ON DELETE RESTRICT,
    site_id    INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    item_id    INTEGER NOT NULL REFERENCES checklist_items (id) ON DELETE RESTRICT,
    value      TEXT NOT NULL CHECK (value IN ('pass', 'fail', 'na')),
    points     REAL NOT NULL DEFAULT 0 CHECK (points >= 0),
    note       TEXT NOT NULL DEFAULT '',
    inspector  TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (round_id, site_id, item_id)
);

CREATE TABLE findings (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    round_id    INTEGER NOT NULL REFERENCES rounds (id) ON DELETE RESTRICT,
    item_id     INTEGER REFERENCES checklist_items (id) ON DELETE RESTRICT,
    url         TEXT NOT NULL DEFAULT '',
    page_title  TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    severity    TEXT NOT NULL CHECK (severity IN ('veto', 'deduction', 'hint')),
    state       TEXT NOT NULL CHECK (state IN ('candidate', 'confirmed', 'notified', 'fed_back',
                                               'recheck_passed', 'recheck_failed', 'false_positive',
                                               'doubtful')),
    inspector   TEXT NOT NULL DEFAULT '',
    found_at    TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX verdicts_by_site ON verdicts (site_id, round_id);
CREATE INDEX findings_by_site ON findings (site_id, round_id);
CREATE INDEX findings_by_round ON findings (round_id);
