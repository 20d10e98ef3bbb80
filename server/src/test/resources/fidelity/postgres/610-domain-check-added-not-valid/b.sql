CREATE DOMAIN posint AS integer;
CREATE TABLE items (id integer PRIMARY KEY, qty posint);
ALTER DOMAIN posint ADD CONSTRAINT posint_positive CHECK (VALUE > 0) NOT VALID;
