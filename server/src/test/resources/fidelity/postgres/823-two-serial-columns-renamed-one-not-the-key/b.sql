CREATE TABLE jobs (job_id serial PRIMARY KEY, attempt bigserial NOT NULL, name text);
