CREATE TABLE rate_limits (id serial PRIMARY KEY, key varchar NOT NULL);
