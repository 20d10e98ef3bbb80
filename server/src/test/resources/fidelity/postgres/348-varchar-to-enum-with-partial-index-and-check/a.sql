CREATE TABLE job (id integer PRIMARY KEY, state varchar(16) NOT NULL DEFAULT 'queued', CONSTRAINT job_state_ck CHECK (state <> ''));
CREATE INDEX job_queued ON job (id) WHERE state = 'queued';
