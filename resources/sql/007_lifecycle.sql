-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: what a round covers, the rectification lifecycle of findings (history, unit feedback,
-- re-checks) and the escalation of sites that still fail.

-- A re-check round (复查) re-checks the open findings of its source round; any round may carry
-- forward the open findings of the round it names here.
ALTER TABLE rounds ADD COLUMN source_round_id INTEGER REFERENCES rounds (id) ON DELETE RESTRICT;

-- The units a round covers: one for a self-check (自查), those assigned to the team for a peer
-- check (互查). No rows: every site of the registry.
CREATE TABLE round_units (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    PRIMARY KEY (round_id, unit_id)
);

-- The checklist items a special campaign (专项检查) judges, by code. No rows: every item.
CREATE TABLE round_items (
    round_id  INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    item_code TEXT NOT NULL CHECK (length(trim(item_code)) > 0),
    PRIMARY KEY (round_id, item_code)
);

-- A finding carried forward into a later round remembers the finding it continues.
ALTER TABLE findings ADD COLUMN origin_finding_id INTEGER REFERENCES findings (id) ON DELETE SET NULL;
CREATE INDEX findings_by_origin ON findings (origin_finding_id);

-- Every change of a finding: who, when, which field, old → new. Never updated, only appended.
CREATE TABLE finding_history (
    id         INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    actor      TEXT NOT NULL DEFAULT '',
    field      TEXT NOT NULL CHECK (length(field) > 0),
    old_value  TEXT NOT NULL DEFAULT '',
    new_value  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX finding_history_by_finding ON finding_history (finding_id, id);

-- What the unit answered (已反馈): its text and the files it sent.
CREATE TABLE finding_feedback (
    id          INTEGER PRIMARY KEY,
    finding_id  INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    received_on TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX finding_feedback_by_finding ON finding_feedback (finding_id);

-- Files sent with feedback, kept in the evidence store by content hash.
CREATE TABLE feedback_attachments (
    id          INTEGER PRIMARY KEY,
    feedback_id INTEGER NOT NULL REFERENCES finding_feedback (id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    media_type  TEXT NOT NULL DEFAULT '',
    file_suffix TEXT NOT NULL DEFAULT ''
);

-- Evidence taken at re-check is told apart from the evidence of the original finding.
ALTER TABLE evidence ADD COLUMN stage TEXT NOT NULL DEFAULT 'found' CHECK (stage IN ('found', 'recheck'));

-- Each re-check of a finding: the verdict, what the automated check said again, the new picture.
CREATE TABLE finding_rechecks (
    id           INTEGER PRIMARY KEY,
    finding_id   INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    rechecked_at TEXT NOT NULL,
    actor        TEXT NOT NULL DEFAULT '',
    verdict      TEXT NOT NULL CHECK (verdict IN ('passed', 'failed')),
    note         TEXT NOT NULL DEFAULT '',
    check_result TEXT NOT NULL DEFAULT '',
    evidence_id  INTEGER REFERENCES evidence (id) ON DELETE SET NULL
);
CREATE INDEX finding_rechecks_by_finding ON finding_rechecks (finding_id);

-- Sites whose findings failed re-check: criticised in public (通报批评) and recommended for
-- accountability (问责).
CREATE TABLE escalations (
    id              INTEGER PRIMARY KEY,
    round_id        INTEGER NOT NULL REFERENCES rounds (id) ON DELETE RESTRICT,
    site_id         INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    failed_findings INTEGER NOT NULL DEFAULT 0 CHECK (failed_findings >= 0),
    criticised      INTEGER NOT NULL DEFAULT 1 CHECK (criticised IN (0, 1)),
    accountability  TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT '',
    actor           TEXT NOT NULL DEFAULT '',
    decided_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (round_id, site_id)
);

-- The person in charge of a failing site, enrolled in the five-day remedial training
-- (脱岗跟班学习). Filled by escalation or by hand; the training mode builds on it.
CREATE TABLE training_enrollments (
    id            INTEGER PRIMARY KEY,
    person        TEXT NOT NULL CHECK (length(trim(person)) > 0),
    phone         TEXT NOT NULL DEFAULT '',
    unit_id       INTEGER REFERENCES units (id) ON DELETE SET NULL,
    site_id       INTEGER REFERENCES sites (id) ON DELETE SET NULL,
    round_id      INTEGER REFERENCES rounds (id) ON DELETE SET NULL,
    escalation_id INTEGER REFERENCES escalations (id) ON DELETE SET NULL,
    start_date    TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'in_training', 'completed', 'cancelled')),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX training_enrollments_once ON training_enrollments (round_id, site_id, person);
