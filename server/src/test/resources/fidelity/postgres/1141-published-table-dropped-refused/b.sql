-- DROP TABLE takes the table out of the publication silently: the rollback would not put it back
CREATE TABLE keep_me (id integer PRIMARY KEY);
CREATE PUBLICATION events_pub_1141 FOR TABLE keep_me;
