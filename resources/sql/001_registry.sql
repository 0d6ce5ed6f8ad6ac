-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: the registry of supervised host units and their websites and new-media accounts.
-- Times are UTC in ISO 8601 ("2026-11-24T08:00:00Z").

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    region_code    TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    contact_phone  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE sites (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('website', 'newmedia')),
    platform         TEXT NOT NULL DEFAULT '',
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    url              TEXT NOT NULL DEFAULT '',
    account_id       TEXT NOT NULL DEFAULT '',
    unit_id          INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
    site_code        TEXT NOT NULL DEFAULT '',
    icp_number       TEXT NOT NULL DEFAULT '',
    police_number    TEXT NOT NULL DEFAULT '',
    is_portal        INTEGER NOT NULL DEFAULT 0 CHECK (is_portal IN (0, 1)),
    person_in_charge TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
    notes            TEXT NOT NULL DEFAULT '',
    last_url         TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (kind = 'newmedia' OR url <> '')
);

CREATE INDEX sites_by_unit ON sites (unit_id);
-- The registry's duplicate rules: one record per 网站标识码, per URL, per account on a platform.
CREATE UNIQUE INDEX sites_unique_code ON sites (site_code) WHERE site_code <> '';
CREATE UNIQUE INDEX sites_unique_url ON sites (url) WHERE url <> '';
CREATE UNIQUE INDEX sites_unique_account ON sites (platform, account_id) WHERE account_id <> '';
