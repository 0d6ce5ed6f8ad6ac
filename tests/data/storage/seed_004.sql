-- Rows valid for schema version 4.
INSERT INTO dictionary_entries (list, site_id, term, detail, title) VALUES ('protected', NULL, '林正和', 'person', '县长');
INSERT INTO dictionary_entries (list, site_id, check_id, term) VALUES ('allow', 1, 'typo.confusion', '既使用');
INSERT INTO candidate_dismissals (site_id, page_url, check_id, text)
    VALUES (1, 'http://127.0.0.1:18460/index.html', 'typo.confusion', '布署');
UPDATE sites SET parent_site_id = 1 WHERE id <> 1;
UPDATE findings SET check_id = 'privacy.id_number' WHERE id = 100;
