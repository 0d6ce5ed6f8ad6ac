-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: peer audits (互查). A team's database remembers the assignment it imported (so its
-- result names the office's round and sites); the office's database keeps each team's imported
-- result apart from its own findings, and the reconciliation decisions taken between two sides.

-- An assignment package imported by a team: the local round it created and where it came from.
CREATE TABLE audit_assignments (
    id              INTEGER PRIMARY KEY,
    round_id        INTEGER NOT NULL UNIQUE REFERENCES rounds (id) ON DELETE CASCADE,
    exporter        TEXT NOT NULL DEFAULT '',
    origin_round_id INTEGER NOT NULL,
    package_sha256  TEXT NOT NULL CHECK (length(package_sha256) = 64),
    imported_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Which local site is which site of the office's registry.
CREATE TABLE audit_site_links (
    assignment_id  INTEGER NOT NULL REFERENCES audit_assignments (id) ON DELETE CASCADE,
    site_id        INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    origin_site_id INTEGER NOT NULL,
    PRIMARY KEY (assignment_id, site_id),
    UNIQUE (assignment_id, origin_site_id)
);

-- A team's result imported by the office. Never merged into `findings`: the team's findings,
-- verdicts and evidence live in the audit_* tables below. A team may send a corrected package
-- later: every import is kept, the newest of a team counts.
CREATE TABLE audit_imports (
    id             INTEGER PRIMARY KEY,
    round_id       INTEGER NOT NULL REFERENCES rounds (id) ON DELETE RESTRICT,
    team           TEXT NOT NULL CHECK (length(trim(team)) > 0),
    package_sha256 TEXT NOT NULL CHECK (length(package_sha256) = 64),
    manifest_json  TEXT NOT NULL,
    signed         INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)),
    created_at     TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (round_id, package_sha256)
);
CREATE INDEX audit_imports_by_round ON audit_imports (round_id, team);

CREATE TABLE audit_findings (
    id                INTEGER PRIMARY KEY,
    import_id         INTEGER NOT NULL REFERENCES audit_imports (id) ON DELETE CASCADE,
    site_id           INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    origin_finding_id INTEGER NOT NULL DEFAULT 0,
    item_code         TEXT NOT NULL DEFAULT '',
    url               TEXT NOT NULL DEFAULT '',
    page_title        TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL,
    severity          TEXT NOT NULL CHECK (severity IN ('veto', 'deduction', 'hint')),
    state             TEXT NOT NULL DEFAULT 'confirmed',
    inspector         TEXT NOT NULL DEFAULT '',
    found_at          TEXT NOT NULL DEFAULT '',
    element_selector  TEXT NOT NULL DEFAULT '',
    element_text      TEXT NOT NULL DEFAULT '',
    element_box       TEXT NOT NULL DEFAULT '',
    check_id          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_findings_by_site ON audit_findings (import_id, site_id);

-- The team's evidence files share the content-addressed evidence store of the office.
CREATE TABLE audit_evidence (
    id                 INTEGER PRIMARY KEY,
    audit_finding_id   INTEGER NOT NULL REFERENCES audit_findings (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('screenshot', 'annotated', 'archive', 'photo')),
    capture_mode       TEXT NOT NULL DEFAULT '',
    sha256             TEXT NOT NULL CHECK (length(sha256) = 64),
    size               INTEGER NOT NULL CHECK (size >= 0),
    media_type         TEXT NOT NULL DEFAULT '',
    file_suffix        TEXT NOT NULL,
    width              INTEGER NOT NULL DEFAULT 0,
    height             INTEGER NOT NULL DEFAULT 0,
    device_pixel_ratio REAL NOT NULL DEFAULT 1,
    page_url           TEXT NOT NULL DEFAULT '',
    final_url          TEXT NOT NULL DEFAULT '',
    http_status        INTEGER NOT NULL DEFAULT 0,
    captured_at        TEXT NOT NULL DEFAULT '',
    caption            TEXT NOT NULL DEFAULT '',
    original_sha256    TEXT NOT NULL DEFAULT '',
    sort_order         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_evidence_by_finding ON audit_evidence (audit_finding_id);

CREATE TABLE audit_verdicts (
    import_id INTEGER NOT NULL REFERENCES audit_imports (id) ON DELETE CASCADE,
    site_id   INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    item_code TEXT NOT NULL CHECK (length(trim(item_code)) > 0),
    value     TEXT NOT NULL CHECK (value IN ('pass', 'fail', 'na')),
    points    REAL NOT NULL DEFAULT 0,
    note      TEXT NOT NULL DEFAULT '',
    inspector TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (import_id, site_id, item_code)
);

-- Reconciliation of two sides' findings on one site: appended, never changed; for each pair of
-- findings the newest row is in force and the older ones are its history. A side is this
-- database's own findings (import_id 0, finding ids of `findings`) or an import (ids of
-- `audit_findings`); a finding id of 0 means that side saw nothing there.
CREATE TABLE audit_reconciliations (
    id               INTEGER PRIMARY KEY,
    round_id         INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    site_id          INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    left_import_id   INTEGER NOT NULL DEFAULT 0,
    right_import_id  INTEGER NOT NULL DEFAULT 0,
    left_finding_id  INTEGER NOT NULL DEFAULT 0,
    right_finding_id INTEGER NOT NULL DEFAULT 0,
    decision         TEXT NOT NULL CHECK (decision IN ('keep_left', 'keep_right', 'keep_both', 'keep_neither')),
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    actor            TEXT NOT NULL DEFAULT '',
    decided_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (left_finding_id > 0 OR right_finding_id > 0)
);
CREATE INDEX audit_reconciliations_by_site ON audit_reconciliations (round_id, site_id, id);

-- A finding of another team taken into this database's findings by a reconciliation.
CREATE TABLE audit_adoptions (
    audit_finding_id INTEGER PRIMARY KEY REFERENCES audit_findings (id) ON DELETE CASCADE,
    finding_id       INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE
);
