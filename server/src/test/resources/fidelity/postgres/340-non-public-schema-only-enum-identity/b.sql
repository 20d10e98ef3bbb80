CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a', 'b', 'c');
CREATE TABLE app.thing (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100) PRIMARY KEY, k app.kind NOT NULL DEFAULT 'a', label text);
CREATE INDEX thing_label ON app.thing (label);
