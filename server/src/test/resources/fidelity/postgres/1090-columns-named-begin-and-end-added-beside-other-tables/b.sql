-- begin and end are keywords of PostgreSQL (end reserved, begin not): written bare, begin may look like a block to a splitter
CREATE TABLE bookings (id integer PRIMARY KEY, room text NOT NULL, begin date, "end" date, CHECK (begin <= "end"));
CREATE TABLE rooms (id integer PRIMARY KEY, begin integer DEFAULT 0);
CREATE INDEX bookings_begin_idx ON bookings (begin);
CREATE TABLE schedules (id integer PRIMARY KEY, begin timestamp, label text);
