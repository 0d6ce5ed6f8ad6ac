-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: the five-day remedial training (脱岗跟班学习): the exercises an instructor keeps, the
-- trainees' scored attempts at them and the day-by-day attendance log.

-- An exercise in the office's library. Its files (exercise.json, site/, key/) live in `folder`,
-- relative to the data folder so that the data folder can move; the row is a catalogue entry.
CREATE TABLE training_exercises (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE CHECK (length(trim(uuid)) > 0),
    title      TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT 'demo' CHECK (source IN ('demo', 'inspection')),
    -- Text: generator seeds are 64-bit unsigned, beyond SQLite's signed integers.
    seed       TEXT NOT NULL DEFAULT '0',
    categories TEXT NOT NULL DEFAULT '',   -- comma list of P01…P17; empty: all
    as_of      TEXT NOT NULL DEFAULT '',
    folder     TEXT NOT NULL CHECK (length(trim(folder)) > 0),
    key_size   INTEGER NOT NULL DEFAULT 0 CHECK (key_size >= 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    created_by TEXT NOT NULL DEFAULT ''
);

-- One trainee's go at one exercise. Day 0 is extra practice outside the plan. The trainee's
-- findings live in the attempt's own workspace (a data folder of its own, relative to ours); once
-- submitted, the score is copied here so that it survives the workspace.
CREATE TABLE training_attempts (
    id                 INTEGER PRIMARY KEY,
    enrollment_id      INTEGER NOT NULL REFERENCES training_enrollments (id) ON DELETE CASCADE,
    exercise_id        INTEGER NOT NULL REFERENCES training_exercises (id) ON DELETE RESTRICT,
    day                INTEGER NOT NULL DEFAULT 0 CHECK (day BETWEEN 0 AND 5),
    hints_allowed      INTEGER NOT NULL DEFAULT 0 CHECK (hints_allowed IN (0, 1)),
    time_limit_minutes INTEGER NOT NULL DEFAULT 0 CHECK (time_limit_minutes >= 0),
    started_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    submitted_at       TEXT NOT NULL DEFAULT '',
    elapsed_seconds    INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
    workspace          TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted')),
    hits               INTEGER NOT NULL DEFAULT 0 CHECK (hits >= 0),
    misses             INTEGER NOT NULL DEFAULT 0 CHECK (misses >= 0),
    false_alarms       INTEGER NOT NULL DEFAULT 0 CHECK (false_alarms >= 0)
);
CREATE INDEX training_attempts_by_enrollment ON training_attempts (enrollment_id, day);
CREATE INDEX training_attempts_by_exercise ON training_attempts (exercise_id);

-- The scored lines of a submitted attempt, in the order the score listed them.
CREATE TABLE training_outcomes (
    id          INTEGER PRIMARY KEY,
    attempt_id  INTEGER NOT NULL REFERENCES training_attempts (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('hit', 'miss', 'false_alarm')),
    key_id      TEXT NOT NULL DEFAULT '',
    finding_id  INTEGER NOT NULL DEFAULT 0, -- in the attempt's workspace, not in this database
    category    TEXT NOT NULL DEFAULT '',
    item_code   TEXT NOT NULL DEFAULT '',
    page        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (attempt_id, position)
);

-- The instructor's log of each training day: whether the trainee came, and a note.
CREATE TABLE training_day_log (
    id            INTEGER PRIMARY KEY,
    enrollment_id INTEGER NOT NULL REFERENCES training_enrollments (id) ON DELETE CASCADE,
    day           INTEGER NOT NULL CHECK (day BETWEEN 1 AND 5),
    date          TEXT NOT NULL DEFAULT '',
    present       INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (enrollment_id, day)
);
