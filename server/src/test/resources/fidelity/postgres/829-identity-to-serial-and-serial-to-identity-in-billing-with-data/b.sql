CREATE SCHEMA billing;
CREATE TABLE billing.a (id serial PRIMARY KEY, v text);
CREATE TABLE billing.b (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);
