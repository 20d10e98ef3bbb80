CREATE TABLE msgs (id integer PRIMARY KEY, body text, kind text);
