-- Rows valid for schema version 2.
INSERT INTO checklist_templates (id, template_key, name, applies_to, content_json, content_sha256)
    VALUES (1, 'seed-website', '种子指标', 'website', '{}', 'abc');
INSERT INTO checklist_items (id, template_id, code, kind, title, points, sort_order)
    VALUES (1, 1, 'W-V1', 'veto', '安全、泄密事故等严重问题', 0, 0);
INSERT INTO rounds (id, name, kind, inspection_date, website_template_id)
    VALUES (1, '2026年第四季度检查', 'quarterly', '2026-11-24', 1);
INSERT INTO verdicts (round_id, site_id, item_id, value, note) VALUES (1, 1, 1, 'fail', '领导姓名错误');
INSERT INTO findings (site_id, round_id, item_id, description, severity, state, found_at)
    VALUES (1, 1, 1, '领导姓名错误', 'veto', 'confirmed', '2026-11-24T08:00:00Z');
