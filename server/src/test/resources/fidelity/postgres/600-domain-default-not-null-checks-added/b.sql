CREATE DOMAIN email AS text NOT NULL DEFAULT 'x@y' CHECK (VALUE ~ '@') CHECK (length(VALUE) < 200);
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE TABLE users (id integer PRIMARY KEY, mail email, score posint);
