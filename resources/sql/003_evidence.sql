-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: evidence behind findings (screenshots, annotated copies, archived pages, phone photos),
-- the element a finding points at, soft deletion (so "delete" can be undone), and the per-round
-- record of each new-media account that the new-media veto items are judged from.

-- The element an inspector picked: CSS selector, its text and its box in CSS pixels of the
-- document ("x,y,w,h"), so the finding can be reopened and scrolled to later.
ALTER TABLE findings ADD COLUMN element_selector TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN element_text TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN element_box TEXT NOT NULL DEFAULT '';
-- Empty while the finding is live; the deletion time while it sits in the undo history. Deleted
-- findings keep their evidence rows, so their files are never reported as orphans.
ALTER TABLE findings ADD COLUMN deleted_at TEXT NOT NULL DEFAULT '';

-- The per-round record of a new-media account: it cannot be crawled, so the inspector writes down
-- the date of the newest post and the state of the interaction channel, each with evidence.
CREATE TABLE account_records (
    id              INTEGER PRIMARY KEY,
    round_id        INTEGER NOT NULL REFERENCES rounds (id) ON DELETE RESTRICT,
    site_id         INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
    last_post_date  TEXT NOT NULL DEFAULT '',
    last_post_title TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL DEFAULT '',
    channel_state   TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (channel_state IN ('unknown', 'works', 'unanswered', 'missing')),
    note            TEXT NOT NULL DEFAULT '',
    inspector       TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (round_id, site_id)
);

-- One evidence file. The file lives in <data>/evidence/<first two hex digits>/<sha256>.<suffix>;
-- the row keeps its hash and size so the integrity check can prove it unaltered. An annotated
-- screenshot points at the untouched original it was drawn on.
CREATE TABLE evidence (
    id                 INTEGER PRIMARY KEY,
    finding_id         INTEGER REFERENCES findings (id) ON DELETE CASCADE,
    account_record_id  INTEGER REFERENCES account_records (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('screenshot', 'annotated', 'archive', 'photo')),
    capture_mode       TEXT NOT NULL DEFAULT ''
                       CHECK (capture_mode IN ('', 'visible', 'full_page', 'region', 'element', 'upload')),
    original_id        INTEGER REFERENCES evidence (id) ON DELETE CASCADE,
    sha256             TEXT NOT NULL CHECK (length(sha256) = 64),
    size               INTEGER NOT NULL CHECK (size >= 0),
    media_type         TEXT NOT NULL,
    file_suffix        TEXT NOT NULL,
    width              INTEGER NOT NULL DEFAULT 0,
    height             INTEGER NOT NULL DEFAULT 0,
    device_pixel_ratio REAL NOT NULL DEFAULT 1,
    capped             INTEGER NOT NULL DEFAULT 0 CHECK (capped IN (0, 1)),
    page_url           TEXT NOT NULL DEFAULT '',
    final_url          TEXT NOT NULL DEFAULT '',
    http_status        INTEGER NOT NULL DEFAULT 0,
    captured_at        TEXT NOT NULL,
    caption            TEXT NOT NULL DEFAULT '',
    sort_order         INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((finding_id IS NULL) <> (account_record_id IS NULL))
);

CREATE INDEX evidence_by_finding ON evidence (finding_id);
CREATE INDEX evidence_by_account_record ON evidence (account_record_id);
CREATE INDEX evidence_by_hash ON evidence (sha256);
