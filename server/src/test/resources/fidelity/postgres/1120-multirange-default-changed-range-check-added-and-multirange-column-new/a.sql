CREATE TABLE availability (id integer PRIMARY KEY, slots int4multirange NOT NULL DEFAULT '{}', span daterange);
CREATE INDEX availability_slots_gist ON availability USING gist (slots);
