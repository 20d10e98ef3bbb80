CREATE TABLE doc (id integer PRIMARY KEY, title text NOT NULL, body text);
