CREATE TABLE t (id integer PRIMARY KEY, status text, payload jsonb, deleted boolean, created timestamp, name text, archived boolean NOT NULL DEFAULT false);
CREATE INDEX t_status ON t (id) WHERE status IN ('a', 'b', 'c');
CREATE INDEX t_kind ON t ((payload ->> 'kind')) WHERE payload ? 'kind' AND payload @> '{"on": true}';
CREATE INDEX t_live ON t (name) WHERE NOT coalesce(deleted, false);
CREATE INDEX t_recent ON t (created) WHERE created::date > '2021-01-01'::date;
CREATE INDEX t_short ON t (name) WHERE length(name) NOT BETWEEN 1 AND 10;
CREATE INDEX t_regex ON t (name) WHERE name ~ '^[a-z]' AND name IS DISTINCT FROM '';
CREATE INDEX t_not_archived ON t (id) WHERE NOT archived;
