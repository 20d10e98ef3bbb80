CREATE TABLE t (id integer PRIMARY KEY, status text, payload jsonb, deleted boolean, created timestamp, name text, archived boolean NOT NULL DEFAULT false);
CREATE INDEX t_status ON t (id) WHERE status = ANY (ARRAY['a', 'b']);
CREATE INDEX t_kind ON t ((payload ->> 'kind')) WHERE (payload ->> 'kind') = 'x';
CREATE INDEX t_live ON t (name) WHERE coalesce(deleted, false) = false;
CREATE INDEX t_recent ON t (created) WHERE created::date > '2020-01-01';
CREATE INDEX t_short ON t (name) WHERE length(name) BETWEEN 1 AND 10;
