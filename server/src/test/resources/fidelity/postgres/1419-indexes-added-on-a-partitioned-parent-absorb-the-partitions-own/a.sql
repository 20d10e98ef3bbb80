-- The shape of pair 1418 (pg-boss 10.1.0 -> 10.1.1) for indexes: a partitioned table whose partitions were made with
-- indexes of their own; the parent then gains matching indexes, which PostgreSQL attaches the partitions' ones to.
CREATE TABLE job (id integer NOT NULL, name text NOT NULL, state smallint, run_at timestamptz) PARTITION BY LIST (name);
CREATE TABLE job_mail PARTITION OF job FOR VALUES IN ('mail');
CREATE TABLE job_sms PARTITION OF job FOR VALUES IN ('sms');
CREATE INDEX job_mail_run_at ON job_mail (run_at);
CREATE INDEX job_mail_pending ON job_mail (name, run_at) INCLUDE (id) WHERE state < 2;
CREATE UNIQUE INDEX job_mail_id ON job_mail (name, id);
CREATE INDEX job_sms_state ON job_sms (state);
