-- comments whose lines look like the migration file's own directives (--rollback, --changeset) and a CR
CREATE TABLE jobs (id integer PRIMARY KEY, name text);
COMMENT ON TABLE jobs IS 'queued work
--rollback DROP TABLE jobs;
--changeset evil:1';
COMMENT ON COLUMN jobs.name IS E'first line\r\n--rollback job\nlast';
CREATE TABLE steps (id integer PRIMARY KEY, note text);
COMMENT ON COLUMN steps.note IS '--comment: not a directive
  --rollback indented';
