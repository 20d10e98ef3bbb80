CREATE DOMAIN posint AS integer;
CREATE TABLE items (id integer PRIMARY KEY, qty posint);
