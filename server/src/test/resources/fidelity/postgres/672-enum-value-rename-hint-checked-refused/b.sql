CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE paint (id integer PRIMARY KEY, c color);
