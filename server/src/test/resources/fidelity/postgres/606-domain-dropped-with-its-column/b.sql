CREATE TABLE reviews (id integer PRIMARY KEY, body text);
