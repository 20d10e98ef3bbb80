CREATE TABLE marker (id integer PRIMARY KEY, note text);
CREATE TABLE shrinking ();
CREATE TABLE fresh_empty ();
