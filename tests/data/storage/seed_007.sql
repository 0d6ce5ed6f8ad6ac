-- Rows valid for schema version 7.
INSERT INTO finding_history (finding_id, actor, field, old_value, new_value) VALUES (1, '张三', 'state', 'confirmed', 'notified');
INSERT INTO finding_feedback (id, finding_id, received_on, body) VALUES (1, 1, '2026-12-01', '已整改');
INSERT INTO escalations (id, round_id, site_id, failed_findings, accountability) VALUES (1, 1, 1, 1, '建议约谈');
INSERT INTO training_enrollments (person, site_id, round_id, escalation_id) VALUES ('李四', 1, 1, 1);
