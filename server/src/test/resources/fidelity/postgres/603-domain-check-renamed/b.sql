CREATE DOMAIN posint AS integer CONSTRAINT positive CHECK (VALUE > 0);
CREATE TABLE items (id integer PRIMARY KEY, qty posint);
