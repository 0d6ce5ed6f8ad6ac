-- Whole-site scans, their frontier and results, remembered column classes, and availability probes.
-- The frontier lives here (not in memory) so a scan stopped by quitting or by kill -9 resumes
-- without fetching finished pages again, and memory stays bounded however large the site is.

CREATE TABLE scans (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER REFERENCES sites (id) ON DELETE CASCADE, -- NULL: an address scanned from the CLI
    start_url       TEXT NOT NULL,
    inspection_date TEXT NOT NULL,             -- T, YYYY-MM-DD
    settings        TEXT NOT NULL DEFAULT '{}', -- CrawlSettings as JSON
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'running', 'paused', 'finished', 'cancelled', 'failed')),
    error           TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '{}', -- counts and the veto evaluation, as JSON
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    started_at      TEXT,
    finished_at     TEXT,
    elapsed_ms      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX scans_site ON scans (site_id, id);

-- Every address a scan met: pages it crawls, resources and external links it only checks.
CREATE TABLE scan_urls (
    id           INTEGER PRIMARY KEY,
    scan_id      INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    url          TEXT NOT NULL,              -- normalised
    kind         TEXT NOT NULL CHECK (kind IN ('page', 'resource', 'external')),
    depth        INTEGER NOT NULL DEFAULT 0,
    state        TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed', 'skipped')),
    status       INTEGER NOT NULL DEFAULT 0, -- HTTP status of the last response, 0 when none
    error        TEXT NOT NULL DEFAULT '',   -- dns, refused, timeout, tls, too_large, redirect_loop, robots, trap, …
    error_detail TEXT NOT NULL DEFAULT '',
    final_url    TEXT NOT NULL DEFAULT '',
    redirects    TEXT NOT NULL DEFAULT '',   -- the chain, one address per line
    content_type TEXT NOT NULL DEFAULT '',
    bytes        INTEGER NOT NULL DEFAULT 0,
    elapsed_ms   INTEGER NOT NULL DEFAULT 0,
    title        TEXT NOT NULL DEFAULT '',
    soft404      INTEGER NOT NULL DEFAULT 0,
    source_count INTEGER NOT NULL DEFAULT 0, -- pages linking here (scan_link_sources keeps the first 200)
    facts        TEXT NOT NULL DEFAULT '',   -- what the page analysis found (list items, messages, dates), JSON
    fetched_at   TEXT,
    UNIQUE (scan_id, url)
);
CREATE INDEX scan_urls_queue ON scan_urls (scan_id, state, id);

-- Which page links to which address, with the anchor text: a dead link is reported once with
-- every page that carries it.
CREATE TABLE scan_link_sources (
    url_id    INTEGER NOT NULL REFERENCES scan_urls (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES scan_urls (id) ON DELETE CASCADE,
    tag       TEXT NOT NULL DEFAULT '',
    anchor    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (url_id, source_id)
) WITHOUT ROWID;

-- What the scan proposes; a person accepts (a finding) or dismisses each.
CREATE TABLE scan_candidates (
    id         INTEGER PRIMARY KEY,
    scan_id    INTEGER NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    check_id   TEXT NOT NULL,
    item_code  TEXT NOT NULL,
    category   TEXT NOT NULL,
    url        TEXT NOT NULL,               -- the page, link or column that is wrong
    source_url TEXT NOT NULL DEFAULT '',    -- the page it was found on
    message    TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT '{}',  -- status, dates, every source page, as JSON
    state      TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed')),
    finding_id INTEGER REFERENCES findings (id) ON DELETE SET NULL
);
CREATE INDEX scan_candidates_scan ON scan_candidates (scan_id, check_id);

-- How often a column must be updated (indicators.md §2 W-V4), as the inspector set it per site.
CREATE TABLE column_classes (
    site_id     INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    column_key  TEXT NOT NULL,  -- the column's list address without host: /zwdt/xzdt/
    column_name TEXT NOT NULL DEFAULT '',
    class       TEXT NOT NULL,
    PRIMARY KEY (site_id, column_key)
);

-- Per-site scan settings (robots.txt, extra hosts, limits) as JSON.
CREATE TABLE site_scan_settings (
    site_id  INTEGER PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
    settings TEXT NOT NULL DEFAULT '{}'
);

-- Availability probes of a site's home page (W-V2): every attempt is evidence.
CREATE TABLE probe_results (
    id         INTEGER PRIMARY KEY,
    site_id    INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    probed_at  TEXT NOT NULL,             -- UTC, ISO 8601
    ok         INTEGER NOT NULL,
    status     INTEGER NOT NULL DEFAULT 0,
    error      TEXT NOT NULL DEFAULT '',
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    vantage    TEXT NOT NULL DEFAULT ''   -- which machine probed
);
CREATE INDEX probe_results_site ON probe_results (site_id, probed_at);
