CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TABLE items (id integer PRIMARY KEY, qty posint);
