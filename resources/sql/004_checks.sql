-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: automated page checks — the office's own word lists, dismissed candidates, and the
-- check that proposed a finding.

-- An office's entries on top of the bundled dictionaries: protected terms (names with titles,
-- organisations, fixed political terms), allow-lists (text declared correct, for one check or
-- all), extra confusion pairs and hosts whose scripts are expected. site_id NULL: every site.
CREATE TABLE dictionary_entries (
    id         INTEGER PRIMARY KEY,
    list       TEXT NOT NULL CHECK (list IN ('protected', 'allow', 'confusion', 'host')),
    site_id    INTEGER REFERENCES sites (id) ON DELETE CASCADE,
    check_id   TEXT NOT NULL DEFAULT '',
    term       TEXT NOT NULL CHECK (length(trim(term)) > 0),
    detail     TEXT NOT NULL DEFAULT '', -- protected: person/organisation/political; confusion: right form
    title      TEXT NOT NULL DEFAULT '', -- protected persons: the title they hold
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX dictionary_entries_unique ON dictionary_entries (list, ifnull(site_id, 0), check_id, term);

-- A candidate the inspector dismissed is never proposed again for that page and text.
CREATE TABLE candidate_dismissals (
    id         INTEGER PRIMARY KEY,
    site_id    INTEGER REFERENCES sites (id) ON DELETE CASCADE,
    page_url   TEXT NOT NULL,
    check_id   TEXT NOT NULL,
    text       TEXT NOT NULL,
    inspector  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (page_url, check_id, text)
);

-- The stable check id (typo.confusion, …) of a finding accepted from a candidate; '' for findings
-- an inspector marked by hand.
ALTER TABLE findings ADD COLUMN check_id TEXT NOT NULL DEFAULT '';

-- A department site lives under its parent portal's domain (○○○.□□□.gov.cn, 政府网站发展指引):
-- the registry names the parent, and the domain check compares the two.
ALTER TABLE sites ADD COLUMN parent_site_id INTEGER REFERENCES sites (id) ON DELETE SET NULL;
