CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE TABLE users (id integer PRIMARY KEY, mail email);
