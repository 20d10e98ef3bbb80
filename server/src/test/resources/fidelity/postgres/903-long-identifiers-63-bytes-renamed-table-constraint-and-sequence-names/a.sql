CREATE TABLE short_name (id serial PRIMARY KEY, val text UNIQUE CHECK (val <> ''), other_id integer);
CREATE TABLE other (id integer PRIMARY KEY);
ALTER TABLE short_name ADD FOREIGN KEY (other_id) REFERENCES other (id);
CREATE INDEX ON short_name (other_id);
