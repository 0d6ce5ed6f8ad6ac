-- Rows valid for schema version 6.
INSERT INTO notices (id, round_id, site_id, number, year, serial, issued_on, working_days, deadline, requirements)
    VALUES (1, 1, 1, '整改〔2026〕1号', 2026, 1, '2026-11-27', 10, '2026-12-11', '');
INSERT INTO app_meta (key, value) VALUES ('notice.office', '青禾县人民政府办公室');
