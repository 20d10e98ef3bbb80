CREATE TABLE p (code text PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, code text REFERENCES p);
