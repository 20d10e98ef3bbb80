CREATE TABLE account (id serial PRIMARY KEY, v text);
