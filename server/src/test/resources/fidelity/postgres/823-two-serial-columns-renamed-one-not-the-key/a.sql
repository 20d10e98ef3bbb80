CREATE TABLE jobs (id serial PRIMARY KEY, run_no bigserial NOT NULL, name text);
