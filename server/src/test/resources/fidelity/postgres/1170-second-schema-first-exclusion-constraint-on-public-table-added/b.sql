CREATE EXTENSION btree_gist SCHEMA public;
CREATE SCHEMA x;
CREATE TABLE x.rooms (id integer PRIMARY KEY, during int4range,
  CONSTRAINT "rooms excl" EXCLUDE USING gist (during WITH &&));
CREATE TABLE public.slots (room integer REFERENCES x.rooms (id), during int4range NOT NULL,
  CONSTRAINT slots_excl EXCLUDE USING gist (room public.gist_int4_ops WITH =, during WITH &&));
