CREATE DOMAIN "Email" AS text CHECK (VALUE ~ '@');
CREATE DOMAIN posint AS integer NOT NULL CHECK (VALUE > 0);
CREATE TABLE member (id integer PRIMARY KEY, mail "Email", age posint);
