CREATE TABLE doc (id uuid PRIMARY KEY, title text);
