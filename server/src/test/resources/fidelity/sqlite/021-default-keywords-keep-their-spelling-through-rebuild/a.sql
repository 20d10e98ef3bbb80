CREATE TABLE events (id integer PRIMARY KEY, name text, happened text DEFAULT CURRENT_TIMESTAMP);
