CREATE DOMAIN rating AS smallint CHECK (VALUE BETWEEN 1 AND 5);
CREATE DOMAIN label AS text;
CREATE TABLE reviews (id integer PRIMARY KEY, stars rating, body text);
CREATE TABLE tags (id integer PRIMARY KEY, l label);
