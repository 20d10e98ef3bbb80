CREATE TABLE slots (id integer PRIMARY KEY, room text, pos integer, label text,
    CONSTRAINT slots_room_pos UNIQUE NULLS NOT DISTINCT (room, pos) INCLUDE (label) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT slots_label UNIQUE (label) DEFERRABLE);
