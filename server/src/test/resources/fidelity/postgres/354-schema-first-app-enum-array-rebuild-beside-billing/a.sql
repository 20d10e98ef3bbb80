CREATE SCHEMA app;
CREATE SCHEMA billing;
CREATE TYPE app.kind AS ENUM ('a', 'b', 'c');
CREATE TYPE billing.kind AS ENUM ('a', 'b', 'c');
CREATE TABLE app.thing (id integer PRIMARY KEY, k app.kind NOT NULL DEFAULT 'a', ks app.kind[]);
CREATE TABLE billing.bill (id integer PRIMARY KEY, k billing.kind, ks billing.kind[]);
