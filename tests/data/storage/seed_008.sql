-- Rows valid for schema version 8.
INSERT INTO training_exercises (id, uuid, title, folder, key_size) VALUES (1, '0f6c1d2e-8a7b-4c3d-9e0f-1a2b3c4d5e6f', '练习一', 'training/exercises/0f6c1d2e-8a7b-4c3d-9e0f-1a2b3c4d5e6f', 2);
INSERT INTO training_attempts (id, enrollment_id, exercise_id, day, status, submitted_at, hits, misses) VALUES (1, 1, 1, 1, 'submitted', '2026-12-02T08:00:00Z', 1, 1);
INSERT INTO training_outcomes (attempt_id, position, kind, key_id, category) VALUES (1, 0, 'hit', 'K1', 'P07');
INSERT INTO training_outcomes (attempt_id, position, kind, key_id, category) VALUES (1, 1, 'miss', 'K2', 'P03');
INSERT INTO training_day_log (enrollment_id, day, date, present) VALUES (1, 1, '2026-12-02', 1);
