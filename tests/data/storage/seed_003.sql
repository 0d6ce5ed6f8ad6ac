-- Rows valid for schema version 3.
INSERT INTO findings (id, site_id, round_id, item_id, description, severity, state, found_at,
                      element_selector, element_text, element_box)
    VALUES (100, 1, 1, 1, '页面出现身份证号', 'deduction', 'confirmed', '2026-11-24T09:00:00Z',
            'main > p:nth-of-type(3)', '身份证号 3301…', '10,200,300,20');
INSERT INTO account_records (round_id, site_id, last_post_date, channel, channel_state)
    VALUES (1, 1, '2026-11-01', '公众号留言', 'works');
INSERT INTO evidence (finding_id, kind, capture_mode, sha256, size, media_type, file_suffix, captured_at)
    VALUES (100, 'screenshot', 'visible',
            '0000000000000000000000000000000000000000000000000000000000000000', 0, 'image/png', 'png',
            '2026-11-24T09:00:00Z');
