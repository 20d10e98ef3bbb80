CREATE TYPE color AS ENUM ('red', 'grene');
CREATE TABLE paint (id integer PRIMARY KEY, c color);
