CREATE TABLE j (id integer PRIMARY KEY, state varchar(20));
CREATE INDEX j_open ON j (id) WHERE state = 'open';
