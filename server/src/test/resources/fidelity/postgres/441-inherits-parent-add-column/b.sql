CREATE TABLE base (id integer PRIMARY KEY, note text, tag text DEFAULT 'x');
CREATE TABLE child (extra int) INHERITS (base);
