CREATE TABLE slot (id integer PRIMARY KEY, pos integer, CONSTRAINT slot_pos_key UNIQUE (pos));
CREATE TABLE booking (id integer PRIMARY KEY, pos integer REFERENCES slot (pos));
