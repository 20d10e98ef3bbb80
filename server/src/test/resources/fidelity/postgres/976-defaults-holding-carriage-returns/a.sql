CREATE TABLE notes (id integer PRIMARY KEY, body text DEFAULT 'plain', sig varchar(40), tags text[]);
