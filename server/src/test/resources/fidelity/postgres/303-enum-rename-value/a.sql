CREATE TYPE color AS ENUM ('red', 'grene', 'blue');
CREATE TABLE paint (id integer PRIMARY KEY, c color DEFAULT 'red');
