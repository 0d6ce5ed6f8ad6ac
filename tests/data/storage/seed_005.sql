-- Rows valid for schema version 5.
INSERT INTO scans (id, site_id, start_url, inspection_date, settings, state)
    VALUES (1, 1, 'http://127.0.0.1:18460/index.html', '2026-11-27', '{"crawl":{"requestsPerSecond":0}}', 'finished');
INSERT INTO scan_urls (id, scan_id, url, kind, depth, state, status)
    VALUES (1, 1, 'http://127.0.0.1:18460/index.html', 'page', 0, 'done', 200);
INSERT INTO scan_urls (id, scan_id, url, kind, depth, state, status, error)
    VALUES (2, 1, 'http://127.0.0.1:18460/ztzl/xxgc/index.html', 'page', 1, 'failed', 404, '');
INSERT INTO scan_link_sources (url_id, source_id, tag, anchor) VALUES (2, 1, 'a', '学习贯彻专题');
INSERT INTO scan_candidates (scan_id, check_id, item_code, category, url, source_url, message)
    VALUES (1, 'link.broken', 'W-D11', 'P07', 'http://127.0.0.1:18460/ztzl/xxgc/index.html',
            'http://127.0.0.1:18460/index.html', '链接返回 HTTP 404。');
INSERT INTO column_classes (site_id, column_key, column_name, class) VALUES (1, '/zwdt/xzdt/', '乡镇动态', 'static');
INSERT INTO site_scan_settings (site_id, settings) VALUES (1, '{"respectRobots":false}');
INSERT INTO probe_results (site_id, url, probed_at, ok, status, elapsed_ms)
    VALUES (1, 'http://127.0.0.1:18460/', '2026-11-27T01:00:00Z', 1, 200, 35);
