CREATE TABLE base (id integer PRIMARY KEY, note text);
CREATE TABLE child (extra int) INHERITS (base);
