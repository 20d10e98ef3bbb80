CREATE TYPE job_state AS ENUM ('queued', 'running', 'done');
CREATE TABLE job (id integer PRIMARY KEY, state job_state NOT NULL DEFAULT 'queued');
CREATE INDEX job_queued ON job (id) WHERE state = 'queued';
