-- Rows valid for schema version 9.
INSERT INTO audit_assignments (id, round_id, exporter, origin_round_id, package_sha256) VALUES (1, 1, '清江市人民政府办公室', 7, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
INSERT INTO audit_site_links (assignment_id, site_id, origin_site_id) VALUES (1, 1, 42);
INSERT INTO audit_imports (id, round_id, team, package_sha256, manifest_json, signed) VALUES (1, 1, '第二检查组', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '{}', 1);
INSERT INTO audit_findings (id, import_id, site_id, origin_finding_id, item_code, url, description, severity) VALUES (1, 1, 1, 9, 'W-D11', 'http://example.gov.cn/a.html', '死链', 'deduction');
INSERT INTO audit_evidence (audit_finding_id, kind, sha256, size, file_suffix) VALUES (1, 'screenshot', 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc', 10, 'png');
INSERT INTO audit_verdicts (import_id, site_id, item_code, value) VALUES (1, 1, 'W-D11', 'fail');
INSERT INTO audit_reconciliations (round_id, site_id, right_import_id, right_finding_id, decision, reason) VALUES (1, 1, 1, 1, 'keep_right', '属实');
