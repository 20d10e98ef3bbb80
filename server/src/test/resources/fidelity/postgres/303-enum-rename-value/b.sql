CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE paint (id integer PRIMARY KEY, c color DEFAULT 'red');
