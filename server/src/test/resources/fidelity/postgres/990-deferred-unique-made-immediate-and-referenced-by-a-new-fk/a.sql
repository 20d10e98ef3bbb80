CREATE TABLE slot (id integer PRIMARY KEY, pos integer, CONSTRAINT slot_pos_key UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE booking (id integer PRIMARY KEY, pos integer);
