CREATE EXTENSION btree_gist SCHEMA public;
CREATE SCHEMA x;
CREATE TABLE x.rooms (id integer PRIMARY KEY);
CREATE TABLE public.slots (room integer REFERENCES x.rooms (id), during int4range NOT NULL);
