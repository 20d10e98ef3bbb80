CREATE DOMAIN posint AS integer CONSTRAINT posint_pos CHECK (VALUE > 0);
CREATE TABLE items (id integer PRIMARY KEY, qty posint);
