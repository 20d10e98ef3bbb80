CREATE DOMAIN posint AS integer CONSTRAINT posint_pos CHECK (VALUE > 0);
CREATE DOMAIN small_posint AS posint DEFAULT 1 CONSTRAINT small_max CHECK (VALUE < 100);
CREATE TYPE color AS ENUM ('red', 'green');
CREATE DOMAIN warm_color AS color CONSTRAINT warm CHECK (VALUE <> 'green');
CREATE TABLE items (id integer PRIMARY KEY, qty posint, pack small_posint, tint warm_color DEFAULT 'red');
